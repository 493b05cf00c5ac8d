// How many terminal columns a text takes: string-width 8's rules (grapheme clusters, emoji double, East
// Asian width), for ink, wrap-ansi and our screens alike (scripts/build.mjs puts this module in place of
// every copy of string-width in the TUI's bundle).
//
// Why not string-width itself: its start cost the TUI's first frame about 25 ms on these machines, and
// wrap-ansi's older copy (7.2) runs an emoji expression on every character, ASCII included. string-width
// 8 builds `/^\p{RGI_Emoji}$/v` at load (10 ms) and compiles it on the first character beyond ASCII
// (14 ms): our rows have `›`, `•` and `·` in the first frame. Here a text whose characters each stand
// alone (segmenter.ts's JOINS: no marks, joiners, variation selectors, emoji, jamo, prepended or
// extending letters) and holds no control character is measured one code point at a time with
// get-east-asian-width, as string-width would measure it; any other text
// goes through string-width 8's own steps (after string-width 8.3, MIT, Sindre Sorhus), whose segmenter
// and expressions are made on first need. test/ui/shared/string-width.test.ts holds the two to the same
// answers over every code point and mixed texts.
import stripAnsi from 'strip-ansi';
import {eastAsianWidth} from 'get-east-asian-width';
import {JOINS, LazySegmenter} from './segmenter.js';

export type StringWidthOptions = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};

/** Control characters: zero columns, which string-width finds cluster by cluster. */
const CONTROL = /\p{Cc}/u;
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

export default function stringWidth(input: string, options: StringWidthOptions = {}): number {
	if (typeof input !== 'string' || input.length === 0) {
		return 0;
	}

	const {ambiguousIsNarrow = true, countAnsiEscapeCodes = false} = options;
	let text = input;
	if (!countAnsiEscapeCodes && (text.includes('\u001B') || text.includes('\u009B'))) {
		text = stripAnsi(text);
	}

	if (PRINTABLE_ASCII.test(text)) {
		return text.length;
	}

	const eastAsian = {ambiguousAsWide: !ambiguousIsNarrow};
	if (!JOINS.test(text) && !CONTROL.test(text)) {
		let width = 0;
		for (const character of text) {
			width += eastAsianWidth(character.codePointAt(0)!, eastAsian);
		}

		return width;
	}

	return clusterWidth(text, eastAsian);
}

type Made = {
	segmenter: LazySegmenter;
	visible: RegExp;
	spacingMark: RegExp;
	rgiEmoji: RegExp;
	keycap: RegExp;
	pictographic: RegExp;
};

let made: Made | undefined;

/** string-width 8's expressions and segmenter, made once, when a text first needs them. */
function make(): Made {
	made ??= {
		segmenter: new LazySegmenter(),
		visible: /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u,
		spacingMark: /\p{Spacing_Mark}/u,
		// Built from text: TypeScript's target does not know the v flag (Node 20 does).
		rgiEmoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
		keycap: /^[\d#*]\u20E3$/,
		pictographic: /\p{Extended_Pictographic}/gu,
	};
	return made;
}

function clusterWidth(text: string, eastAsian: {ambiguousAsWide: boolean}): number {
	const {segmenter, visible, rgiEmoji} = make();
	let width = 0;
	for (const {segment} of segmenter.segment(text)) {
		const at = segment.search(visible);
		if (at === -1) {
			continue;
		}

		const visibleSegment = segment.slice(at);
		if (rgiEmoji.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}

		const hangul = hangulClusterWidth(visibleSegment, eastAsian);
		if (hangul !== undefined) {
			width += hangul;
			continue;
		}

		width += eastAsianWidth(visibleSegment.codePointAt(0)!, eastAsian) + trailingWidth(visibleSegment, eastAsian);
	}

	return width;
}

function isDoubleWidthNonRgiEmojiSequence(segment: string): boolean {
	if (segment.length > 50) {
		return false;
	}

	const {keycap, pictographic} = make();
	if (keycap.test(segment)) {
		return true;
	}

	if (segment.includes('\u200D')) {
		const pictographics = segment.match(pictographic);
		return pictographics !== null && pictographics.length >= 2;
	}

	return false;
}

const isLeadingJamo = (cp: number | undefined) => cp !== undefined && ((cp >= 0x11_00 && cp <= 0x11_5f) || (cp >= 0xa9_60 && cp <= 0xa9_7c));
const isVowelJamo = (cp: number | undefined) => cp !== undefined && ((cp >= 0x11_60 && cp <= 0x11_a7) || (cp >= 0xd7_b0 && cp <= 0xd7_c6));
const isTrailingJamo = (cp: number | undefined) => cp !== undefined && ((cp >= 0x11_a8 && cp <= 0x11_ff) || (cp >= 0xd7_cb && cp <= 0xd7_fb));
const isJamo = (cp: number) => isLeadingJamo(cp) || isVowelJamo(cp) || isTrailingJamo(cp);

/** A cluster of Hangul jamo: each modern L+V(+T) piece is one syllable, width 2; undefined for other clusters. */
function hangulClusterWidth(visibleSegment: string, eastAsian: {ambiguousAsWide: boolean}): number | undefined {
	const {visible} = make();
	const codePoints: number[] = [];
	for (const character of visibleSegment) {
		if (visible.test(character)) {
			codePoints.push(character.codePointAt(0)!);
		}
	}

	let width = 0;
	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index]!;
		if (!isJamo(codePoint)) {
			if (width === 0) {
				return undefined;
			}

			for (let remaining = index; remaining < codePoints.length; remaining++) {
				width += eastAsianWidth(codePoints[remaining]!, eastAsian);
			}

			return width;
		}

		if (isLeadingJamo(codePoint) && isVowelJamo(codePoints[index + 1])) {
			width += 2;
			index += isTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}

		width += eastAsianWidth(codePoint, eastAsian);
	}

	return codePoints.length === 0 ? undefined : width;
}

/** Spacing marks and Halfwidth/Fullwidth Forms after a cluster's first character add their width. */
function trailingWidth(visibleSegment: string, eastAsian: {ambiguousAsWide: boolean}): number {
	const {spacingMark} = make();
	let extra = 0;
	let first = true;
	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}

		if (spacingMark.test(character) || (character >= '\uFF00' && character <= '\uFFEF')) {
			extra += eastAsianWidth(character.codePointAt(0)!, eastAsian);
		}
	}

	return extra;
}
