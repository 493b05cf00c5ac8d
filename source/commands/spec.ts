// What describes a subcommand's arguments, and its help text: no parser here, so the entry point and
// the light parser can use them without loading meow.

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

type FlagType = 'string' | 'boolean' | 'number';
export type FlagSpec = {type: FlagType; shortFlag?: string; isMultiple?: boolean; default?: unknown};

export type CommandSpec = {
	name: string;
	/** `NAME [VALUE]` etc. */
	usage: string;
	help: string;
	flags?: Record<string, FlagSpec>;
	/** How many positional arguments (before any `--`) the command takes. */
	minArgs?: number;
	maxArgs?: number;
	/** Whether the command takes `-- ARGS...`. */
	takesRest?: boolean;
};

export type ParsedArgs = {
	input: string[];
	flags: Record<string, unknown>;
	/** Everything after the first `--`, exactly as given. */
	rest: string[] | undefined;
};

export function helpText(spec: CommandSpec): string {
	return `Usage\n  $ secrets-tui ${spec.name} ${spec.usage}\n\n${spec.help.trim()}`;
}

export function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, (letter) => '-' + letter.toLowerCase());
}
