// The matching half of redaction: which values, their markers, and finding the next whole value.
//
// Matching: Wu-Manber, a multi-pattern Boyer-Moore. It looks at a 3-byte block at the end of a window
// as long as the shortest value and jumps ahead by how far that block is from the end of any value's
// first bytes, so most of the output is skipped over, not read byte by byte, and the cost barely grows
// with the number of values. When a value is shorter than 3 bytes (already warned about) one regular
// expression of all values, longest first, is used instead.
//
// Besides each value itself, the forms it takes in output are hidden too (valueForms): the value without
// its trailing whitespace, with \r\n for \n, and each line of a multi-line value.

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

/** Values shorter than this cannot be redacted safely; a form of a value shorter than this is not hidden alone. */
export const MIN_REDACTABLE_LENGTH = 4;

const PEM_ARMOUR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;

/**
 * The forms a value takes in output: itself; without trailing whitespace (`echo tok > f` stores the newline,
 * a program prints the token alone); with \r\n for \n (a pseudo-terminal turns one into the other); each
 * line of a multi-line value (a PEM key's line printed alone). Forms shorter than MIN_REDACTABLE_LENGTH
 * characters are left out: they would hide ordinary text; so are PEM's armour lines (-----BEGIN KEY-----),
 * which every key of that kind shares.
 */
export function valueForms(value: string): string[] {
	const forms = new Set<string>([value]);
	const add = (form: string) => {
		if (form.length >= MIN_REDACTABLE_LENGTH) {
			forms.add(form);
		}
	};

	const trimmed = value.trimEnd();
	add(trimmed);
	if (value.includes('\n')) {
		add(value.replaceAll(/\r?\n/g, '\r\n'));
		add(trimmed.replaceAll(/\r?\n/g, '\r\n'));
		for (const line of value.split(/\r?\n/)) {
			if (!PEM_ARMOUR.test(line.trim())) {
				add(line);
				add(line.trimEnd());
			}
		}
	}

	return [...forms];
}

export function markerFor(name: string): string {
	return `[secret:${name}]`;
}

/**
 * Builds the rules once for a run; both streams share them. Empty values are ignored. Whole values come
 * first, so a value that is also another one's line or trimmed form keeps its own name.
 */
export function redactionRules(values: ReadonlyMap<string, string>): RedactionRules {
	const unique = new Map<string, {bytes: Buffer; marker: Buffer}>();
	const add = (name: string, text: string) => {
		const bytes = Buffer.from(text, 'utf8');
		const key = bytes.toString('latin1');
		if (!unique.has(key)) {
			unique.set(key, {bytes, marker: Buffer.from(markerFor(name), 'utf8')});
		}
	};

	const named = [...values].filter(([, value]) => value !== '');
	for (const [name, value] of named) {
		add(name, value);
	}

	for (const [name, value] of named) {
		for (const form of valueForms(value).slice(1)) {
			add(name, form);
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

export type Match = {start: number; end: number; marker: Buffer};

/** The next (leftmost, then longest) whole value in data at or after `from`, or undefined. */
export function nextMatch(rules: RedactionRules, data: Buffer, text: string | undefined, from: number): Match | undefined {
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

function escapeRegExp(text: string): string {
	return text.replaceAll(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
