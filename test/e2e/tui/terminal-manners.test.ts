// Terminal manners of the built program in a real pseudo-terminal: the user's scrollback survives a
// session, the footer shows whole hints on the same row of every screen, and the form's errors wrap
// inside their own rows at every size down to 40×10.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ALL_KEY_TABLES} from '../../../source/ui/keys/allKeys.js';
import {KEYS, PtySession, delay} from '../../helpers/pty.js';
import {tempHome} from '../../helpers/temp.js';
import {writeStore} from '../../ui/entries.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

function start(home: string, options: {cols?: number; rows?: number} = {}): PtySession {
	const session = new PtySession({home, cwd: home, ...options});
	sessions.push(session);
	return session;
}

/** Waits for the screen, then lets the new screen's key handler subscribe (a person's reaction time). */
async function settle(session: PtySession, match: string | ((screen: string) => boolean), timeoutMs?: number): Promise<string[]> {
	await session.waitFor(match, timeoutMs);
	await delay(80);
	return session.screen();
}

// A hint is `keys label`, or the binding's own shorter `hint` (read loosely, so this runs on any version).
const EVERY_HINT = new Set(
	ALL_KEY_TABLES.flatMap((table) => table.bindings.filter((binding) => binding.footer).map((binding) => (binding as {hint?: string}).hint ?? `${binding.keys} ${binding.label}`)),
);

/** The footer row split into its hints: every piece must be one whole hint from a key table. */
function hintsOf(row: string): string[] {
	return row.trim().split(/ {2,}/).filter(Boolean);
}

