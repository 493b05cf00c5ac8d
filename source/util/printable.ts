// The one way text from a file, a value, a scheduler or argv is made safe to show on a terminal.
//
// What is escaped: C0 controls (the newline too, except in the multi-line variant), DEL, C1 controls
// (U+0080–U+009F: U+009B is a CSI on some terminals), every format character (bidi embeddings and
// overrides U+202A–U+202E and isolates U+2066–U+2069, zero-width U+200B–U+200F, U+2060–U+2064, U+FEFF,
// the soft hyphen, tag characters…), the line and paragraph separators, lone surrogates, and the
// characters that draw as nothing (Hangul fillers, the combining grapheme joiner, Khmer invisible vowels).
// So no escape sequence reaches the terminal and two texts that differ only in characters you cannot
// see look different.
//
// Notation: the escapes bash's and zsh's $'…' read (JavaScript, Python and C read them too), so what is
// shown can be typed back: \t \n \r, \xNN for the other C0 controls and DEL, \uXXXX above U+007F,
// \UXXXXXXXX above U+FFFF. A name shown as `prod\u200b` is `secrets-tui run $'prod\u200b'`.
// A backslash is left as it is: paths and commands stay readable and making text printable twice
// changes nothing (printable(printable(x)) === printable(x)), so no message is escaped twice over.
// Where a value must read back exactly (`list --values`), printableExact also doubles backslashes.

const HIDDEN = String.raw`\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0`;
// The class lists code points one by one on purpose: a combining mark (U+034F, U+17B4) is escaped alone.
// eslint-disable-next-line no-misleading-character-class
const ONE_LINE = new RegExp(`[${HIDDEN}]`, 'gu');
// eslint-disable-next-line no-misleading-character-class
const EXACT = new RegExp(`[\\\\${HIDDEN}]`, 'gu');

const NAMED: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\'};

function hex(code: number, digits: number): string {
	return code.toString(16).padStart(digits, '0');
}

function escape(character: string): string {
	const named = NAMED[character];
	if (named) {
		return named;
	}

	const code = character.codePointAt(0)!;
	return code < 0x80 ? `\\x${hex(code, 2)}` : code <= 0xff_ff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
}

/** One line of text, safe for a terminal: every control, the newline included, shown as an escape. */
export function printable(text: string): string {
	return text.replace(ONE_LINE, escape);
}

/** Text of several lines, safe for a terminal: the same as printable, but a newline stays a line break. */
export function printableLines(text: string): string {
	return text.replace(ONE_LINE, (match) => (match === '\n' ? match : escape(match)));
}

/** One line that reads back exactly: printable, with a backslash shown as `\\` (`a\nb` is then never a newline). */
export function printableExact(text: string): string {
	return text.replace(EXACT, escape);
}

/**
 * JSON text (from JSON.stringify) safe for a terminal and still the same JSON: the characters JSON
 * leaves raw (DEL, C1, format characters…) become \uXXXX escapes, which only appear inside strings.
 */
export function printableJson(json: string): string {
	// Its own newlines are layout (JSON.stringify escapes those inside strings).
	return json.replace(ONE_LINE, (character) => (character === '\n' ? character : jsonEscape(character)));
}

function jsonEscape(character: string): string {
	let out = '';
	for (let index = 0; index < character.length; index++) {
		out += `\\u${hex(character.charCodeAt(index), 4)}`;
	}

	return out;
}
