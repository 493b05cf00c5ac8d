// Output gathered as bytes in a buffer outside the JavaScript heap and written about 64 KiB at a time.
// `list` at 100,000 secrets made each batch of rows as one string: the half-made batch (a string of
// pieces) outlived each young collection, and so many collections with survivors made node grow its
// young heap by several MiB. Here a row's pieces are copied into the buffer and die at once.
//
// A piece is never split between two batches, so each batch is whole UTF-8, and `finish` (when given)
// can change each batch before it is written (list --json: its indentation, and printableJson when the
// batch holds DEL or a character past ASCII).
import {isAscii} from 'node:buffer';

const BATCH_BYTES = 1 << 16;
const SPACE = 0x20;
const DEL = 0x7f;
/** Pieces this long or shorter are copied byte by byte. */
const SHORT = 64;

export class OutputBytes {
	private batch = Buffer.allocUnsafe(BATCH_BYTES);
	private at = 0;

	/** `finish(batch, plain)`: what to write for a batch (its bytes, UTF-8), `plain` when it is ASCII without DEL. */
	constructor(
		private readonly stream: Pick<NodeJS.WriteStream, 'write' | 'writableLength'>,
		private readonly finish?: (batch: Buffer, plain: boolean) => string | Uint8Array,
	) {}

	/** bytes[start, end), whole UTF-8. */
	copy(bytes: Uint8Array, start: number, end: number): void {
		this.reserve(end - start);
		const {batch} = this;
		if (end - start > SHORT) {
			batch.set(bytes.subarray(start, end), this.at);
			this.at += end - start;
			return;
		}

		// A name or a time: byte by byte (a subarray is an object, and most of list's time at 1,000).
		let {at} = this;
		for (let index = start; index < end; index++) {
			batch[at++] = bytes[index]!;
		}

		this.at = at;
	}

	/** Text of ASCII characters but DEL (the caller's own layout). */
	ascii(text: string): void {
		this.reserve(text.length);
		this.at += this.batch.write(text, this.at, 'latin1');
	}

	/** Text, as UTF-8. */
	text(text: string): void {
		// Three bytes at most for each UTF-16 unit.
		this.reserve(text.length * 3);
		this.at += this.batch.write(text, this.at);
	}

	/** `count` spaces. */
	spaces(count: number): void {
		this.reserve(count);
		const {batch} = this;
		let {at} = this;
		for (let index = 0; index < count; index++) {
			batch[at++] = SPACE;
		}

		this.at = at;
	}

	/** Writes what is gathered; call it once more at the end. */
	flush(): void {
		if (this.at === 0) {
			return;
		}

		const full = this.batch.subarray(0, this.at);
		this.stream.write(this.finish ? this.finish(full, isAscii(full) && !full.includes(DEL)) : full);
		// The same buffer again once the stream has passed this one on (a file or terminal at once, a
		// pipe when it had room); else a new one: the stream holds this one until it is written. (A new
		// one every time would pile up outside the heap until a collection, which seldom comes here.)
		if (this.stream.writableLength > 0 || this.batch.length > BATCH_BYTES) {
			this.batch = Buffer.allocUnsafe(BATCH_BYTES);
		}

		this.at = 0;
	}

	/** Room for `size` more bytes: the batch is written first when they would not fit (a larger one for a larger piece). */
	private reserve(size: number): void {
		if (this.at + size > this.batch.length) {
			this.flush();
			if (size > this.batch.length) {
				this.batch = Buffer.allocUnsafe(size);
			}
		}
	}
}