describe('terminal manners', () => {
	it('leaves the lines the terminal held before (its scrollback) as they were after quit', async () => {
		const home = tempHome();
		writeStore(home, {A: 'kept-out-of-history'});
		const session = start(home, {cols: 80, rows: 20});
		// A shell's history: more lines than the screen holds, so most are in the scrollback.
		for (let line = 1; line <= 60; line++) {
			session.term.write(`history line ${line}\r\n`);
		}

		session.term.write('user@host:~$ secrets-tui\r\n');
		await settle(session, 'A ', 15_000);
		await session.press(' ');
		await settle(session, 'kept-out-of-history');
		// A window made smaller than the frame: ink clears the terminal then, and must not erase the history.
		session.resize(40, 8);
		await delay(300);
		session.resize(80, 20);
		await settle(session, 'kept-out-of-history');
		await session.press('q');
		expect(await session.exited).toBe(0);
		await delay(100);
		expect(session.term.buffer.active).toBe(session.term.buffer.normal);
		const lines = await session.allLines();
		const history = lines.filter((line) => line.startsWith('history line '));
		expect(history).toEqual(Array.from({length: 60}, (_, index) => `history line ${index + 1}`));
		expect(lines).toContain('user@host:~$ secrets-tui');
		expect(lines.join('\n')).not.toContain('kept-out-of-history');
		// `ESC [3J` erases a terminal's saved lines (xterm, tmux, most emulators): never sent.
		expect(session.raw).not.toContain('\u001B[3J');
	});

	it('shows every footer hint whole at 100 columns, on the second-last row of every screen', async () => {
		const home = tempHome();
		writeStore(home, {API_KEY: 'one', DB_PASSWORD: 'two'});
		fs.writeFileSync(
			path.join(home, 'environments.yaml'),
			'- name: api\n  secrets: [API_KEY]\n  executables:\n    - label: call\n      instances:\n        - command: echo hi\n',
		);
		const rows = 30;
		const session = start(home, {cols: 100, rows});
		const footerRow = rows - 2;
		const footer = async (expected: string) => {
			const screen = await settle(session, (s) => s.split('\n')[footerRow]!.includes(expected), 8000);
			const hints = hintsOf(screen[footerRow]!);
			for (const hint of hints) {
				expect(EVERY_HINT).toContain(hint);
			}

			return hints;
		};

		const list = await footer('q quit');
		expect(list).toEqual(['Space reveal', 'o/→ open', 'c copy', 'a add', 'e edit', 'd delete', '/ filter', 'r run', 's sort', '? help', 'q quit']);
		await session.press('?');
		expect(await footer('close')).toContain('Esc/?/q close');
		await session.press(KEYS.escape);
		await footer('q quit');
		await session.press('o');
		expect(await footer('close')).toContain('Esc/←/o/q close');
		await session.press(KEYS.escape);
		await footer('q quit');
		await session.press('a');
		expect(await footer('cancel')).toContain('Esc cancel');
		await session.press(KEYS.escape);
		await footer('q quit');
		await session.press('r');
		// The run panel's steps: the footer stays on the same row as everywhere else.
		expect(await footer('Enter next')).toContain('Esc close');
		// Its key handler subscribes just after its first frame (see run-panel.test.ts).
		await delay(150);
		await session.press(KEYS.enter);
		expect(await footer('Esc back')).toContain('Enter next');
		await session.press(KEYS.enter, KEYS.enter);
		await footer('Ctrl+T run in the terminal');
		await session.press(KEYS.enter);
		expect(await footer('R run again')).toContain('Esc back');
		// Back through the steps, and Esc on the first closes the panel.
		await session.press(KEYS.escape, KEYS.escape, KEYS.escape, KEYS.escape);
		expect(await footer('Esc close')).toContain('Enter next');
		await session.press(KEYS.escape);
		await footer('q quit');
		await session.press('q');
		expect(await session.exited).toBe(0);
	});

	it('drops whole hints at 40 columns, keeping help and quit, and offers only what an empty list can do', async () => {
		const home = tempHome();
		writeStore(home, {API_KEY: 'one'});
		const session = start(home, {cols: 40, rows: 10});
		let screen = await settle(session, 'q quit', 15_000);
		let hints = hintsOf(screen[8]!);
		expect(hints.slice(-2)).toEqual(['? help', 'q quit']);
		expect(hints.length).toBeGreaterThan(2);
		for (const hint of hints) {
			expect(EVERY_HINT).toContain(hint);
		}

		expect(screen.every((line) => [...line].length <= 40)).toBe(true);
		// Delete the only secret: now only add, run, help and quit can be done.
		await session.press('d');
		await settle(session, 'Delete API_KEY?');
		await session.press('y');
		screen = await settle(session, 'No secrets yet');
		hints = hintsOf(screen[8]!);
		expect(hints).toEqual(['a add', 'r run', '? help', 'q quit']);
		await session.press('q');
		expect(await session.exited).toBe(0);
	});

	for (const [cols, rows] of [
		[40, 10],
		[60, 12],
	] as const) {
		it(`wraps the form's errors inside their own rows at ${cols}×${rows}`, async () => {
			const home = tempHome();
			writeStore(home, {API_KEY: 'one'});
			const session = start(home, {cols, rows});
			await settle(session, 'API_KEY', 15_000);
			const check = (screen: string[]) => {
				expect(screen.every((line) => [...line].length <= cols)).toBe(true);
				const value = screen.findIndex((line) => line.startsWith('Value:'));
				const name = screen.findIndex((line) => line.startsWith('Name :'));
				expect(name).toBeGreaterThan(0);
				expect(value).toBeGreaterThan(name);
				// The rows between the fields are the error, each indented by exactly two spaces.
				const note = screen.slice(name + 1, value);
				for (const line of note) {
					expect(line).toMatch(/^ {2}\S/);
				}

				return note.map((line) => line.trim()).join(' ');
			};

			await session.press('a');
			await settle(session, 'Name :');
			await session.type('1bad');
			await session.press(KEYS.enter);
			let screen = await settle(session, 'is not a valid name');
			expect(check(screen)).toBe('"1bad" is not a valid name: a name starts with a letter or _, then has only letters, digits, _, . and -, at most 128 characters.');
			await session.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace);
			await session.type('API_KEY');
			await session.press(KEYS.enter);
			await session.type('new');
			await session.press(KEYS.enter);
			await settle(session, 'y yes  any other key no');
			await session.press('n');
			screen = await settle(session, 'exists and was kept');
			expect(check(screen)).toBe('API_KEY exists and was kept as it is: change the name, or press Enter on the value and answer y.');
			await session.press(KEYS.escape, 'q');
			expect(await session.exited).toBe(0);
		});
	}
});
