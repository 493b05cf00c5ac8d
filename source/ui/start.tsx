// Opens the terminal UI: checks for a terminal, then loads ink and React (only now), takes over the
// alternate screen, and gives the terminal back exactly as it was, on quit, on an error and on a signal.
import {UsageError} from '../util/errors.js';
import {parseTuiArgs} from '../cli/tui-options.js';
import type {GlobalOptions} from '../cli/global-options.js';
import {colourOn} from '../util/colour.js';
import {loadSession} from './session-loader.js';

export const NEEDS_TERMINAL =
	'The terminal UI opens only when stdin and stdout are both a terminal. For scripts and pipes use the subcommands (secrets-tui list, get, set, delete, run; secrets-tui --help lists them all).';

export async function startTui(argv: string[], globals: GlobalOptions): Promise<number> {
	const options = parseTuiArgs(argv);
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		throw new UsageError(NEEDS_TERMINAL);
	}

	const {runTui} = await withoutFetch(loadSession);
	return runTui(options, colourOn({noColorFlag: globals.noColor, env: process.env, isTTY: process.stdout.isTTY}));
}

/**
 * Loads `load` with `globalThis.fetch` hidden. Ink's layout engine (yoga, compiled to WebAssembly)
 * checks `typeof fetch` while it starts, and on Node 20 merely reading `fetch` loads the whole of
 * undici (about 20 ms). Nothing here fetches; the global is put back as it was afterwards.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) {
		return load();
	}

	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
