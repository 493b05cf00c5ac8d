import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {footerParts} from '../../source/ui/components/Footer.js';
import {matchKey} from '../../source/ui/keys/binding.js';
import {CONFIRM_KEYS} from '../../source/ui/keys/formKeys.js';
import {LIST_KEYS} from '../../source/ui/keys/listKeys.js';
import {PLAIN} from '../../source/ui/keys/splitKeys.js';
import {helpLines} from '../../source/ui/screens/HelpScreen.js';
import {ALL_KEY_TABLES} from '../../source/ui/app.js';

const none: Key = PLAIN;

describe('key tables', () => {
	it('map key presses to actions', () => {
		expect(matchKey(LIST_KEYS, 'j', none)).toBe('down');
		expect(matchKey(LIST_KEYS, '', {...none, downArrow: true})).toBe('down');
		expect(matchKey(LIST_KEYS, 'G', none)).toBe('last');
		expect(matchKey(LIST_KEYS, '', {...none, end: true})).toBe('last');
		expect(matchKey(LIST_KEYS, ' ', none)).toBe('reveal');
		expect(matchKey(LIST_KEYS, '', {...none, return: true})).toBe('reveal');
		expect(matchKey(LIST_KEYS, 'c', {...none, ctrl: true})).toBe('quit');
		expect(matchKey(LIST_KEYS, 'c', none)).toBe('copy');
		expect(matchKey(LIST_KEYS, 'x', none)).toBeUndefined();
	});

	it('only y says yes to a question', () => {
		expect(matchKey(CONFIRM_KEYS, 'y', none)).toBe('yes');
		for (const input of ['n', 'Y ', '', 'q', '\r']) {
			expect(matchKey(CONFIRM_KEYS, input, none)).toBe('no');
		}
	});

	it('feed the footer and the help screen from the same bindings', () => {
		const {keys, help} = footerParts([LIST_KEYS]);
		expect(help).toBe('? help  q/Ctrl+C quit');
		for (const binding of LIST_KEYS.bindings.filter((binding) => binding.footer && binding.action !== 'help' && binding.action !== 'quit')) {
			expect(keys).toContain(`${binding.keys} ${binding.label}`);
		}

		const text = helpLines(ALL_KEY_TABLES).map((line) => line.text).join('\n');
		expect(text).toContain('Run panel: a program running');
		for (const table of ALL_KEY_TABLES) {
			expect(text).toContain(table.title);
			for (const binding of table.bindings) {
				expect(text).toContain(binding.description);
			}
		}
	});

	it('wrap help descriptions to the screen instead of cutting them', () => {
		const lines = helpLines(ALL_KEY_TABLES, 60);
		expect(lines.every((line) => line.text.length <= 60)).toBe(true);
		const joined = lines.map((line) => line.text.trim()).join(' ');
		for (const binding of LIST_KEYS.bindings) {
			expect(joined).toContain(binding.description);
		}
	});
});
