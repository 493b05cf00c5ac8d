// The terminal UI's own options: --reveal-timeout SECONDS and --envs FILE.
import {UsageError} from '../core/errors.js';

export type TuiOptions = {revealTimeoutMs: number; envsFile?: string};

export const DEFAULT_REVEAL_TIMEOUT_S = 30;

export function parseTuiArgs(argv: readonly string[]): TuiOptions {
	const options: TuiOptions = {revealTimeoutMs: DEFAULT_REVEAL_TIMEOUT_S * 1000};
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		const [flag, inline] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
		const take = (): string => {
			if (inline !== undefined) {
				return inline;
			}

			const next = argv[++index];
			if (next === undefined) {
				throw new UsageError(`${flag} needs a value; see secrets-tui --help.`);
			}

			return next;
		};

		if (flag === '--reveal-timeout') {
			const text = take();
			const seconds = Number(text);
			if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
				throw new UsageError(`--reveal-timeout takes a number of seconds (0 never masks again), not "${text}".`);
			}

			options.revealTimeoutMs = Math.round(seconds * 1000);
		} else if (flag === '--envs') {
			options.envsFile = take();
		} else {
			throw new UsageError(`The terminal UI has no option "${argument}"; see secrets-tui --help.`);
		}
	}

	return options;
}
