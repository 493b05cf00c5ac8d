// What describes a subcommand's arguments, and its help text: no parser here, so the entry point and
// the light parser can use them without loading meow.

import {UsageError} from '../core/errors.js';

export {VERSION} from '../core/version.js';

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

/** The positional arguments' count and `--`, checked the same way by both parsers. */
export function checkCounts(spec: CommandSpec, input: string[], rest: string[] | undefined): void {
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
