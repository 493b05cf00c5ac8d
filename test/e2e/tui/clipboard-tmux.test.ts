// Issue 13: the clipboard is cleared in tmux. With `set -g set-clipboard on` (what the README asks for),
// tmux keeps each OSC 52 copy as a paste buffer and ignores the empty OSC 52 that clears other terminals.
// The built program runs in a real tmux on a private socket, with the clear delay shortened by the
// variable only tests set: after `c` the value is in a buffer; after the delay, and after quitting, no
// buffer holds it. The tmux server is killed afterwards.
import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {SecretStore} from '../../../source/store/store.js';
import {CLI} from '../../helpers/cli.js';
import {tempHome} from '../../helpers/temp.js';

const SOCKET = `stui-clip-${process.pid}`;

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/** The names of the buffers that hold exactly `value` (read here, in the test, to compare). */
function buffersHolding(value: string): string[] {
	let names: string[];
	try {
		names = tmux('list-buffers', '-F', '#{buffer_name}').split('\n').filter(Boolean);
	} catch {
		return [];
	}

	return names.filter((name) => {
		try {
			return tmux('show-buffer', '-b', name) === value;
		} catch {
			// Deleted between list-buffers and show-buffer (the clear this test waits for): it holds nothing.
			return false;
		}
	});
}

async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for ${what}. The pane:\n${tmux('capture-pane', '-p')}`);
		}

		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

const screenHas = (text: string) => () => tmux('capture-pane', '-p').includes(text);

afterEach(() => {
	try {
		tmux('kill-server');
	} catch {
		// Already gone.
	}
});

async function start(clearMs: number): Promise<string> {
	const value = `clip-${randomBytes(8).toString('hex')}`;
	const home = tempHome();
	await new SecretStore(path.join(home, 'secrets.json')).set('TOKEN', value);
	// The shell stays after the program ends, so the server (and its buffers) outlive it.
	const command = `env -u CI SECRETS_TUI_HOME='${home}' SECRETS_TUI_TEST_CLIPBOARD_CLEAR_MS=${clearMs} '${process.execPath}' '${CLI}'; echo program-ended; exec sleep 600`;
	tmux('-f', '/dev/null', 'new-session', '-d', '-x', '100', '-y', '30', command);
	tmux('set', '-g', 'set-clipboard', 'on');
	await until('the list', screenHas('TOKEN'));
	return value;
}

describe('the clipboard in tmux', () => {
	it('after c the value is in a paste buffer, and after the clear delay no buffer holds it', async () => {
		const value = await start(3000);
		tmux('send-keys', 'c');
		await until('the copy in a paste buffer', () => buffersHolding(value).length === 1);
		await until('the buffer to be deleted', () => buffersHolding(value).length === 0);
		// The program goes on: another copy makes a buffer again.
		tmux('send-keys', 'c');
		await until('the second copy in a paste buffer', () => buffersHolding(value).length === 1);
	});

	it('quitting deletes the buffer that holds the value, and leaves other buffers alone', async () => {
		const value = await start(600_000);
		tmux('set-buffer', '-b', 'mine', 'the user’s own text');
		tmux('set-buffer', '-b', 'same-size', value.replace(/.$/, '!'));
		tmux('send-keys', 'c');
		await until('the copy in a paste buffer', () => buffersHolding(value).length === 1);
		tmux('send-keys', 'q');
		await until('the program to end', screenHas('program-ended'));
		expect(buffersHolding(value)).toEqual([]);
		expect(tmux('show-buffer', '-b', 'mine')).toBe('the user’s own text');
		expect(tmux('show-buffer', '-b', 'same-size')).toBe(value.replace(/.$/, '!'));
	});
});
