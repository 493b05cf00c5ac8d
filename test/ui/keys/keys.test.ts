import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {footerLine, footerParts, hintText} from '../../../source/ui/shared/Footer.js';
import {matchKey} from '../../../source/ui/keys/binding.js';
import {CONFIRM_KEYS} from '../../../source/ui/keys/formKeys.js';
import {LIST_KEYS} from '../../../source/ui/keys/listKeys.js';
import {PLAIN} from '../../../source/ui/keys/splitKeys.js';
import {helpLines} from '../../../source/ui/help/HelpScreen.js';
import {ALL_KEY_TABLES} from '../../../source/ui/keys/allKeys.js';

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
		expect(matchKey(LIST_KEYS, 's', none)).toBe('sort');
		expect(matchKey(LIST_KEYS, 'x', none)).toBeUndefined();
	});

	it('only y says yes to a question', () => {
		expect(matchKey(CONFIRM_KEYS, 'y', none)).toBe('yes');
		for (const input of ['n', 'Y ', '', 'q', '\r']) {
			expect(matchKey(CONFIRM_KEYS, input, none)).toBe('no');
		}
	});

	it('feed the footer and the help screen from the same bindings', () => {
		const {keys, pinned} = footerParts([LIST_KEYS]);
		expect(pinned).toEqual(['? help', 'q quit']);
		for (const binding of LIST_KEYS.bindings.filter((binding) => binding.footer && binding.action !== 'help' && binding.action !== 'quit')) {
			expect(keys).toContain(hintText(binding));
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

	it('name each key once per screen, in help as in the handler', () => {
		for (const table of ALL_KEY_TABLES) {
			const names = table.bindings.flatMap((binding) => (binding.keys === '/' ? ['/'] : binding.keys.split('/')));
			expect(names.filter((name, index) => names.indexOf(name) !== index), table.title).toEqual([]);
		}
	});

	it('fit whole hints in the footer: all at 100 columns, the most important at 40, help and quit always', () => {
		for (const table of ALL_KEY_TABLES) {
			const all = table.bindings.filter((binding) => binding.footer).map(hintText);
			const line = footerLine([table], 100);
			expect([...line].length, table.title).toBeLessThanOrEqual(100);
			for (const hint of all) {
				expect(line, table.title).toContain(hint);
			}
		}

		const narrow = footerLine([LIST_KEYS], 40);
		expect([...narrow].length).toBe(40);
		expect(narrow.trim().split(/ {2,}/)).toEqual(['Space reveal', 'a add', '? help', 'q quit']);
		expect(footerLine([LIST_KEYS], 20).trim().split(/ {2,}/)).toEqual(['? help', 'q quit']);
	});

	it('offer only what can be done: with no secret, add, run, help and quit', () => {
		expect(footerParts([LIST_KEYS], 100, {selection: false, secrets: false})).toEqual({keys: ['a add', 'r run'], pinned: ['? help', 'q quit']});
		expect(footerParts([LIST_KEYS], 100, {selection: false, secrets: true}).keys).toEqual(['a add', '/ filter', 'r run', 's sort']);
	});

	it('keep the most important hints of every screen at 40 columns (go on, go back, stop, help, quit)', () => {
		for (const table of ALL_KEY_TABLES) {
			const line = footerLine([table], 40);
			expect([...line].length, table.title).toBeLessThanOrEqual(40);
			for (const binding of table.bindings.filter((binding) => binding.footer && (binding.priority ?? 5) <= 2)) {
				expect(line, table.title).toContain(hintText(binding));
			}
		}

		expect(footerLine([ALL_KEY_TABLES.find((table) => table.title === 'Run panel: arguments')!], 40).trim().split(/ {2,}/)).toEqual(['Enter next field / launch', 'Esc back']);
	});
});
