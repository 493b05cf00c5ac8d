// Reading the store file without parsing it whole. JSON.parse of a 16 MB store (100,000 secrets) builds
// every entry as objects and strings, about a third of a second and 100 MB, when `get` wants one entry.
//
// A file that is exactly what the writer writes (serializeStore: tab-indented, {"version": 1, "secrets":
// {…}}, each entry's fields in the order value, created, updated, note, expires, updatedBy, each a
// string as JSON.stringify writes it, names by the naming rule, valid UTF-8) is checked whole against
// that shape by one regular expression per entry, a window of about 64 KB decoded at a time; only what
// is asked for becomes a string. Any other file, however valid its JSON (other whitespace, another field
// order, \/ or \u0041 escapes, a BOM, extra keys, a damaged byte), is not this shape: the caller then
// uses the full parse (read.ts parseStore), which accepts or reports it as before. So every answer is the
// full parse's: the shape accepted here is a subset of what it accepts, and is read the same way.
// Duplicate names (never written by the writer) read as JSON.parse reads them: the last entry wins.
//
// In this shape a raw tab or newline is never inside a string (JSON.stringify escapes them), so
// `\n\t\t"` starts an entry and nothing else, and an entry ends at the first `\n\t\t}` after its start.
// (A byte-by-byte walk in JavaScript was tried first: at 1,000 secrets its first, unoptimised run took
// 10-40 ms where JSON.parse takes 1; the regular expression runs as compiled code from the start.)
import {isUtf8} from 'node:buffer';
import {copyOf, OPTIONAL_FIELDS, type Secret} from './read.js';

/** The fields of an entry, in the order the writer writes them; entry[k + 2] of a scanned entry is field k. */
export const FIELD_ORDER = ['value', 'created', 'updated', ...OPTIONAL_FIELDS] as const;

/**
 * One entry as matched: [1] the name, [2 + k] the body (between the quotes, escapes as written) of field
 * k of FIELD_ORDER, undefined when absent. fieldText gives a body's text.
 */
export type ScannedEntry = RegExpExecArray;

/**
 * A JSON string's body as JSON.stringify writes it: the escapes it makes (lower-case hex), no raw control
 * character. Written as runs of plain characters between escapes, which the engine matches as tight loops.
 */
const PLAIN = String.raw`[^"\\\x00-\x1f]*`;
const STRING = String.raw`${PLAIN}(?:\\(?:["\\bfnrt]|u00(?:0[0-7bef]|1[0-9a-f]))${PLAIN})*`;

/** An entry at two tabs, with or without the comma after it; `capture` makes groups of its name and fields. */
function entryPattern(capture: boolean): RegExp {
	const group = (pattern: string) => (capture ? `(${pattern})` : pattern);
	const field = (name: string) => String.raw`\t\t\t"${name}": "${group(STRING)}"`;
	const [value, created, updated, ...optional] = FIELD_ORDER.map((name) => field(name));
	return new RegExp(
		String.raw`\t\t"${group(String.raw`[A-Za-z_][A-Za-z0-9_.\-]{0,127}`)}": \{\n${value},\n${created},\n${updated}${optional.map((line) => `(?:,\\n${line})?`).join('')}\n\t\t\}(?:,\n)?`,
		'y',
	);
}

const HEAD = Buffer.from('{\n\t"version": 1,\n\t"secrets": {', 'latin1');
const EMPTY_TAIL = /^\}\n\}[ \t\n\r]*$/;
const TAIL = /^\n\t\}\n\}[ \t\n\r]*$/;
const ENTRY_START = Buffer.from('\n\t\t"', 'latin1');
/** About how much of the file is decoded at a time: small enough to be freed young (a window holds whole entries, so a larger entry makes a larger one). */
const WINDOW_BYTES = 1 << 16;

let checking: RegExp | undefined;
let capturing: RegExp | undefined;

/**
 * Checks that `bytes` is a store file in the writer's shape, handing `visit` the text of each window of
 * whole entries (each begins with an entry's two tabs), in order. False when the file is not in that
 * shape (some windows may have been visited already: the caller then discards what it saw).
 */
export function checkStore(bytes: Buffer, visit: (text: string) => void): boolean {
	checking ??= entryPattern(false);
	return walk(bytes, checking, undefined, visit);
}

/** As checkStore, handing `visit` each entry matched, in file order (the same array is never handed twice). */
export function scanStore(bytes: Buffer, visit: (entry: ScannedEntry) => void): boolean {
	capturing ??= entryPattern(true);
	return walk(bytes, capturing, visit, undefined);
}

