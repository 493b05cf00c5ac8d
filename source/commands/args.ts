// The store commands' argument parsing, with meow: per-command help, unknown flags and wrong argument
// counts as UsageError sentences (exit 2), and everything after `--` kept apart, untouched.
// meow costs about 20 ms to load, so it loads only when there are flags to parse (`get NAME` and
// `list` never pay for it). The launching commands use light-args.ts, where that cost is measured.
import {UsageError} from '../core/errors.js';
import {checkCounts, helpText, kebab, VERSION, type CommandSpec, type ParsedArgs} from './spec.js';

export {helpText, type CommandSpec, type FlagSpec, type ParsedArgs} from './spec.js';

export async function parseArgs(spec: CommandSpec, argv: string[]): Promise<ParsedArgs> {
	const separator = argv.indexOf('--');
	const before = separator === -1 ? argv : argv.slice(0, separator);
	const rest = separator === -1 ? undefined : argv.slice(separator + 1);

	// Plain positional arguments need no parser.
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
		if (flag.type === 'string' && !flag.isMultiple && cli.flags[name] === '') {
			throw new UsageError(`The option --${kebab(name)} needs a value; see \`secrets-tui ${spec.name} --help\`.`);
		}
	}

	return {input: cli.input.map(String), flags: cli.flags as Record<string, unknown>};
}
