// Hands the whole terminal to a child (for interactive programs) and takes it back when it ends and
// the user has pressed Enter (as lazygit does), so short output stays on the screen to be read.
// The caller has made ink leave raw mode and stop reading keys first (no active useInput). The child's
// output is not redacted: it goes straight to the terminal, as with `secrets-tui run --no-redact`.
import type {LaunchPlan, RunHandle} from '../../launch/types.js';
import {launch} from '../../launch/launch.js';
import {ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN} from '../shared/terminal.js';

const HIDE_CURSOR = '\u001B[?25l';

export function handOver(plan: LaunchPlan): RunHandle {
	// In cooked mode Ctrl+C sends SIGINT to this process too: the launcher absorbs it while the child
	// runs and for a moment after (it shares the terminal), so it never kills the TUI.
	const stdin = process.stdin;
	// Cooked mode for the child (ink has left raw mode already; this makes sure of it), and stop this
	// process from reading the terminal, so every key goes to the child.
	if (stdin.isTTY) {
		stdin.setRawMode(false);
	}

	stdin.pause();
	const handle = stdin as unknown as {_handle?: {readStop?: () => void; readStart?: () => void}};
	handle._handle?.readStop?.();
	process.stdout.write(LEAVE_ALT_SCREEN);
	let child: RunHandle;
	try {
		child = launch(plan, {inherit: true});
	} catch (error) {
		takeBack();
		throw error;
	}

	return {
		...child,
		result: child.result.then(async (result) => {
			await pressEnter();
			takeBack();
			return result;
		}),
	};
}

export const RETURN_PROMPT = 'Press Enter to return to secrets-tui';

/**
 * Says so and waits for Enter (Ctrl+C and Esc count too, so no key is a trap). Raw mode while it
 * waits: a Ctrl+C is a key here, not a signal to the TUI. Reading stops again afterwards, for ink.
 */
function pressEnter(): Promise<void> {
	const stdin = process.stdin;
	if (!stdin.isTTY) {
		return Promise.resolve();
	}

	process.stdout.write(`\n${RETURN_PROMPT}`);
	stdin.setRawMode(true);
	return new Promise((resolve) => {
		const onData = (data: Buffer) => {
			if (!/[\r\n\u0003\u001B]/.test(data.toString('latin1'))) {
				return;
			}

			stdin.off('data', onData);
			stdin.pause();
			stdin.setRawMode(false);
			process.stdout.write('\n');
			resolve();
		};

		stdin.on('data', onData);
		stdin.resume();
	});
}

/** Back to the alternate screen (blank: ink redraws the whole frame on its next render). */
function takeBack(): void {
	process.stdout.write(ENTER_ALT_SCREEN + HIDE_CURSOR);
}
