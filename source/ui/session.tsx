// One session of the terminal UI in the alternate screen. Every value is drawn only there, and the
// alternate screen is wiped before the terminal leaves it, so nothing shown is left on the screen or
// in the scrollback: not on quit, not on an uncaught error, not on SIGTERM or SIGHUP. The user's own
// scrollback (what the shell showed before) is never erased.
import {render} from 'ink';
import {SecretStore} from '../store/store.js';
import {printableLines} from '../util/printable.js';
import {App} from './app.js';
import type {TuiOptions} from '../cli/tui-options.js';
import {clearPendingClipboard} from './shared/useClipboard.js';
import {loadSecrets} from './secrets/useSecrets.js';
import {drawStyles} from './shared/colour.js';
import {ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, keepingScrollback} from './shared/terminal.js';

/**
 * Frames are throttled to at most one per ~8 ms: a key press after a pause is drawn at once (the
 * throttle's leading edge) and key repeat never waits the 33 ms of ink's default 30 fps. Only the
 * visible rows are rendered, so a frame costs a few milliseconds whatever the store's size.
 */
export const MAX_FPS = 120;

export async function runTui(options: TuiOptions, colour: boolean): Promise<number> {
	const store = new SecretStore();
	const initial = loadSecrets(store);
	const stdout = process.stdout;
	let restored = false;
	const restore = () => {
		if (restored) {
			return;
		}

		restored = true;
		clearPendingClipboard();
		stdout.write(LEAVE_ALT_SCREEN);
	};

	// Registered before ink's own exit hooks, so these run first.
	const onSignal = (signal: NodeJS.Signals) => {
		instance.unmount();
		restore();
		process.exit(128 + (signal === 'SIGHUP' ? 1 : 15));
	};

	const onCrash = (error: unknown) => {
		try {
			instance.unmount();
		} catch {
			// The terminal matters more than a tidy unmount.
		}

		restore();
		process.stderr.write(`secrets-tui: unexpected error (a bug; please report it):\n${printableLines((error as Error)?.stack ?? String(error))}\n`);
		process.exit(1);
	};

	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	process.on('exit', restore);

	stdout.write(ENTER_ALT_SCREEN);
	drawStyles();
	const instance = render(<App store={store} envsFiles={options.envsFiles} revealTimeoutMs={options.revealTimeoutMs} initial={initial} colour={colour} />, {
		stdout: keepingScrollback(stdout),
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: MAX_FPS,
	});
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('exit', restore);
	}

	return 0;
}
