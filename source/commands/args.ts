// One way to parse a subcommand's arguments with meow: per-command help, unknown flags and wrong
// argument counts as UsageError sentences (exit 2), and everything after `--` kept apart, untouched.
import meow from 'meow';
import {UsageError} from '../core/errors.js';
import {helpText, kebab, VERSION, type CommandSpec, type ParsedArgs} from './spec.js';

export {VERSION, helpText, type CommandSpec, type FlagSpec, type ParsedArgs} from './spec.js';

export function parseArgs(spec: CommandSpec, argv: string[]): ParsedArgs {
	const separator = argv.indexOf('--');
	const before = separator === -1 ? argv : argv.slice(0, separator);
	const rest = separator === -1 ? undefined : argv.slice(separator + 1);
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

	const input = cli.input.map(String);
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

	return {input, flags: cli.flags as Record<string, unknown>, rest};
}
