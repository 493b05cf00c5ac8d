// Copying a value to the clipboard with OSC 52 and clearing it again: plain logic, no React.
// Outside tmux the clear is an empty OSC 52, which terminals that take OSC 52 treat as "clear". tmux
// (with `set-clipboard on`) keeps each OSC 52 copy as a paste buffer and ignores an empty one, so
// under tmux ($TMUX set) the clear deletes the paste buffers that hold the value instead: each
// buffer of the value's size is read into memory and compared, never printed.
import {execFileSync} from 'node:child_process';
import {OSC52_CLEAR} from './terminal.js';

const CLIPBOARD_CLEAR_MS = 45_000;

/**
 * How long a copy stays: 45 s. SECRETS_TUI_TEST_CLIPBOARD_CLEAR_MS shortens it, for the tests that
 * watch a real tmux clear its buffer (no option: a user has no reason to change it).
 */
export function clipboardClearMs(env: NodeJS.ProcessEnv = process.env): number {
	const ms = Number(env.SECRETS_TUI_TEST_CLIPBOARD_CLEAR_MS);
	return Number.isInteger(ms) && ms > 0 ? ms : CLIPBOARD_CLEAR_MS;
}

/** Runs tmux with `args`; its stdout, or undefined when it fails (no server, no such buffer). */
export type TmuxRunner = (args: string[]) => Buffer | undefined;

const runTmux: TmuxRunner = (args) => {
	try {
		return execFileSync('tmux', args, {stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000, maxBuffer: 64 * 1024 * 1024});
	} catch {
		return undefined;
	}
};

/** Deletes every tmux paste buffer whose contents are `value`; how many it deleted. */
export function deleteTmuxBuffers(value: string, tmux: TmuxRunner = runTmux): number {
	const wanted = Buffer.from(value, 'utf8');
	const listed = tmux(['list-buffers', '-F', '#{buffer_size} #{buffer_name}']);
	let deleted = 0;
	for (const line of listed?.toString('utf8').split('\n') ?? []) {
		const space = line.indexOf(' ');
		const name = line.slice(space + 1);
		if (space <= 0 || Number(line.slice(0, space)) !== wanted.length) {
			continue;
		}

		const contents = tmux(['show-buffer', '-b', name]);
		if (contents?.equals(wanted) && tmux(['delete-buffer', '-b', name]) !== undefined) {
			deleted++;
		}
	}

	return deleted;
}

/** Takes the copied `value` off the clipboard: tmux's buffers under tmux, else an empty OSC 52 written with `write`. */
export function clearClipboard(value: string, write: (data: string) => void, env: NodeJS.ProcessEnv = process.env, tmux: TmuxRunner = runTmux): void {
	if (env.TMUX) {
		deleteTmuxBuffers(value, tmux);
	} else {
		write(OSC52_CLEAR);
	}
}
