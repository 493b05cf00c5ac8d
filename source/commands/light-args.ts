// A small parser for the launching commands (run, exec, envs), whose startup is measured against a bare
// `node` (BENCHMARKS.md): meow and its dependencies cost about 15 ms to load, a third of the budget.
// Same results and the same sentences as parseArgs for what these commands use: string, number and
// boolean flags (`--no-X` too), repeated flags, `--flag=value`, -h/--help, and `--` kept apart.
import {UsageError} from '../core/errors.js';
import {helpText, kebab, type CommandSpec, type FlagSpec, type ParsedArgs} from './spec.js';

export type LightParsed = ParsedArgs & {
	/** Help was asked for: the caller prints `helpText(spec)` and exits 0. */
	help: boolean;
};

export function parseLight(spec: CommandSpec, argv: string[]): LightParsed {
	const separator = argv.indexOf('--');
	const before = separator === -1 ? argv : argv.slice(0, separator);
	const rest = separator === -1 ? undefined : argv.slice(separator + 1);
	const specs = spec.flags ?? {};
	const byName = new Map<string, [string, FlagSpec]>();
	for (const [name, flag] of Object.entries(specs)) {
		byName.set(kebab(name), [name, flag]);
		if (flag.shortFlag) {
			byName.set(flag.shortFlag, [name, flag]);
		}
	}

	const flags: Record<string, unknown> = {};
	for (const [name, flag] of Object.entries(specs)) {
		if (flag.default !== undefined) {
			flags[name] = flag.default;
		} else if (flag.isMultiple) {
			flags[name] = [];
		}
	}

	const input: string[] = [];
	let help = false;
	for (let index = 0; index < before.length; index++) {
		const token = before[index]!;
		if (!token.startsWith('-') || token === '-') {
			input.push(token);
			continue;
		}

		const long = token.startsWith('--');
		const body = token.slice(long ? 2 : 1);
		const equals = body.indexOf('=');
		const key = equals === -1 ? body : body.slice(0, equals);
		const inline = equals === -1 ? undefined : body.slice(equals + 1);
		if (key === 'help' || key === 'h') {
			help = true;
			continue;
		}

		let entry = byName.get(key);
		let negated = false;
		if (!entry && long && key.startsWith('no-')) {
			const positive = byName.get(key.slice(3));
			if (positive?.[1].type === 'boolean') {
				entry = positive;
				negated = true;
			}
		}

		if (!entry || (!long && key.length !== 1)) {
			throw new UsageError(`Unknown option ${long ? `--${key}` : `-${key}`} for \`${spec.name}\`; \`secrets-tui ${spec.name} --help\` lists its options.`);
		}

		const [name, flag] = entry;
		let value: unknown;
		if (flag.type === 'boolean') {
			value = inline === undefined ? !negated : inline !== 'false';
		} else {
			const text = inline ?? before[++index];
			if (text === undefined || text === '') {
				throw new UsageError(`The option --${kebab(name)} needs a value; see \`secrets-tui ${spec.name} --help\`.`);
			}

			value = flag.type === 'number' ? Number(text) : text;
			if (flag.type === 'number' && Number.isNaN(value)) {
				throw new UsageError(`The option --${kebab(name)} takes a number, not "${text}".`);
			}
		}

		if (flag.isMultiple) {
			(flags[name] as unknown[]).push(value);
		} else {
			flags[name] = value;
		}
	}

	if (!help) {
		checkCounts(spec, input, rest);
	}

	return {input, flags, rest, help};
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

/** Parses, or prints the help and returns undefined. */
export function parseOrHelp(spec: CommandSpec, argv: string[]): ParsedArgs | undefined {
	const parsed = parseLight(spec, argv);
	if (parsed.help) {
		process.stdout.write(helpText(spec) + '\n');
		return undefined;
	}

	return parsed;
}