/** Matches entry after entry, window by window; the entry without a comma must be the file's last. */
function walk(
	bytes: Buffer,
	pattern: RegExp,
	onEntry: ((entry: ScannedEntry) => void) | undefined,
	onWindow: ((text: string, start: number) => void) | undefined,
	encoding: 'utf8' | 'latin1' = 'utf8',
): boolean {
	return eachWindow(bytes, encoding, (text, lastWindow, start) => {
		pattern.lastIndex = 0;
		while (pattern.lastIndex < text.length) {
			// A test makes no array of the match: the check alone allocates nothing per entry.
			const entry = onEntry ? pattern.exec(text) : pattern.test(text);
			if (!entry) {
				return false;
			}

			// An entry without a comma after it ends the secrets: the file's end must follow.
			const last = text.charCodeAt(pattern.lastIndex - 1) === 0x7d;
			if (last && (!lastWindow || !TAIL.test(text.slice(pattern.lastIndex)))) {
				return false;
			}

			onEntry?.(entry as ScannedEntry);
			if (last) {
				onWindow?.(text, start);
				return true;
			}
		}

		onWindow?.(text, start);
		// A last window whose last entry has a comma: the file ends inside its secrets.
		return !lastWindow;
	});
}

/** A field's body as the text JSON.parse reads from it. */
export function fieldText(body: string): string;
export function fieldText(body: string | undefined): string | undefined;
export function fieldText(body: string | undefined): string | undefined {
	// With an escape, the body in quotes is JSON itself (only JSON.stringify's escapes get here).
	return body === undefined || !body.includes('\\') ? body : (JSON.parse(`"${body}"`) as string);
}

/**
 * The entry named `name` in a window checkStore handed over (the last one when it repeats), as the full
 * parse reads it; undefined when the window has none.
 */
export function entryIn(text: string, name: string): Secret | undefined {
	const opening = `\t\t${JSON.stringify(name)}: {\n`;
	const at = text.lastIndexOf(opening);
	return at === -1 ? undefined : entryFrom(text, at + opening.length - 2);
}

/** The entry whose `{` is at `start` of checked text (it ends at the first `\n\t\t}`), as the full parse reads it. */
export function entryFrom(text: string, start: number): Secret {
	// Checked: every field a string, in the writer's order, which the full parse also gives.
	return copyOf(JSON.parse(text.slice(start, text.indexOf('\n\t\t}', start) + 4)) as Secret);
}

/**
 * Splits the entries' part of the file into windows of whole entries and hands each, decoded, to `check`
 * (with whether it is the last, which must end with the file's tail); false as soon as one fails, or when
 * the file's head is not the writer's. `start`: where the window starts in `bytes`.
 */
function eachWindow(bytes: Buffer, encoding: 'utf8' | 'latin1', check: (text: string, last: boolean, start: number) => boolean): boolean {
	if (bytes.length < HEAD.length || !bytes.subarray(0, HEAD.length).equals(HEAD) || !isUtf8(bytes)) {
		return false;
	}

	if (bytes[HEAD.length] !== 0x0a) {
		return EMPTY_TAIL.test(bytes.toString('latin1', HEAD.length));
	}

	let at = HEAD.length + 1;
	if (at >= bytes.length) {
		return false;
	}

	while (at < bytes.length) {
		let end = at + WINDOW_BYTES;
		if (end >= bytes.length) {
			end = bytes.length;
		} else {
			// Cut just before an entry's two tabs, after the window's last whole entry (or after a larger one).
			const cut = bytes.lastIndexOf(ENTRY_START, end);
			const next = cut > at ? cut : bytes.indexOf(ENTRY_START, end);
			end = next === -1 ? bytes.length : next + 1;
		}

		if (!check(bytes.toString(encoding, at, end), end === bytes.length, at)) {
			return false;
		}

		at = end;
	}

	return true;
}

/** A secret without its value: what `list` shows. */
export type SummaryOf = Omit<Secret, 'value'> & {name: string};

const TAB = 0x09;
const COMMA = 0x2c;

/**
 * The summary of the entry whose two tabs are at `at` of a window checkStore handed over (so in the
 * writer's shape: each field on a line of its own, three tabs in, no raw newline inside a string), and
 * where the next entry starts.
 */
function summaryAt(text: string, at: number): {summary: SummaryOf; next: number} {
	const nameEnd = text.indexOf('"', at + 3);
	const summary = {name: text.slice(at + 3, nameEnd)} as SummaryOf;
	const line = fieldsInto(summary, text, text.indexOf('\n', nameEnd) + 1);
	// `next`: after the entry's `\t\t}`, then `,\n` and the next entry, or the window's end.
	return {summary, next: line + 3 + (text.charCodeAt(line + 3) === COMMA ? 2 : 1)};
}

