// Streaming redaction: every injected value in a byte stream is replaced by `[secret:NAME]`.
//
// Works on bytes, so a multi-byte character split across chunks is never cut apart by us: bytes that
// are not part of a value pass through untouched and in order. A value written in pieces (across
// writes, lines, chunks, pauses) is still caught: the tail of the data that could be the start of a
// value is held back until more data shows whether it is one, or the stream ends. So no piece of a
// value is ever shown; the cost is that such a tail (at most the longest value's length, less one
// byte) waits for the next write.
//
// Matching: Wu-Manber, a multi-pattern Boyer-Moore. It looks at a 3-byte block at the end of a window
// as long as the shortest value and jumps ahead by how far that block is from the end of any value's
// first bytes, so most of the output is skipped over, not read byte by byte, and the cost barely grows
// with the number of values. When a value is shorter than 3 bytes (already warned about) one regular
// expression of all values, longest first, is used instead.

const BLOCK = 3;
const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

function blockHash(b0: number, b1: number, b2: number): number {
	return ((b0 << 12) ^ (b1 << 6) ^ b2) & HASH_MASK;
}

export type RedactionRules = {
	/** The distinct values' bytes, longest first, and each one's marker. */
	readonly values: Buffer[];
	readonly markers: Buffer[];
	readonly minLength: number;
	readonly maxLength: number;
	/** Wu-Manber tables (when minLength >= BLOCK): shift by block hash, and candidates where the shift is 0. */
	readonly shift: Uint8Array | undefined;
	readonly candidates: Map<number, number[]>;
	/** Fallback for values shorter than a block. */
	readonly pattern: RegExp | undefined;
	readonly markerByText: Map<string, Buffer>;
	/** Values by their first byte, for the held-back tail. */
	readonly byFirstByte: Array<Buffer[] | undefined>;
};

export function markerFor(name: string): string {
	return `[secret:${name}]`;
}

/** Builds the rules once for a run; both streams share them. Empty values are ignored. */
export function redactionRules(values: ReadonlyMap<string, string>): RedactionRules {
	const unique = new Map<string, {bytes: Buffer; marker: Buffer}>();
	for (const [name, value] of values) {
		if (value === '') {
			continue;
		}

		const bytes = Buffer.from(value, 'utf8');
		const key = bytes.toString('latin1');
		if (!unique.has(key)) {
			unique.set(key, {bytes, marker: Buffer.from(markerFor(name), 'utf8')});
		}
	}

	const entries = [...unique.values()].sort((a, b) => b.bytes.length - a.bytes.length);
	const byFirstByte: Array<Buffer[] | undefined> = Array.from({length: 256}, () => undefined);
	for (const {bytes} of entries) {
		(byFirstByte[bytes[0]!] ??= []).push(bytes);
	}

	const minLength = entries.length === 0 ? 0 : entries.at(-1)!.bytes.length;
	const maxLength = entries[0]?.bytes.length ?? 0;
	const candidates = new Map<number, number[]>();
	let shift: Uint8Array | undefined;
	let pattern: RegExp | undefined;
	const markerByText = new Map<string, Buffer>();
	if (entries.length > 0 && minLength >= BLOCK) {
		const longest = Math.min(255, minLength - BLOCK + 1);
		shift = new Uint8Array(1 << HASH_BITS).fill(longest);
		for (const [index, {bytes}] of entries.entries()) {
			for (let end = BLOCK - 1; end < minLength; end++) {
				const hash = blockHash(bytes[end - 2]!, bytes[end - 1]!, bytes[end]!);
				const distance = minLength - 1 - end;
				if (distance < shift[hash]!) {
					shift[hash] = distance;
				}

				if (distance === 0) {
					const list = candidates.get(hash);
					if (list) {
						list.push(index);
					} else {
						candidates.set(hash, [index]);
					}
				}
			}
		}
	} else if (entries.length > 0) {
		for (const {bytes, marker} of entries) {
			markerByText.set(bytes.toString('latin1'), marker);
		}

		pattern = new RegExp([...markerByText.keys()].map((key) => escapeRegExp(key)).join('|'), 'g');
	}

	return {
		values: entries.map((entry) => entry.bytes),
		markers: entries.map((entry) => entry.marker),
		minLength,
		maxLength,
		shift,
		candidates,
		pattern,
		markerByText,
		byFirstByte,
	};
}

