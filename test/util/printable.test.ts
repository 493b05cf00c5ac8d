import {describe, expect, it} from 'vitest';
import {printable, printableExact, printableJson, printableLines} from '../../source/util/printable.js';
import {FORBIDDEN, HOSTILE, SHOWN} from '../helpers/hostile.js';

describe('printable', () => {
	it('shows every control, bidi and zero-width character of the hostile string as an escape', () => {
		const shown = printable(HOSTILE);
		expect(shown).not.toMatch(FORBIDDEN);
		for (const part of SHOWN) {
			expect(shown).toContain(part);
		}
	});

	it('uses the escapes $\'…\' reads: \\t \\n \\r, \\xNN below U+0080, \\uXXXX above, \\UXXXXXXXX past U+FFFF', () => {
		expect(printable('a\tb\nc\rd\u0000e\u001Bf')).toBe('a\\tb\\nc\\rd\\x00e\\x1bf');
		expect(printable('\u0085\u00AD\u061C\u2028\u2029\u2060\u2066\u2069\uFEFF\u3164')).toBe('\\u0085\\u00ad\\u061c\\u2028\\u2029\\u2060\\u2066\\u2069\\ufeff\\u3164');
		expect(printable('flag\u{E0041}')).toBe('flag\\U000e0041');
		expect(printable('lone \uD800 half')).toBe('lone \\ud800 half');
	});

	it('leaves ordinary text alone: accents, emoji, CJK, spaces, backslashes', () => {
		const text = 'línea 🔑 鍵 C:\\path\\to a\\nb';
		expect(printable(text)).toBe(text);
	});

	it('makes two names that differ only in invisible characters look different', () => {
		const names = ['prod', 'prod\u200B', 'pro\u200Dd', '\u202Edorp', 'prod\uFEFF', 'prod\u00AD'];
		expect(new Set(names.map((name) => printable(name))).size).toBe(names.length);
	});

	it('changes nothing the second time (no message is escaped twice over)', () => {
		expect(printable(printable(HOSTILE))).toBe(printable(HOSTILE));
		expect(printableLines(printableLines(HOSTILE + '\nline'))).toBe(printableLines(HOSTILE + '\nline'));
	});

	it('keeps newlines in the multi-line variant, and escapes a carriage return', () => {
		expect(printableLines('one\ntwo\r\nthree\rfour\u001B[2J')).toBe('one\ntwo\\r\nthree\\rfour\\x1b[2J');
	});

	it('reads back exactly with printableExact: a backslash is doubled', () => {
		expect(printableExact('a\\nb\nc')).toBe('a\\\\nb\\nc');
	});

	it('keeps JSON the same JSON', () => {
		const json = printableJson(JSON.stringify([{name: HOSTILE, flag: 'x\u{E0041}', lines: 'a\nb'}], null, 2));
		expect(json.split('\n')).toHaveLength(7);
		expect(json).not.toMatch(FORBIDDEN);
		expect(JSON.parse(json)).toEqual([{name: HOSTILE, flag: 'x\u{E0041}', lines: 'a\nb'}]);
	});
});
