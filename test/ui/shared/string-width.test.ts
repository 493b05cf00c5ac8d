// Our string width (the TUI bundle's only string-width) gives string-width 8's answer for every code
// point alone, for every code point after an ASCII letter and before a combining mark, and for mixed
// texts: emoji sequences, flags, keycaps, jamo, marks, prepended letters, ANSI codes, CJK, box drawing.
import realStringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import stringWidth from '../../../source/ui/shared/string-width.js';
import {codePoints, everyCodePoint, mixedTexts} from '../../helpers/unicode.js';

const OPTIONS = [{}, {ambiguousIsNarrow: false}, {countAnsiEscapeCodes: true}] as const;

/** The texts where ours and string-width differ (empty when they agree), as [text in \u form, ours, theirs]. */
function differences(texts: Iterable<string>, options: (typeof OPTIONS)[number]): Array<[string, number, number]> {
	const found: Array<[string, number, number]> = [];
	for (const text of texts) {
		const ours = stringWidth(text, options);
		const theirs = realStringWidth(text, options);
		if (ours !== theirs) {
			found.push([codePoints(text), ours, theirs]);
			if (found.length > 20) {
				break;
			}
		}
	}

	return found;
}

const PIECES = [
	'a', 'Z', '0', '7', '#', '*', ' ', '-', '›', '•', '·', '…', '─', '│', '┌', '█', 'é', 'ß', 'Ω', 'ж',
	'中', '文', '한', 'ｱ', 'Ａ', 'ﾞ', 'ﾟ', '\u0301', '\u0308', '\u20E3', '\uFE0F', '\uFE0E', '\u200D', '\u200B', '\u00AD',
	'😀', '👍', '\u{1F3FD}', '❤', '☺', '⌚', '\u{1F1EB}', '\u{1F1F7}', '\u{1F9B0}', '\u{E0067}', '\u{E007F}', '🏴',
	'\u1100', '\u1161', '\u11A8', '\uAC00', '\uD7B0', '\u0600', '\u0D4E', '\u0E33', 'ก', '\u0E31', 'क', '\u094D', '\u093F',
	'\t', '\n', '\r', '\u0007', '\u001B[31m', '\u001B[0m', '\u009B1m', '\u001B]8;;https://x\u0007', '\uD800', '\uDC00',
	'\u2028', '\uE000', '\u{10FFFD}', '\u0378', '\u{1F600}\u200D\u{1F4BB}', '1\uFE0F\u20E3', '👩\u200D👩\u200D👧',
];

describe('string width', () => {
	it('agrees with string-width 8 on every code point alone (in each option, those of the first plane)', () => {
		expect(differences(everyCodePoint((c) => c), {})).toEqual([]);
		for (const options of OPTIONS.slice(1)) {
			expect(differences(everyCodePoint((c) => c, 0x10000), options), JSON.stringify(options)).toEqual([]);
		}
	});

	it('agrees on every code point of the first two planes after a letter and before a combining mark, and joined to itself', () => {
		expect(differences(everyCodePoint((c) => `a${c}\u0301`, 0x20000), {})).toEqual([]);
		expect(differences(everyCodePoint((c) => `a${c}b`, 0x20000), {})).toEqual([]);
		expect(differences(everyCodePoint((c) => `${c}\u200D${c}`, 0x20000), {})).toEqual([]);
	});

	it('agrees on 60,000 mixed texts (emoji sequences, flags, keycaps, jamo, marks, ANSI codes, CJK, box drawing)', () => {
		for (const [index, options] of OPTIONS.entries()) {
			expect(differences(mixedTexts(PIECES, 20_000, 17 + index, 8), options), JSON.stringify(options)).toEqual([]);
		}
	});

	it('measures the rows of the list as a person sees them', () => {
		expect(stringWidth('› SECRET_00001  ••••••••  · 2 days ago')).toBe(38);
		expect(stringWidth('中文 ok')).toBe(7);
		expect(stringWidth('\u001B[31mred\u001B[0m')).toBe(3);
		expect(stringWidth('👩\u200D👩\u200D👧 family')).toBe(9);
		expect(stringWidth('')).toBe(0);
	});
});
