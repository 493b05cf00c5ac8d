// What describes a subcommand: one table per command (`export const spec: CommandSpec`) that drives
// the parser (args.ts), the `--help` text (helpText) and the usage errors. No parser here.
import {widest} from '../util/widest.js';

type FlagType = 'string' | 'boolean' | 'number';

/**
 * What shell completion offers for an argument: `secrets-tui list --names`, `secrets-tui envs --names`, files,
 * commands; `executable`: those of the environment typed first (`envs ENV --executables`); `spec`: the
 * KEY=VALUE specifiers of that environment, or of all (`envs [ENV] --specs`).
 */
export type Completion = 'secret' | 'env' | 'executable' | 'spec' | 'file' | 'command' | 'shell' | 'store' | 'store-command' | 'user';

export type FlagSpec = {
	/** `number` is read as a string and converted (util.parseArgs has no number type). */
	type: FlagType;
	/** One line for the help's Options section. */
	description: string;
	/** What the value is called in the help (`--envs FILE`); default VALUE, or N for numbers. */
	value?: string;
	shortFlag?: string;
	isMultiple?: boolean;
	/** A boolean whose default is true is turned off with `--no-NAME`. */
	default?: unknown;
	/** What shell completion offers for the value. */
	complete?: Completion;
};

export type CommandSpec = {
	name: string;
	/** `NAME [VALUE]` etc.: the positional arguments first, then the options. */
	usage: string;
	/** What the command does, then any sections of its own (Examples…); Options are made from `flags`. */
	help: string;
	/** Keyed by camelCase name; on the command line the name is kebab-case (`dryRun` is `--dry-run`). */
	flags?: Record<string, FlagSpec>;
	/** How many positional arguments (before any `--`) the command takes. */
	minArgs?: number;
	maxArgs?: number;
	/** Whether the command takes `-- ARGS...`. */
	takesRest?: boolean;
	/** What shell completion offers for each positional argument, and after `--`. */
	complete?: {args?: Completion[]; rest?: Completion};
};

/**
 * The options of every command and of the terminal UI (cli/global-options.ts takes them out of argv):
 * booleans, each written `--NAME` in kebab-case.
 */
export const GLOBAL_FLAGS = {
	noColor: {type: 'boolean', description: 'draw no colour (as NO_COLOR=1 does); bold, dim and inverse stay'},
} as const satisfies Record<string, FlagSpec>;

export type ParsedArgs = {
	input: string[];
	flags: Record<string, unknown>;
	/** Everything after the first `--`, exactly as given. */
	rest: string[] | undefined;
};

export function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, (letter) => '-' + letter.toLowerCase());
}

/** How an option is written in the help: `--no-redact`, `--envs FILE`, `--values, -v`. */
export function flagLabel(name: string, flag: FlagSpec): string {
	if (flag.type === 'boolean') {
		const long = flag.default === true ? `--no-${kebab(name)}` : `--${kebab(name)}`;
		return flag.shortFlag && flag.default !== true ? `${long}, -${flag.shortFlag}` : long;
	}

	const value = flag.value ?? (flag.type === 'number' ? 'N' : 'VALUE');
	return `--${kebab(name)} ${value}${flag.shortFlag ? `, -${flag.shortFlag} ${value}` : ''}`;
}

/** Rows of two columns, the second aligned, each indented by two spaces. */
export function columns(rows: Array<[string, string]>): string[] {
	const width = widest(rows.map(([left]) => left));
	return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`.trimEnd());
}

/**
 * The one help layout: section titles flush left, their lines indented by two spaces, one blank line
 * between sections, no blank line first.
 */
export function helpText(spec: CommandSpec): string {
	const options: Array<[string, string]> = Object.entries(spec.flags ?? {}).map(([name, flag]) => [flagLabel(name, flag), flag.description]);
	options.push(...Object.entries(GLOBAL_FLAGS).map(([name, flag]): [string, string] => [flagLabel(name, flag), flag.description]), ['--help, -h', 'show this help']);
	const pieces = spec.help.trim().split(/\n\s*\n(?=\S)/);
	const first = pieces.findIndex((piece) => isSection(piece));
	const description = first === -1 ? pieces : pieces.slice(0, first);
	const sections = first === -1 ? [] : pieces.slice(first);
	return [
		`Usage\n  $ secrets-tui ${spec.name} ${spec.usage}`.trimEnd(),
		...description.map((piece) => indent(piece)),
		['Options', ...columns(options)].join('\n'),
		...sections,
	].join('\n\n');
}

/** `Examples` followed by indented lines is a section; anything else is a paragraph of the description. */
function isSection(piece: string): boolean {
	const [title, next] = piece.split('\n');
	return next !== undefined && next.startsWith('  ') && !/[.:]$/.test(title!) && title!.length < 40;
}

/** Each non-empty line two spaces in, as help sections are. */
export function indent(text: string): string {
	return text
		.split('\n')
		.map((line) => (line === '' ? line : `  ${line}`))
		.join('\n');
}

/** The positional part of the usage line: `NAME [VALUE]` of `NAME [VALUE] [--overwrite]`. */
export function positionalUsage(spec: CommandSpec): string {
	const words = spec.usage.split(' ');
	const end = words.findIndex((word) => word.startsWith('-') || word.startsWith('[-'));
	return words.slice(0, end === -1 ? words.length : end).join(' ');
}

/** A subcommand's code: its table and what it does. `commands` is the registry's list (cli/registry.ts), handed in so no command imports the registry. */
export type CommandModule = {spec: CommandSpec; run: (argv: string[], commands: readonly CommandEntry[]) => Promise<number>};

/** One subcommand of the registry: name, aliases, summary, and its code, loaded only when it runs. */
export type CommandEntry = {
	name: string;
	aliases?: string[];
	summary: string;
	load: () => Promise<CommandModule>;
};
