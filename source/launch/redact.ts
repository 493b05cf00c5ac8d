// Streaming redaction: every injected value in a byte stream is replaced by `[secret:NAME]`.
//
// Works on bytes, so a multi-byte character split across chunks is never cut apart by us: bytes that
// are not part of a value pass through untouched and in order. A value written in pieces (across
// writes, lines, chunks, pauses) is still caught: the tail of the data that could be the start of a
// value is held back until more data shows whether it is one, or the stream ends. So no piece of a
// value is ever shown; the cost is that such a tail (at most the longest value's length, less one
// byte) waits for the next write. Matching itself is in redact-rules.ts.
import {MIN_REDACTABLE_LENGTH, nextMatch, redactionRules, valueForms, type RedactionRules} from './redact-rules.js';

export {markerFor, redactionRules, type RedactionRules} from './redact-rules.js';
//
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
		let match = nextMatch(this.rules, data, text, 0);
		while (match !== undefined && match.start < hold) {
			// The region to hide is the union of every match that overlaps it: with P1=abcdef12 and
			// P2=ef12ghij, `abcdef12ghij` is one region, shown as both markers; no byte of P2 shows.
			const start = match.start;
			let end = match.end;
			const markers = [match.marker];
			let next = nextMatch(this.rules, data, text, start + 1);
			while (next !== undefined && next.start < end) {
				if (next.end > end) {
					end = next.end;
					markers.push(next.marker);
				}

				next = nextMatch(this.rules, data, text, next.start + 1);
			}

			if (!final) {
				// A value that starts inside the region could run on past the data: keep the whole region
				// for the next write, to be matched again with what follows.
				const tail = this.holdFrom(data, start + 1);
				if (tail < end) {
					hold = start;
					break;
				}

				hold = tail;
			}

			if (start > last) {
				parts.push(data.subarray(last, start));
			}

			parts.push(...markers);
			last = end;
			match = next;
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

/**
 * Text from a definition (`envs`, `run --dry-run`) with every stored value written into it shown as
 * `[secret:NAME]`, never as itself. Values shorter than MIN_REDACTABLE_LENGTH are left alone: they would
 * hide ordinary text. `values` is every stored secret, not only those a run injects.
 */
export function hideStoredValues(text: string, values: ReadonlyMap<string, string>): string {
	return redactText(text, new Map([...values].filter(([, value]) => value.length >= MIN_REDACTABLE_LENGTH)));
}

/**
 * The first secret whose value (MIN_REDACTABLE_LENGTH characters or more), or a form of it that output
 * redaction hides (trimmed, a line), is written in one of `texts`:
 * `run` and `submit` refuse a --param or an argument that holds one, since a command line can be read by
 * every user of the machine (/proc/PID/cmdline) and a job script is kept by the scheduler.
 */
export function secretWrittenIn(values: ReadonlyMap<string, string>, texts: readonly string[]): string | undefined {
	for (const [secret, value] of values) {
		if (value.length >= MIN_REDACTABLE_LENGTH && valueForms(value).some((form) => texts.some((text) => text.includes(form)))) {
			return secret;
		}
	}

	return undefined;
}

/** A whole text at once, every value in `values` replaced by its marker. */
export function redactText(text: string, values: ReadonlyMap<string, string>): string {
	const redactor = new Redactor(redactionRules(values));
	return Buffer.concat([redactor.write(Buffer.from(text)), redactor.end()]).toString('utf8');
}
