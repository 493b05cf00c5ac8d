// Texts for the tests that hold our string width and grapheme segmenter to the libraries they stand in for.
import {random} from './random-store.js';

/** Every code point wrapped by `wrap` (planes 4-13, unassigned throughout, and the private planes 15-16 sampled), or those below `end`. */
export function* everyCodePoint(wrap: (character: string) => string, end = 0x110000): Generator<string> {
	for (let codePoint = 0; codePoint < end; codePoint++) {
		if (codePoint >= 0x40000 && codePoint !== 0xe0000 && (codePoint < 0xe0000 || codePoint >= 0xf0000) && codePoint % 4099 !== 0) {
			continue;
		}

		yield wrap(String.fromCodePoint(codePoint));
	}
}

/** `count` texts of 1 to `longest` pieces, drawn from a fixed seed (so a failure repeats). */
export function* mixedTexts(pieces: readonly string[], count: number, seed: number, longest: number): Generator<string> {
	const next = random(seed);
	for (let index = 0; index < count; index++) {
		let text = '';
		const length = 1 + Math.floor(next() * longest);
		for (let piece = 0; piece < length; piece++) {
			text += pieces[Math.floor(next() * pieces.length)];
		}

		yield text;
	}
}

/** A text as its code points, `\u{…}` each: readable in a failure whatever it holds. */
export const codePoints = (text: string) => [...text].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
