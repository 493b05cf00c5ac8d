// The one argument parser of every subcommand: Node's util.parseArgs (it loads nothing; meow cost
// about 20 ms) splits the words, driven by the command's `spec` table; this file turns what it found
// into values and every mistake into a sentence that says what to do (UsageError, exit 2).
import {parseArgs as splitArgs} from 'node:util';
import {UsageError} from '../util/errors.js';
import {shellJoin} from '../launch/quote.js';
import {helpText, kebab, positionalUsage, type CommandSpec, type FlagSpec, type ParsedArgs} from './spec.js';
import {didYouMean} from '../util/nearest.js';

export {helpText, type CommandSpec, type FlagSpec, type ParsedArgs} from './spec.js';

export type Parsed = ParsedArgs & {
	/** -h or --help was given (before any `--`): the caller prints `helpText(spec)` and exits 0. */
	help: boolean;
};

type Token = ReturnType<typeof splitArgs>['tokens'] extends Array<infer T> | undefined ? T : never;

export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): Parsed {
	const separator = argv.indexOf('--');
	const before = separator === -1 ? [...argv] : argv.slice(0, separator);
	const rest = separator === -1 ? undefined : argv.slice(separator + 1);
	const table = spec.flags ?? {};
	const byName = new Map<string, [string, FlagSpec]>();
	const options: Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}> = {help: {type: 'boolean', short: 'h'}};
	for (const [name, flag] of Object.entries(table)) {
		byName.set(kebab(name), [name, flag]);
		options[kebab(name)] = {
			type: flag.type === 'boolean' ? 'boolean' : 'string',
			...(flag.shortFlag ? {short: flag.shortFlag} : {}),
			...(flag.isMultiple ? {multiple: true} : {}),
		};
	}

	// Not strict: unknown options, missing values and `--no-X` come back as tokens, and each gets its own sentence.
	const {tokens} = splitArgs({args: before, options, strict: false, allowPositionals: true, tokens: true});
	const flags = defaults(table);
	const input: string[] = [];
	let help = false;
	let programAt: number | undefined;
	for (const token of tokens) {
		if (token.kind === 'positional') {
			if (spec.takesRest && rest === undefined && input.length === (spec.maxArgs ?? spec.minArgs ?? 0)) {
				// `exec --secret A ls -l`: what follows is meant for the program, options and all.
				programAt = token.index;
				break;
			}

			input.push(token.value);
			continue;
		}

		if (token.kind !== 'option') {
			continue;
		}

		if (token.name === 'help') {
			help = true;
			continue;
		}

		const [name, flag, value] = readOption(spec, byName, token);
		if (flag.isMultiple) {
			(flags[name] as unknown[]).push(value);
		} else {
			flags[name] = value;
		}
	}

	if (!help && programAt !== undefined) {
		throw missingSeparator(spec, argv, programAt);
	}

	if (!help) {
		checkCounts(spec, {input, rest});
	}

	return {input, flags, rest, help};
}

/** Parses, or prints the help and returns undefined (the command then exits 0). */
export function parseOrHelp(spec: CommandSpec, argv: readonly string[]): ParsedArgs | undefined {
	const {help, ...parsed} = parseCommandArgs(spec, argv);
	if (help) {
		process.stdout.write(helpText(spec) + '\n');
		return undefined;
	}

	return parsed;
}

function defaults(table: Record<string, FlagSpec>): Record<string, unknown> {
	const flags: Record<string, unknown> = {};
	for (const [name, flag] of Object.entries(table)) {
		if (flag.default !== undefined) {
			flags[name] = flag.default;
		} else if (flag.isMultiple) {
			flags[name] = [];
		}
	}

	return flags;
}

