// Our grapheme segmenter (in place of Intl.Segmenter in the TUI bundle's dependencies) lists the same
// graphemes as Intl.Segmenter, and `containing` finds the same one, for every code point alone, between
// letters, after an escape code, doubled, and in mixed texts.
import {describe, expect, it} from 'vitest';
import {LazySegmenter} from '../../../source/ui/shared/segmenter.js';
import {codePoints, everyCodePoint, mixedTexts} from '../../helpers/unicode.js';

const ours = new LazySegmenter(undefined, {granularity: 'grapheme'});
const real = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** The texts on which the two differ, in iteration or in containing(i) for any i. */
function differences(texts: Iterable<string>): string[] {
	const found: string[] = [];
	for (const text of texts) {
		const mine = ours.segment(text);
		const theirs = real.segment(text);
		const same =
			JSON.stringify([...mine]) === JSON.stringify([...theirs]) &&
			Array.from({length: text.length + 2}, (_, index) => index - 1).every((index) => JSON.stringify(mine.containing(index)) === JSON.stringify(theirs.containing(index)));
		if (!same) {
			found.push(codePoints(text));
			if (found.length > 20) {
				break;
			}
		}
	}

	return found;
}

const PIECES = [
	'a', 'Z', '0', ' ', '›', '•', '·', '─', '│', 'é', 'ß', '中', '한', '\u1100', '\u1161', '\u11A8', '\uAC00', 'ｱ', 'ﾞ',
	'\u0301', '\u20E3', '\uFE0F', '\u200D', '\u200C', '\u200B', '\u00AD', '😀', '\u{1F3FD}', '❤', '\u{1F1EB}', '\u{1F1F7}',
	'\u{E0067}', '\u0600', '\u0D4E', '\u0E33', 'ก', '\u0E31', 'क', '\u094D', '\u093F', '\t', '\n', '\r', '\u001B', '[31m',
	'\u009B', '\uD800', '\uDC00', '\u2028', '\uE000', '1', '#',
];

describe('grapheme segmentation', () => {
	it('agrees with Intl.Segmenter on every code point alone, between letters and after an escape code', () => {
		expect(differences(everyCodePoint((c) => c))).toEqual([]);
		expect(differences(everyCodePoint((c) => `a${c}b`, 0x20000))).toEqual([]);
		expect(differences(everyCodePoint((c) => `\u001B[31m${c}\u001B[0m${c}`, 0x20000))).toEqual([]);
	});

	it('agrees on every code point of the first two planes doubled and before a combining mark', () => {
		expect(differences(everyCodePoint((c) => `${c}${c}`, 0x20000))).toEqual([]);
		expect(differences(everyCodePoint((c) => `${c}\u0301`, 0x20000))).toEqual([]);
	});

	it('agrees on 30,000 mixed texts', () => {
		expect(differences(mixedTexts(PIECES, 30_000, 5, 10))).toEqual([]);
	});

	it('lists a row of the list one grapheme per code point, without ICU', () => {
		const row = '\u001B[7m› SECRET_00001  ••••  中\u001B[27m';
		const segments = [...ours.segment(row)];
		expect(segments.map(({segment}) => segment).join('')).toBe(row);
		expect(segments).toHaveLength([...row].length);
		expect(ours.segment(row).containing(row.indexOf('中'))).toEqual({segment: '中', index: row.indexOf('中'), input: row});
	});
});
