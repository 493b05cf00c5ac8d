// The terminal UI's own options, --reveal-timeout SECONDS and --envs FILE, read by the subcommands'
// parser from a table like theirs.
import {UsageError} from '../util/errors.js';
import {parseCommandArgs} from './args.js';
import type {CommandSpec} from './spec.js';

export type TuiOptions = {revealTimeoutMs: number; envsFiles?: string[]};

export const DEFAULT_REVEAL_TIMEOUT_S = 30;

export const spec: CommandSpec = {
	name: '',
	usage: '[--reveal-timeout SECONDS] [--envs FILE]',
	help: 'Open the terminal UI on your store.',
	flags: {
		revealTimeout: {type: 'number', value: 'SECONDS', description: 'mask a shown value again after this long (default 30; 0 never)'},
		envs: {type: 'string', isMultiple: true, value: 'FILE', complete: 'file', description: 'environment definitions for the run panel (repeat for several files)'},
	},
};

export function parseTuiArgs(argv: readonly string[]): TuiOptions {
	const {flags} = parseCommandArgs(spec, argv);
	const options: TuiOptions = {revealTimeoutMs: DEFAULT_REVEAL_TIMEOUT_S * 1000};
	const seconds = flags.revealTimeout as number | undefined;
	if (seconds !== undefined) {
		if (seconds < 0) {
			throw new UsageError(`The option --reveal-timeout takes a number of seconds, 0 or more (0 never masks again), not "${seconds}".`);
		}

		options.revealTimeoutMs = Math.round(seconds * 1000);
	}

	const envs = flags.envs as string[];
	if (envs.length > 0) {
		options.envsFiles = envs;
	}

	return options;
}
