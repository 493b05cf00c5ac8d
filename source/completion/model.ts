// What shell completion knows, read from the command tables (the registry's list + each command's spec): one
// model, three scripts (bash.ts, zsh.ts, fish.ts). Secret and environment names are never in the
// script: it asks `secrets-tui list --names` and `secrets-tui envs --names` at completion time.
import {GLOBAL_FLAGS, kebab, type CommandEntry, type CommandSpec, type Completion, type FlagSpec} from '../cli/spec.js';
import {spec as tuiSpec} from '../cli/tui-options.js';

export type OptionModel = {long: string; short?: string; takesValue: boolean; complete?: Completion; description: string};

export type CommandModel = {
	name: string;
	aliases: string[];
	summary: string;
	options: OptionModel[];
	/** What each positional argument completes to. */
	args: Completion[];
	/** What completes after `--`. */
	rest?: Completion;
};

/** `storeCommands`: the words after `store` (add, list, …), from the store command's own module. */
export type CompletionModel = {commands: CommandModel[]; topOptions: OptionModel[]; storeCommands: readonly string[]};

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export const HELP_OPTION: OptionModel = {long: '--help', short: '-h', takesValue: false, description: 'show help'};

export function optionsOf(spec: CommandSpec): OptionModel[] {
	const flags: Record<string, FlagSpec> = {...spec.flags, ...GLOBAL_FLAGS};
	const options = Object.entries(flags).map(([name, flag]): OptionModel => {
		const negated = flag.type === 'boolean' && flag.default === true;
		return {
			long: `--${negated ? 'no-' : ''}${kebab(name)}`,
			...(flag.shortFlag && !negated ? {short: `-${flag.shortFlag}`} : {}),
			takesValue: flag.type !== 'boolean',
			...(flag.complete ? {complete: flag.complete} : {}),
			description: flag.description,
		};
	});
	return [...options, {...HELP_OPTION, description: 'show this help'}];
}

/** The model of `commands` (the registry's list, handed in by the CLI: this file does not import the registry). */
export async function completionModel(entries: readonly CommandEntry[]): Promise<CompletionModel> {
	const modules = await Promise.all(entries.map((command) => command.load()));
	const commands = entries.map((command, index): CommandModel => {
		const {spec} = modules[index]!;
		return {
			name: command.name,
			aliases: command.aliases ?? [],
			summary: command.summary,
			options: optionsOf(spec),
			args: spec.complete?.args ?? [],
			...(spec.complete?.rest ? {rest: spec.complete.rest} : {}),
		};
	});
	commands.push({name: 'help', aliases: [], summary: 'Show the help of a command', options: [], args: ['command']});
	const topOptions = [HELP_OPTION, {long: '--version', short: '-v', takesValue: false, description: 'show the version'}, ...optionsOf(tuiSpec).slice(0, -1)];
	// Taken from the module loaded above: a static import would build the store's code into this chunk again.
	const store = modules[entries.findIndex((command) => command.name === 'store')] as {STORE_COMMANDS?: readonly string[]} | undefined;
	return {commands, topOptions, storeCommands: store?.STORE_COMMANDS ?? []};
}

/** Every name a command answers to. */
export function namesOf(command: CommandModel): string[] {
	return [command.name, ...command.aliases];
}

/** A word in single quotes for sh-like shells (bash, zsh) and fish. */
export function singleQuote(text: string, shell: Shell): string {
	return shell === 'fish' ? `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : `'${text.replaceAll("'", "'\\''")}'`;
}
