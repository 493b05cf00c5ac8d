// list's rows: the secrets of one store without their values, in name order, a row at a time. Over
// objects already read, or straight over the bytes of a file in the writer's shape (scan.ts), where
// `list` at 100,000 secrets holds the file's bytes and four numbers per secret (where its name and
// its updated time are), never a string or an object per secret (at 100,000 secrets
// those, and the sort's lower-cased names, made node grow its heap: 100 MiB where the store is 16), and
// a row is made only when it is written.
import {readStoreBytes} from './read.js';
import {checkStoreEntries, fieldText, summaryInBytes, type SummaryOf} from './scan.js';
import type {TeamEntry} from './registry.js';
import {printable} from '../util/printable.js';
import {widest} from '../util/widest.js';
import type {OutputBytes} from '../util/output-bytes.js';

export type SummaryRows = {
	readonly length: number;
	name(index: number): string;
	summary(index: number): SummaryOf;
	/** The summary's updated time alone (list's plain table needs no more). */
	updated(index: number): string;
	/** Writes the name, printable, to `out`; returns its length (as String.length counts it). */
	putName(index: number, out: OutputBytes): number;
	/**
	 * Writes the summary's fields but its name to `out` as the store file has them: a line each, three
	 * tabs in, the field's name and its value as JSON.stringify writes them, a comma after all but the
	 * last (`\t\t\t"created": "…",\n\t\t\t"updated": "…"\n`).
	 */
	putFieldLines(index: number, out: OutputBytes): void;
	/** Whether two rows have the same updated time (without reading it). */
	sameUpdated(index: number, other: number): boolean;
	/** Whether any secret has the field (list's EXPIRES column, its "by" words). */
	has(field: 'expires' | 'updatedBy'): boolean;
	/** The length of the longest name, shown printable. */
	nameWidth(): number;
};

