// The built program in a real pseudo-terminal, driven the way a person uses it; the store file is
// read back after every change, and after quit no value shown may be left in any buffer.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli} from '../../helpers/cli.js';
import {KEYS, PtySession, delay} from '../../helpers/pty.js';
import {tempHome} from '../../helpers/temp.js';
import {readValues, writeStore} from '../../ui/entries.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

function start(home: string, options: {args?: string[]; cols?: number; rows?: number; env?: Record<string, string>} = {}): PtySession {
	const session = new PtySession({home, ...options});
	sessions.push(session);
	// A new screen's key handlers subscribe just after its frame is drawn: settle before the next
	// key, as a person's reaction time does (CI machines are slow and shared).
	const waitFor = session.waitFor.bind(session);
	session.waitFor = async (...args: Parameters<PtySession['waitFor']>) => {
		const screen = await waitFor(...args);
		await delay(60);
		return screen;
	};

	return session;
}

const selectedRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('›')) ?? '';
const row = (screen: string, name: string) => screen.split('\n').find((line) => line.slice(2).startsWith(name + ' ')) ?? '';

async function expectNoValueLeft(session: PtySession, values: string[]): Promise<void> {
	const lines = await session.everyBufferLine();
	for (const value of values) {
		expect(lines.filter((line) => line.includes(value))).toEqual([]);
	}
}

