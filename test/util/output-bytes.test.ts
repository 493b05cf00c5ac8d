// OutputBytes: what list writes, gathered as bytes and written a batch at a time.
import {isUtf8} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {OutputBytes} from '../../source/util/output-bytes.js';

/**
 * A stream that writes each chunk at once (what it keeps is a copy), or one that holds what it is
 * handed, as a pipe with no room does, and says so (what it keeps is the chunk itself).
 */
function stream(pending: boolean) {
	const chunks: Array<Uint8Array | string> = [];
	return {
		chunks,
		writableLength: 0,
		write(chunk: Uint8Array | string) {
			chunks.push(pending || typeof chunk === 'string' ? chunk : Buffer.from(chunk));
			this.writableLength = pending ? 1 : 0;
			return !pending;
		},
	};
}

/** Pieces of every kind, some past a batch's size, some multi-byte near where a batch fills. */
function writeMany(out: OutputBytes): string {
	let expected = '';
	const bytes = Buffer.from('abc é日😀 xyz');
	for (let index = 0; index < 30_000; index++) {
		out.ascii('{"n": ');
		out.copy(bytes, 4, 17);
		out.text(index % 1000 === 7 ? 'ü'.repeat(40_000) : `é${index}\t\t\t`);
		out.spaces(index % 300);
		expected += `{"n": ${bytes.toString('utf8', 4, 17)}${index % 1000 === 7 ? 'ü'.repeat(40_000) : `é${index}\t\t\t`}${' '.repeat(index % 300)}`;
	}

	out.flush();
	return expected;
}

describe('OutputBytes', () => {
	for (const pending of [false, true]) {
		it(`writes every piece once, in order, in batches of whole UTF-8 (a stream that ${pending ? 'holds' : 'passes on'} what it is handed)`, () => {
			const target = stream(pending);
			const expected = writeMany(new OutputBytes(target));
			expect(target.chunks.length).toBeGreaterThan(10);
			for (const chunk of target.chunks) {
				expect(isUtf8(chunk as Uint8Array)).toBe(true);
			}

			// Kept as handed: a buffer the stream still holds is never written over.
			expect(Buffer.concat(target.chunks as Uint8Array[]).toString('utf8')).toBe(expected);
		});
	}

	it('hands each batch to finish as its bytes, saying whether it is ASCII without DEL', () => {
		const target = stream(false);
		const seen: boolean[] = [];
		const out = new OutputBytes(target, (batch, plain) => {
			seen.push(plain);
			return batch.toString('utf8').toUpperCase();
		});
		out.ascii('plain');
		out.flush();
		out.text('del\u007F');
		out.flush();
		out.copy(Buffer.from('é'), 0, 2);
		out.flush();
		out.flush();
		expect(seen).toEqual([true, false, false]);
		expect(target.chunks).toEqual(['PLAIN', 'DEL\u007F', 'É']);
	});
});