function readOption(spec: CommandSpec, byName: Map<string, [string, FlagSpec]>, token: Extract<Token, {kind: 'option'}>): [string, FlagSpec, unknown] {
	const see = `\`${commandName(spec)} --help\` lists its options`;
	let entry = byName.get(token.name);
	let negated = false;
	if (!entry && token.name.startsWith('no-') && token.rawName.startsWith('--')) {
		const positive = byName.get(token.name.slice(3));
		if (positive?.[1].type === 'boolean') {
			entry = positive;
			negated = true;
		}
	}

	if (!entry) {
		// --no-envs for an option that takes a value is no typo of it: no guess then.
		const negatedValue = token.name.startsWith('no-') && byName.has(token.name.slice(3));
		const near = token.rawName.startsWith('--') && !negatedValue ? didYouMean(token.rawName, [...byName.keys()].map((name) => `--${name}`)) : '';
		throw new UsageError(`Unknown option ${token.rawName} for ${commandName(spec)}${near}; ${see}.`);
	}

	const [name, flag] = entry;
	const shown = `--${kebab(name)}`;
	if (flag.type === 'boolean') {
		if (token.value !== undefined) {
			throw new UsageError(`The option ${negated ? token.rawName : shown} takes no value; write it alone, without "=${token.value}".`);
		}

		return [name, flag, !negated];
	}

	const placeholder = flag.value ?? (flag.type === 'number' ? 'N' : 'VALUE');
	const text = token.value;
	if (text === undefined || text === '') {
		throw new UsageError(`The option ${shown} needs a value, as in ${shown} ${placeholder}; ${see}.`);
	}

	if (!token.inlineValue && isOptionOf(byName, text)) {
		throw new UsageError(`The option ${shown} needs a value, but "${text}" follows it; give the value (write ${shown}=${text} if that is the value).`);
	}

	if (flag.type === 'number') {
		const number = Number(text);
		if (text.trim() === '' || !Number.isFinite(number)) {
			throw new UsageError(`The option ${shown} takes a number, not "${text}", as in ${shown} 4.`);
		}

		return [name, flag, number];
	}

	return [name, flag, text];
}

/** `--dry-run` after `--envs` is more likely a forgotten value than a file name (`--sbatch --time=1:00` is a value). */
function isOptionOf(byName: Map<string, [string, FlagSpec]>, text: string): boolean {
	const match = /^--?([^=]+)/.exec(text);
	if (!match || /^-[\d.]/.test(text)) {
		return false;
	}

	const name = match[1]!;
	return name === 'help' || name === 'h' || byName.has(name) || (name.startsWith('no-') && byName.has(name.slice(3))) || [...byName.values()].some(([, flag]) => flag.shortFlag === name);
}

type Counted = {input: string[]; rest: string[] | undefined};

/** The positional arguments' count and `--`: each mistake says what to type instead. */
function checkCounts(spec: CommandSpec, {input, rest}: Counted): void {
	const min = spec.minArgs ?? 0;
	const max = spec.maxArgs ?? min;
	const positional = positionalUsage(spec);
	if (input.length < min) {
		const missing = positional.split(' ').slice(input.length, min).join(' ');
		throw new UsageError(`Missing ${missing}: ${commandName(spec)} ${spec.usage}.`);
	}

	if (input.length > max) {
		const extra = input.slice(max);
		const takes = max === 0 ? 'takes no arguments' : `takes ${positional}`;
		const words = extra.map((word) => `"${word}"`).join(', ');
		const quoting = max > 0 ? ' (or quote a value that has spaces)' : '';
		throw new UsageError(`Too many arguments: ${commandName(spec)} ${takes}; remove ${words}${quoting}.`);
	}

	if (rest && !spec.takesRest) {
		const tail = shellJoin(['--', ...rest]);
		throw new UsageError(`Nothing goes after \`--\` in ${commandName(spec)}; remove \`${tail}\`.`);
	}
}

/** `secrets-tui get`; `secrets-tui` for the terminal UI's own table (no name). */
function commandName(spec: CommandSpec): string {
	return spec.name ? `secrets-tui ${spec.name}` : 'secrets-tui';
}

/** The words meant for the program (from argv[at] on) need `--` in front of them. */
function missingSeparator(spec: CommandSpec, argv: readonly string[], at: number): UsageError {
	const fixed = shellJoin(['secrets-tui', spec.name, ...argv.slice(0, at), '--', ...argv.slice(at)]);
	const what = (spec.maxArgs ?? spec.minArgs ?? 0) === 0 ? 'the command' : 'the arguments for the program';
	return new UsageError(`Put \`--\` before ${what}: ${fixed}.`);
}