describe('secrets-tui in a terminal', () => {
	it('opens, moves, reveals, adds, refuses to add over a name without y, overwrites, deletes, filters and quits clean', async () => {
		const home = tempHome();
		writeStore(home, {API_KEY: 'api-value-1111', DB_PASSWORD: 'db-value-2222', ZULU: 'zulu-value-3333'});
		const session = start(home);
		// What the terminal showed before (a shell prompt): it must be there, untouched, after quit.
		session.term.write('user@host:~$ secrets-tui\r\n');
		let screen = await session.waitFor('ZULU', 15_000);
		expect(selectedRow(screen)).toContain('API_KEY');
		expect(screen).toContain('••••••••');
		expect(screen).not.toContain('value-');

		// Move and reveal / hide.
		await session.press('j');
		screen = await session.waitFor((s) => selectedRow(s).includes('DB_PASSWORD'));
		await session.press(' ');
		screen = await session.waitFor('db-value-2222');
		expect(screen).not.toContain('api-value-1111');
		await session.press(' ');
		await session.waitFor((s) => !s.includes('db-value-2222'));
		await session.press(KEYS.down, KEYS.enter);
		await session.waitFor('zulu-value-3333');
		await session.press('g');
		await session.waitFor((s) => selectedRow(s).includes('API_KEY'));

		// Add.
		await session.press('a');
		await session.waitFor('Add a secret');
		await session.type('NEW_TOKEN');
		await session.press(KEYS.enter);
		await session.type('new-value-4444');
		// The list's fixed mask, whatever the length (one • per character told it).
		screen = await session.waitFor('Value: ••••••••');
		expect(screen).not.toContain('•••••••••');
		expect(screen).not.toContain('new-value-4444');
		await session.press(KEYS.enter);
		screen = await session.waitFor('Saved NEW_TOKEN');
		expect(selectedRow(screen)).toContain('NEW_TOKEN');
		expect(readValues(home)).toEqual({API_KEY: 'api-value-1111', DB_PASSWORD: 'db-value-2222', NEW_TOKEN: 'new-value-4444', ZULU: 'zulu-value-3333'});

		// Adding over an existing name is refused without y.
		await session.press('a');
		await session.waitFor('Add a secret');
		await session.type('API_KEY');
		await session.press(KEYS.enter);
		await session.type('replaced-5555');
		await session.press(KEYS.enter);
		await session.waitFor('Overwrite API_KEY? (y/N)');
		await session.press('n');
		await session.waitFor('API_KEY exists and was kept');
		expect(readValues(home).API_KEY).toBe('api-value-1111');
		await session.press(KEYS.escape);
		await session.waitFor((s) => !s.includes('Add a secret'));
		expect(readValues(home).API_KEY).toBe('api-value-1111');

		// Overwrite the selected secret.
		await session.press('g', 'e');
		await session.waitFor('Overwrite API_KEY');
		// The field starts with the current value: Ctrl+U clears it.
		await session.press('\u0015');
		await session.type('api-value-6666');
		await session.press(KEYS.enter);
		await session.waitFor('Overwrite API_KEY? (y/N)');
		await session.press('y');
		await session.waitFor('Changed API_KEY');
		expect(readValues(home).API_KEY).toBe('api-value-6666');
		await session.press(' ');
		await session.waitFor('api-value-6666');

		// Delete: n keeps it, y deletes it.
		await session.press('G');
		await session.waitFor((s) => selectedRow(s).includes('ZULU'));
		await session.press('d');
		await session.waitFor('Delete ZULU? (y/N)');
		await session.press('n');
		await session.waitFor('Kept ZULU');
		expect(Object.keys(readValues(home))).toContain('ZULU');
		await session.press('d');
		await session.waitFor('Delete ZULU? (y/N)');
		await session.press('y');
		screen = await session.waitFor('Deleted ZULU');
		await session.waitFor((s) => row(s, 'ZULU') === '');
		expect(Object.keys(readValues(home)).sort()).toEqual(['API_KEY', 'DB_PASSWORD', 'NEW_TOKEN']);

		// Filter.
		await session.press('/');
		await session.type('tok');
		screen = await session.waitFor((s) => !s.includes('DB_PASSWORD') && s.includes('NEW_TOKEN'));
		expect(row(screen, 'API_KEY')).toBe('');
		await session.press(KEYS.escape);
		await session.waitFor((s) => s.includes('DB_PASSWORD') && s.includes('API_KEY'));

		// Show everything, then quit: nothing shown may remain anywhere.
		await session.press('v');
		await session.waitFor((s) => s.includes('new-value-4444') && s.includes('db-value-2222'));
		await session.press('q');
		expect(await session.exited).toBe(0);
		expect(session.term.buffer.active).toBe(session.term.buffer.normal);
		expect((await session.screen())[0]).toBe('user@host:~$ secrets-tui');
		await expectNoValueLeft(session, ['api-value', 'db-value', 'zulu-value', 'new-value', 'replaced-5555', '••••', 'secrets-tui  ']);
		// After leaving the alternate screen, nothing but "show the cursor".
		expect(session.raw).toMatch(/\u001B\[\?1049l(?:\u001B\[\?25h)+$/);
	});

	it('shows a change made by `secrets-tui set` in another process within two seconds', async () => {
		const home = tempHome();
		writeStore(home, {FIRST: 'one'});
		const session = start(home);
		await session.waitFor('FIRST', 15_000);
		const result = await runCli(['set', 'FROM_OUTSIDE', '-'], {home, input: 'outside-value', cwd: path.dirname(home)});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const written = Date.now();
		await session.waitFor('FROM_OUTSIDE', 2000);
		expect(Date.now() - written).toBeLessThan(2000);
		await session.press(KEYS.ctrlC);
		expect(await session.exited).toBe(0);
	});

	it('re-lays out on resize and stays usable at 40×10', async () => {
		const home = tempHome();
		writeStore(home, Object.fromEntries(Array.from({length: 40}, (_, index) => [`SECRET_WITH_A_LONG_NAME_${index}`, `long-value-${index}`])));
		const session = start(home);
		await session.waitFor('SECRET_WITH_A_LONG_NAME_0', 15_000);
		session.resize(40, 10);
		await delay(300);
		await session.press('G', ' ');
		const screen = await session.waitFor((s) => selectedRow(s).includes('long-val'));
		expect(screen.split('\n').every((line) => [...line].length <= 40)).toBe(true);
		expect(screen).toContain('? help');
		await session.press('?');
		await session.waitFor('Secret list');
		await session.press(KEYS.escape, 'q');
		expect(await session.exited).toBe(0);
		await expectNoValueLeft(session, ['long-val']);
	});

	it.each(['SIGTERM', 'SIGHUP'])('leaves the alternate screen with nothing shown left behind on %s', async (signal) => {
		const home = tempHome();
		writeStore(home, {A: 'signalled-value'});
		const session = start(home);
		await session.waitFor('A ', 15_000);
		await session.press(' ');
		await session.waitFor('signalled-value');
		session.kill(signal);
		await session.exited;
		await delay(100);
		expect(session.term.buffer.active).toBe(session.term.buffer.normal);
		expect(session.raw).toContain('\u001B[?1049l');
		await expectNoValueLeft(session, ['signalled-value']);
	});

	it('leaves the alternate screen with nothing shown left behind on an uncaught error', async () => {
		const home = tempHome();
		writeStore(home, {A: 'crash-value'});
		// Loaded into the real program: on SIGUSR2, an error nobody catches.
		const crash = `data:text/javascript,${encodeURIComponent("process.on('SIGUSR2', () => setImmediate(() => { throw new Error('boom from a test'); }));")}`;
		const session = start(home, {env: {NODE_OPTIONS: `--import=${crash}`}});
		await session.waitFor('A ', 15_000);
		await session.press(' ');
		await session.waitFor('crash-value');
		session.kill('SIGUSR2');
		expect(await session.exited).toBe(1);
		await delay(100);
		expect(session.term.buffer.active).toBe(session.term.buffer.normal);
		await expectNoValueLeft(session, ['crash-value']);
		expect((await session.allLines()).join('\n')).toContain('boom from a test');
	});

	it('says it needs a terminal and exits 2 when stdin or stdout is not one', async () => {
		const home = tempHome();
		const result = await runCli([], {home, cwd: path.dirname(home)});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/only when stdin and stdout are both a terminal.*subcommands/s);
		// The CLI's error printer adds the program's name once.
		expect(result.stderr).toMatch(/^secrets-tui: The terminal UI opens only/);
		expect(result.stderr.match(/secrets-tui:/g)).toHaveLength(1);
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('passes --reveal-timeout: 1 second re-masks a shown value', async () => {
		const home = tempHome();
		writeStore(home, {A: 'timeout-value'});
		const session = start(home, {args: ['--reveal-timeout', '1']});
		await session.waitFor('A ', 15_000);
		await session.press(' ');
		await session.waitFor('timeout-value');
		await session.waitFor((s) => !s.includes('timeout-value'), 4000);
		await session.press('q');
		expect(await session.exited).toBe(0);
	});
});