/** SummaryRows over objects already read. */
export function summaryRowsOf(summaries: readonly SummaryOf[]): SummaryRows {
	return {
		length: summaries.length,
		name: (index) => summaries[index]!.name,
		summary: (index) => summaries[index]!,
		putName(index, out) {
			const shown = printable(summaries[index]!.name);
			out.text(shown);
			return shown.length;
		},
		putFieldLines(index, out) {
			const {name: _name, ...fields} = summaries[index]!;
			const members = Object.entries(fields).filter(([, value]) => value !== undefined);
			out.text(members.map(([key, value]) => `\t\t\t${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n') + '\n');
		},
		updated: (index) => summaries[index]!.updated,
		sameUpdated: (index, other) => summaries[index]!.updated === summaries[other]!.updated,
		has: (field) => summaries.some((summary) => summary[field] !== undefined),
		nameWidth: () => widest(summaries.map((summary) => printable(summary.name))),
	};
}

/**
 * Buffer's own decoders (toString calls them after checking its arguments, which at 100,000 rows a row
 * at a time is most of the cost of a name).
 */
type Decoding = Buffer & {latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string};

/** Per entry: where its name and its updated time start and end (the rest is found from them). */
const SLOTS = 4;
/** `\n\t\t\t"updated": "` before an updated time's body. */
const UPDATED_KEY_LENGTH = 16;
const ENTRY_END = Buffer.from('\n\t\t}', 'latin1');

/**
 * The store's secrets as rows in list's order (compareNames; a name the file repeats once, with its
 * last entry, as the full parse reads it) from the bytes of a file in the writer's shape; undefined when
 * the file is in another shape (the caller then reads it whole).
 */
export function readSummaryRows(file: string, team: TeamEntry | undefined): SummaryRows | undefined {
	const bytes = readStoreBytes(file, team).bytes as Decoding | undefined;
	if (!bytes) {
		return summaryRowsOf([]);
	}

	// About one entry per 64 bytes to start with (the smallest entry is about that size).
	let places = new Uint32Array(Math.max(64, bytes.length >> 4));
	let count = 0;
	let widest = 0;
	const inShape = checkStoreEntries(bytes, (entry) => {
		if ((count + 1) * SLOTS > places.length) {
			const larger = new Uint32Array(places.length * 2);
			larger.set(places);
			places = larger;
		}

		const at = count++ * SLOTS;
		places[at] = entry.nameStart;
		places[at + 1] = entry.nameEnd;
		places[at + 2] = entry.updatedStart;
		places[at + 3] = entry.updatedEnd;
		widest = Math.max(widest, entry.nameEnd - entry.nameStart);
	});
	if (!inShape) {
		return undefined;
	}

	const order = nameOrder(bytes, places, count);
	// In the writer's shape a field's key starts a line: no value holds it (raw newlines are escaped).
	const has = {expires: bytes.includes('\n\t\t\t"expires": "'), updatedBy: bytes.includes('\n\t\t\t"updatedBy": "')};
	// Names are ASCII (the naming rule): latin1 is their text, and printable leaves them as they are.
	const name = (index: number) => bytes.latin1Slice(places[order[index]! * SLOTS]!, places[order[index]! * SLOTS + 1]!);
	// The field lines after the value start with the created line, the line before the updated one.
	const fieldsStart = (at: number) => bytes.lastIndexOf(NEWLINE, places[at + 2]! - UPDATED_KEY_LENGTH - 1) + 1;
	return {
		length: order.length,
		name,
		summary(index) {
			const at = order[index]! * SLOTS;
			return summaryInBytes(bytes, name(index), fieldsStart(at), bytes.indexOf(ENTRY_END, places[at + 3]!) + 1);
		},
		putName(index, out) {
			const at = order[index]! * SLOTS;
			out.copy(bytes, places[at]!, places[at + 1]!);
			return places[at + 1]! - places[at]!;
		},
		putFieldLines(index, out) {
			// The file's field lines are JSON.stringify's members (the shape holds only the strings it writes).
			const at = order[index]! * SLOTS;
			out.copy(bytes, fieldsStart(at), bytes.indexOf(ENTRY_END, places[at + 3]!) + 1);
		},
		updated(index) {
			const at = order[index]! * SLOTS;
			return fieldText(bytes.utf8Slice(places[at + 2]!, places[at + 3]!));
		},
		sameUpdated(index, other) {
			const at = order[index]! * SLOTS + 2;
			const otherAt = order[other]! * SLOTS + 2;
			const length = places[at + 1]! - places[at]!;
			if (length !== places[otherAt + 1]! - places[otherAt]!) {
				return false;
			}

			for (let offset = 0; offset < length; offset++) {
				if (bytes[places[at]! + offset] !== bytes[places[otherAt]! + offset]) {
					return false;
				}
			}

			return true;
		},
		has: (field) => has[field],
		// A name the file repeats is as wide as the entry shown for it.
		nameWidth: () => widest,
	};
}

const NEWLINE = 0x0a;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;

/**
 * The entries in compareNames' order over the names' bytes (ASCII: lower case is A-Z moved up by 32),
 * a name the file repeats once with its last entry (the sort is stable, so its entries sit side by
 * side in file order).
 */
function nameOrder(bytes: Buffer, places: Uint32Array, count: number): number[] {
	const compare = (a: number, b: number): number => {
		const aStart = places[a * SLOTS]!;
		const bStart = places[b * SLOTS]!;
		const aLength = places[a * SLOTS + 1]! - aStart;
		const bLength = places[b * SLOTS + 1]! - bStart;
		const shorter = Math.min(aLength, bLength);
		let tie = 0;
		for (let index = 0; index < shorter; index++) {
			const x = bytes[aStart + index]!;
			const y = bytes[bStart + index]!;
			if (x !== y) {
				const lowerX = x >= UPPER_A && x <= UPPER_Z ? x + 32 : x;
				const lowerY = y >= UPPER_A && y <= UPPER_Z ? y + 32 : y;
				if (lowerX !== lowerY) {
					return lowerX - lowerY;
				}

				// Equal but for case: the first such place decides, unless case aside they differ.
				tie ||= x - y;
			}
		}

		return aLength === bLength ? tie : aLength - bLength;
	};

	const order = Array.from({length: count}, (_unused, index) => index);

	// A sort compares every two entries that end up side by side (else it could not know their order),
	// so a name the file repeats is seen as a comparison that finds two names the same.
	let repeats = false;
	order.sort((a, b) => compare(a, b) || ((repeats = true), 0));
	return repeats ? order.filter((entry, index) => index + 1 === count || compare(entry, order[index + 1]!) !== 0) : order;
}
