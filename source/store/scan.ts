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
import type {Secret} from './read.js';

/** The fields of an entry, in the order the writer writes them; entry[k + 2] of a scanned entry is field k. */
export const FIELD_ORDER = ['value', 'created', 'updated', 'note', 'expires', 'updatedBy'] as const;
export const OPTIONAL_FIELDS = ['note', 'expires', 'updatedBy'] as const;

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
function walk(bytes: Buffer, pattern: RegExp, onEntry: ((entry: ScannedEntry) => void) | undefined, onWindow: ((text: string) => void) | undefined): boolean {
	return eachWindow(bytes, (text, lastWindow) => {
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
				onWindow?.(text);
				return true;
			}
		}

		onWindow?.(text);
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
	const entry = JSON.parse(text.slice(start, text.indexOf('\n\t\t}', start) + 4)) as Record<string, string>;
	// Checked: every field a string, in the writer's order, which the full parse also gives.
	const secret: Secret = {value: entry.value!, created: entry.created!, updated: entry.updated!};
	for (const field of OPTIONAL_FIELDS) {
		if (entry[field] !== undefined) {
			secret[field] = entry[field];
		}
	}

	return secret;
}

/**
 * Splits the entries' part of the file into windows of whole entries and hands each, decoded, to `check`
 * (with whether it is the last, which must end with the file's tail); false as soon as one fails, or when
 * the file's head is not the writer's.
 */
function eachWindow(bytes: Buffer, check: (text: string, last: boolean) => boolean): boolean {
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

		if (!check(bytes.toString('utf8', at, end), end === bytes.length)) {
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
 * writer's shape: each field on a line of its own, three tabs in, no raw newline inside a string),
 * reading its field lines in order with indexOf: no match arrays, and no string made of its value. Field
 * names are told apart by a character or two, which the shape makes enough (value, created, updated,
 * note, expires, updatedBy).
 */
function summaryAt(text: string, at: number): {summary: SummaryOf; next: number} {
	const nameEnd = text.indexOf('"', at + 3);
	const summary = {name: text.slice(at + 3, nameEnd)} as SummaryOf;
	let line = text.indexOf('\n', nameEnd) + 1;
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

	// `next`: after the entry's `\t\t}`, then `,\n` and the next entry, or the window's end.
	return {summary, next: line + 3 + (text.charCodeAt(line + 3) === COMMA ? 2 : 1)};
}

const ENTRY_END = Buffer.from('\n\t\t}', 'latin1');
const QUOTE = 0x22;

/**
 * Each entry of a file checkStore accepted: its name and the byte where it starts (its two tabs), so a
 * list can hold names and offsets only, and read an entry's fields from the bytes when it shows it.
 */
export function eachEntryStart(bytes: Buffer, visit: (name: string, at: number) => void): void {
	let at = HEAD.length + 1;
	while (at + 2 < bytes.length && bytes[at] === TAB && bytes[at + 1] === TAB && bytes[at + 2] === QUOTE) {
		const nameEnd = bytes.indexOf(QUOTE, at + 3);
		// Names are ASCII (the naming rule): latin1 is the same text, copied out of the file's bytes.
		visit(bytes.toString('latin1', at + 3, nameEnd), at);
		const end = bytes.indexOf(ENTRY_END, nameEnd) + 4;
		at = end + (bytes[end] === COMMA ? 2 : 1);
	}
}

/** The summary of the entry starting at byte `at` of a file checkStore accepted. */
export function summaryInBytes(bytes: Buffer, at: number): SummaryOf {
	return summaryAt(bytes.toString('utf8', at, bytes.indexOf(ENTRY_END, at) + 4), 0).summary;
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
