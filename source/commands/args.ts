// One way to parse a subcommand's arguments with meow: per-command help, unknown flags and wrong
// argument counts as UsageError sentences (exit 2), and everything after `--` kept apart, untouched.
import {UsageError} from '../core/errors.js';
import {VERSION} from '../core/version.js';

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

export async function parseArgs(spec: CommandSpec, argv: string[]): Promise<ParsedArgs> {
	const separator = argv.indexOf('--');
	const before = separator === -1 ? argv : argv.slice(0, separator);
	const rest = separator === -1 ? undefined : argv.slice(separator + 1);

	// Plain positional arguments need no parser: meow (and its start-up cost) loads only for flags.
	const hasFlags = before.some((arg) => arg.startsWith('-') && arg !== '-');
	const parsed = hasFlags ? await parseFlags(spec, before) : {input: before, flags: {}};
	checkCounts(spec, parsed.input, rest);
	return {...parsed, rest};
}

async function parseFlags(spec: CommandSpec, before: string[]): Promise<Omit<ParsedArgs, 'rest'>> {
	const {default: meow} = await import('meow');
	const flags = spec.flags ?? {};
	const cli = meow(helpText(spec), {
		importMeta: import.meta,
		argv: before,
		pkg: {name: 'secrets-tui', version: VERSION},
		description: false,
		allowUnknownFlags: true,
		autoHelp: true,
		autoVersion: true,
		booleanDefault: undefined,
		flags: {...flags, help: {type: 'boolean', shortFlag: 'h'}},
	});

	const known = new Set<string>(['help', 'version']);
	for (const [name, flag] of Object.entries(flags)) {
		known.add(name);
		known.add(kebab(name));
		if (flag.shortFlag) {
			known.add(flag.shortFlag);
		}
	}

	const unknown = Object.keys(cli.unnormalizedFlags).filter((key) => !known.has(key));
	if (unknown.length > 0) {
		const shown = unknown.map((key) => (key.length === 1 ? `-${key}` : `--${kebab(key)}`)).join(', ');
		throw new UsageError(`Unknown option ${shown} for \`${spec.name}\`; \`secrets-tui ${spec.name} --help\` lists its options.`);
	}

	for (const [name, flag] of Object.entries(flags)) {
		const value = cli.flags[name];
		if (flag.type === 'string' && !flag.isMultiple && value === '') {
			throw new UsageError(`The option --${kebab(name)} needs a value; see \`secrets-tui ${spec.name} --help\`.`);
		}
	}

	return {input: cli.input.map(String), flags: cli.flags as Record<string, unknown>};
}

function checkCounts(spec: CommandSpec, input: string[], rest: string[] | undefined): void {
	const min = spec.minArgs ?? 0;
	const max = spec.maxArgs ?? min;
	if (input.length < min) {
		throw new UsageError(`\`secrets-tui ${spec.name}\` needs ${spec.usage.split(' ').slice(0, min).join(' ')}. Usage: secrets-tui ${spec.name} ${spec.usage}`);
	}

	if (input.length > max) {
		throw new UsageError(
			`\`secrets-tui ${spec.name}\` takes at most ${max} argument${max === 1 ? '' : 's'}, got ${input.length}. Usage: secrets-tui ${spec.name} ${spec.usage}`,
		);
	}

	if (rest && !spec.takesRest) {
		throw new UsageError(`\`secrets-tui ${spec.name}\` takes no arguments after --. Usage: secrets-tui ${spec.name} ${spec.usage}`);
	}
}

function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, (letter) => '-' + letter.toLowerCase());
}