/**
 * Reads the field lines of an entry from `line` of checked text into `summary`, in order with indexOf:
 * no match arrays, and no string made of a value. Field names are told apart by a character or two,
 * which the shape makes enough (value, created, updated, note, expires, updatedBy). Returns where the
 * line after the last field starts.
 */
function fieldsInto(summary: SummaryOf, text: string, line: number): number {
	while (text.charCodeAt(line + 2) === TAB) {
		// `\t\t\t"FIELD": "BODY"` and a comma unless it is the entry's last field.
		const key = line + 4;
		const lineEnd = text.indexOf('\n', key);
		const code = text.charCodeAt(key);
		if (code !== 0x76) {
			const body = fieldText(text.slice(text.indexOf('"', key) + 4, lineEnd - (text.charCodeAt(lineEnd - 1) === COMMA ? 2 : 1)));
			if (code === 0x63) {
				summary.created = body;
			} else if (code === 0x75) {
				// updated" or updatedBy"
				if (text.charCodeAt(key + 7) === 0x22) {
					summary.updated = body;
				} else {
					summary.updatedBy = body;
				}
			} else if (code === 0x6e) {
				summary.note = body;
			} else {
				summary.expires = body;
			}
		}

		line = lineEnd + 1;
	}

	return line;
}

const QUOTE = 0x22;

/** Where checkStoreEntries found an entry's parts in the file's bytes (each from its first byte to after its last). */
export type EntryPlaces = {nameStart: number; nameEnd: number; fieldsStart: number; fieldsEnd: number; updatedStart: number; updatedEnd: number};

/**
 * As checkStore, handing `visit` where each entry's parts are in `bytes`, in file order: its name
 * (between its quotes), its fields after the value (from its `\t\t\t"created"` line through the newline
 * that ends its last field) and its updated time's body (between its quotes): `list` holds these
 * offsets only, never a string per secret, and reads an entry's field lines (never its value) when it
 * shows it. `visit` is handed the same object each time. The windows are decoded as latin1 here, a
 * character per byte, so a place in a window plus the window's start is a place in the file; the check
 * is checkStore's (the file was found to be UTF-8 first, and the shape is ASCII: every byte of a
 * character past ASCII is past ASCII in latin1 too).
 */
export function checkStoreEntries(bytes: Buffer, visit: (places: EntryPlaces) => void): boolean {
	checking ??= entryPattern(false);
	const places: EntryPlaces = {nameStart: 0, nameEnd: 0, fieldsStart: 0, fieldsEnd: 0, updatedStart: 0, updatedEnd: 0};
	return walk(
		bytes,
		checking,
		undefined,
		(text, start) => {
			let at = 0;
			while (at < text.length && text.charCodeAt(at + 2) === QUOTE) {
				const nameEnd = text.indexOf('"', at + 3);
				// `": {\n`, the value's line, the created line, the updated line, any others, then `\t\t}`.
				const fields = text.indexOf('\n', nameEnd + 5) + 1;
				const updated = text.indexOf('\n', fields) + UPDATED_KEY.length;
				const updatedLineEnd = text.indexOf('\n', updated);
				const end = text.indexOf('\n\t\t}', updatedLineEnd) + 1;
				places.nameStart = start + at + 3;
				places.nameEnd = start + nameEnd;
				places.fieldsStart = start + fields;
				places.fieldsEnd = start + end;
				places.updatedStart = start + updated;
				places.updatedEnd = start + updatedLineEnd - (text.charCodeAt(updatedLineEnd - 1) === COMMA ? 2 : 1);
				visit(places);
				at = end + 3 + (text.charCodeAt(end + 3) === COMMA ? 2 : 1);
			}
		},
		'latin1',
	);
}

const UPDATED_KEY = '\n\t\t\t"updated": "';

/** The summary of the entry `name` whose field lines after the value checkStoreEntries gave. */
export function summaryInBytes(bytes: Buffer, name: string, fieldsStart: number, fieldsEnd: number): SummaryOf {
	const summary = {name} as SummaryOf;
	fieldsInto(summary, bytes.toString('utf8', fieldsStart, fieldsEnd), 0);
	return summary;
}

/** Appends the summary of each entry of a checked window. */
export function summariesIn(text: string, into: SummaryOf[]): void {
	let at = 0;
	while (at < text.length && text.startsWith('\t\t"', at)) {
		const {summary, next} = summaryAt(text, at);
		into.push(summary);
		at = next;
	}
}
