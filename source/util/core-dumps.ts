// secrets-tui's own core dumps hold no memory on Linux, so no value (the whole store is parsed) lands in
// one: /proc/self/coredump_filter is set to 0 at start, which leaves every mapping (heap, stacks, files)
// out of a dump; what remains is the ELF header and the notes (registers, signal, the list of mapped
// files). The filter is inherited across fork and exec, so each child is started with the value this
// process had before (withChildCoreDumps): the child's own dumps are what they would be without us.
// No native addon is needed; where the file cannot be written (not Linux, an old kernel) nothing changes.
import fs from 'node:fs';

const FILTER = '/proc/self/coredump_filter';
// Kept on globalThis: each command is its own bundle with its own copy of this module (scripts/build.mjs),
// and the value read at start (cli.tsx) is needed where the child is spawned.
const KEY = Symbol.for('secrets-tui.coredump-filter');
const state = globalThis as typeof globalThis & {[KEY]?: string};

/** Leaves memory out of this process's core dumps (Linux). Call once, at start. */
export function excludeMemoryFromCoreDumps(): void {
	if (process.platform !== 'linux' || state[KEY] !== undefined) {
		return;
	}

	try {
		// The file shows hex without a prefix ("00000033"); written back as such it would be read as octal.
		const shown = fs.readFileSync(FILTER, 'utf8').trim();
		fs.writeFileSync(FILTER, '0');
		state[KEY] = `0x${shown}`;
	} catch {
		// Not writable here: dumps stay as they were.
	}
}

/** Runs `start` (a spawn) with the filter this process had at start, so the child inherits that one. */
export function withChildCoreDumps<T>(start: () => T): T {
	const original = state[KEY];
	if (original === undefined) {
		return start();
	}

	write(original);
	try {
		return start();
	} finally {
		write('0');
	}
}

function write(value: string): void {
	try {
		fs.writeFileSync(FILTER, value);
	} catch {
		// As before: nothing else to do.
	}
}
