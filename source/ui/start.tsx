// Opens the terminal UI: checks for a terminal, then loads ink and React (only now), takes over the
// alternate screen, and gives the terminal back exactly as it was, on quit, on an error and on a signal.
import {UsageError} from '../core/errors.js';
import {parseTuiArgs} from './args.js';

export const NEEDS_TERMINAL =
	'secrets-tui opens its terminal UI only when stdin and stdout are both a terminal. For scripts and pipes use the subcommands (secrets-tui list, get, set, delete, run; secrets-tui --help lists them all).';

export async function startTui(argv: string[]): Promise<number> {
	const options = parseTuiArgs(argv);
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		throw new UsageError(NEEDS_TERMINAL);
	}

	const {runTui} = await import('./session.js');
	return runTui(options);
}