type Match = {start: number; end: number; marker: Buffer};

/** The next (leftmost, then longest) whole value in data at or after `from`, or undefined. */
function nextMatch(rules: RedactionRules, data: Buffer, text: string | undefined, from: number): Match | undefined {
	if (rules.pattern) {
		rules.pattern.lastIndex = from;
		const match = rules.pattern.exec(text!);
		return match ? {start: match.index, end: match.index + match[0].length, marker: rules.markerByText.get(match[0])!} : undefined;
	}

	const shift = rules.shift!;
	const {minLength, candidates, values, markers} = rules;
	const length = data.length;
	let position = from + minLength - 1;
	while (position < length) {
		const hash = blockHash(data[position - 2]!, data[position - 1]!, data[position]!);
		const step = shift[hash]!;
		if (step > 0) {
			position += step;
			continue;
		}

		const start = position - minLength + 1;
		for (const index of candidates.get(hash)!) {
			const value = values[index]!;
			if (start + value.length <= length && sameBytes(data, start, value)) {
				// Candidates are longest first: the first whole match at `start` is the longest.
				return {start, end: start + value.length, marker: markers[index]!};
			}
		}

		position++;
	}

	return undefined;
}

function sameBytes(data: Buffer, start: number, value: Buffer): boolean {
	for (let index = 0; index < value.length; index++) {
		if (data[start + index] !== value[index]) {
			return false;
		}
	}

	return true;
}

/** One stream's redactor: feed chunks to `write`, then call `end` once. */
export class Redactor {
	private carry: Buffer | undefined;

	constructor(private readonly rules: RedactionRules) {}

	/** Returns the bytes that are safe to show now (possibly empty). */
	write(chunk: Buffer): Buffer {
		if (this.rules.values.length === 0) {
			return chunk;
		}

		const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
		this.carry = undefined;
		return this.process(data, false);
	}

	/** Returns everything still held back, redacted. */
	end(): Buffer {
		const data = this.carry;
		this.carry = undefined;
		if (!data) {
			return Buffer.alloc(0);
		}

		return this.process(data, true);
	}

	/** The bytes held back right now (for tests). */
	get pending(): number {
		return this.carry?.length ?? 0;
	}

	private process(data: Buffer, final: boolean): Buffer {
		const text = this.rules.pattern ? data.toString('latin1') : undefined;
		let hold = final ? data.length : this.holdFrom(data, 0);
		const parts: Buffer[] = [];
		let last = 0;
		let match: Match | undefined;
		while ((match = nextMatch(this.rules, data, text, last)) !== undefined && match.start < hold) {
			if (match.start > last) {
				parts.push(data.subarray(last, match.start));
			}

			parts.push(match.marker);
			last = match.end;
			if (last > hold) {
				hold = this.holdFrom(data, last);
			}
		}

		if (hold < data.length) {
			this.carry = Buffer.from(data.subarray(hold));
		}

		if (last === 0) {
			return hold === data.length ? data : data.subarray(0, hold);
		}

		if (hold > last) {
			parts.push(data.subarray(last, hold));
		}

		return Buffer.concat(parts);
	}

	/** The earliest position >= from whose rest of `data` is a proper prefix of a value, else data.length. */
	private holdFrom(data: Buffer, from: number): number {
		const {byFirstByte, maxLength} = this.rules;
		const end = data.length;
		for (let position = Math.max(from, end - maxLength + 1); position < end; position++) {
			const candidates = byFirstByte[data[position]!];
			if (!candidates) {
				continue;
			}

			const length = end - position;
			for (const value of candidates) {
				if (value.length > length && isPrefix(data, position, end, value)) {
					return position;
				}
			}
		}

		return end;
	}
}

function isPrefix(data: Buffer, start: number, end: number, value: Buffer): boolean {
	for (let index = 1; index < end - start; index++) {
		if (data[start + index] !== value[index]) {
			return false;
		}
	}

	return true;
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
