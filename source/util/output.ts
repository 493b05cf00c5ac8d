// The command's own output when its reader goes away or its device fills up.
// `secrets-tui list | head -1`: the reader closed the pipe, which means "enough": end quietly, as
// `cat` or `ls` do (no message, no stack trace). `secrets-tui list > /dev/full`: the output was lost,
// which is a failure: exit 1 with a sentence. A launcher relay that listens to the stream itself (exec
// passing a child's output on) handles its own errors; this steps aside then.

export function guardOutput(stream: NodeJS.WriteStream = process.stdout, what = 'standard output'): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (stream.listenerCount('error') > 1) {
			return;
		}

		if (error.code === 'EPIPE') {
			process.exit();
		}

		const why = error.code === 'ENOSPC' ? 'the device it goes to is full' : error.code === 'EDQUOT' ? 'your disk quota is used up' : `the system said ${error.code ?? error.message}`;
		if (stream !== process.stderr) {
			try {
				process.stderr.write(`secrets-tui: Cannot write to ${what}: ${why}; the output is incomplete.\n`);
			} catch {
				// Nowhere left to say it.
			}
		}

		process.exit(1);
	});
}
