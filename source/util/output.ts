// The command's own output when its reader goes away or its device fills up.
// `secrets-tui list | head -1`: the reader closed the pipe, which means "enough": end quietly, as
// `cat` or `ls` do (no message, no stack trace). `secrets-tui list > /dev/full`: the output was lost,
// which is a failure: exit 1 with a sentence. A launcher relay that listens to the stream itself (exec
// passing a child's output on) handles its own errors; this steps aside then.
//
// Node builds process.stdout and process.stderr when they are first read, and building one loads its
// stream and net modules (2-3 ms of a command). So the guards are put on when a stream is first used
// (guardOutputWhenUsed), and `list` writes its rows with writeSync (syncStandardOutput): it never builds
// either stream unless it has something to say on standard error.
import fs from 'node:fs';

export function guardOutput(stream: NodeJS.WriteStream = process.stdout, what = 'standard output'): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (stream.listenerCount('error') > 1) {
			return;
		}

		outputFailed(error, what, stream === process.stderr);
	});
}

/** Ends the process for an output that failed: quietly for a closed reader, else with a sentence and status 1. */
function outputFailed(error: NodeJS.ErrnoException, what: string, isStandardError: boolean): never {
	if (error.code === 'EPIPE') {
		process.exit();
	}

	const why = error.code === 'ENOSPC' ? 'the device it goes to is full' : error.code === 'EDQUOT' ? 'your disk quota is used up' : `the system said ${error.code ?? error.message}`;
	if (!isStandardError) {
		try {
			process.stderr.write(`secrets-tui: Cannot write to ${what}: ${why}; the output is incomplete.\n`);
		} catch {
			// Nowhere left to say it.
		}
	}

	process.exit(1);
}

/** guardOutput for standard output and standard error, each put on when the program first uses that stream. */
export function guardOutputWhenUsed(): void {
	for (const [name, what] of [
		['stdout', 'standard output'],
		['stderr', 'standard error'],
	] as const) {
		const descriptor = Object.getOwnPropertyDescriptor(process, name);
		if (!descriptor?.get || !descriptor.configurable) {
			guardOutput(process[name], what);
			continue;
		}

		Object.defineProperty(process, name, {
			configurable: true,
			enumerable: descriptor.enumerable,
			get() {
				Object.defineProperty(process, name, descriptor);
				const stream = process[name];
				guardOutput(stream, what);
				return stream;
			},
		});
	}
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `data` to standard output at once (fd 1), waiting out a full non-blocking pipe; failures end the process as guardOutput's do. */
function writeStandardOutput(data: string | Uint8Array): void {
	let bytes: Uint8Array;
	let at = 0;
	if (typeof data === 'string') {
		// A string goes as it is: a Buffer of it would be memory outside the heap until a collection
		// (list --json writes 16 MB in 64 KiB batches). Only what a full pipe left is made bytes.
		const written = writeOnce(data);
		const length = Buffer.byteLength(data);
		if (written === length) {
			return;
		}

		bytes = Buffer.from(data);
		at = written;
	} else {
		bytes = data;
	}

	while (at < bytes.length) {
		try {
			at += fs.writeSync(1, bytes, at, bytes.length - at);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
				Atomics.wait(pause, 0, 0, 1);
				continue;
			}

			outputFailed(error as NodeJS.ErrnoException, 'standard output', false);
		}
	}
}

/** One write of a string: how many of its bytes went (0 when a full non-blocking pipe took none). */
function writeOnce(text: string): number {
	for (;;) {
		try {
			return fs.writeSync(1, text);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
				return 0;
			}

			outputFailed(error as NodeJS.ErrnoException, 'standard output', false);
		}
	}
}

/** Standard output as the little of a stream that list's writer uses; every write done when it returns. */
export const syncStandardOutput: Pick<NodeJS.WriteStream, 'write' | 'writableLength'> = {
	write(chunk: string | Uint8Array) {
		writeStandardOutput(chunk);
		return true;
	},
	writableLength: 0,
} as Pick<NodeJS.WriteStream, 'write' | 'writableLength'>;
