// The options every command takes, and the terminal UI too, wherever they stand before a `--`:
// `secrets-tui --no-color list`, `secrets-tui list --no-color`, `secrets-tui --no-color`. Their one
// table is GLOBAL_FLAGS (spec.ts, beside the commands' tables: every help and the shell completion list
// them from there); the entry point takes them out of argv here, before a command parses the rest.
import {GLOBAL_FLAGS, kebab} from './spec.js';

export type GlobalOptions = {-readonly [name in keyof typeof GLOBAL_FLAGS]: boolean};

/** argv without the global options given before any `--` (what follows `--` is another program's), and which were given. */
export function takeGlobalOptions(argv: readonly string[]): {argv: string[]; globals: GlobalOptions} {
	const byWord = new Map(Object.keys(GLOBAL_FLAGS).map((name) => [`--${kebab(name)}`, name as keyof typeof GLOBAL_FLAGS]));
	const globals = Object.fromEntries(Object.keys(GLOBAL_FLAGS).map((name) => [name, false])) as GlobalOptions;
	const separator = argv.indexOf('--');
	const rest: string[] = [];
	for (const [index, word] of argv.entries()) {
		const name = separator === -1 || index < separator ? byWord.get(word) : undefined;
		if (name) {
			globals[name] = true;
		} else {
			rest.push(word);
		}
	}

	return {argv: rest, globals};
}
