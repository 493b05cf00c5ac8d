// R on the list renames the selected secret, in a real pseudo-terminal: the field starts with the old
// name and edits through the one text-field engine (keys glued in one read act in order), an existing
// name asks before it is replaced, and the status line names the environments that still name the old one.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {KEYS} from '../../helpers/pty.js';
import {tempDir} from '../../helpers/temp.js';
import {requireRoot} from '../../helpers/users.js';
import {glued, paste, selectedRow, startTui} from './start.js';

const YAML = `
- name: python_env
  secrets: [WANDB=ghe-token]
  executables: []
- name: train_env
  secrets: [ghe-token]
  executables: []
`;

describe('R renames the selected secret', () => {
	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
	] as const) {
		it(`keeps created and note, asks before replacing, names the environments (${cols}×${rows})`, async () => {
			const {session, store} = await startTui({secrets: {'gh-token': 'old-value', 'ghe-token': 'ghp_value', OTHER: 'o'}, yaml: YAML, cols, rows});
			await store.set('ghe-token', 'ghp_value', {overwrite: true, note: 'from github.example.com'});
			const before = store.get('ghe-token')!;
			await session.press('j');
			await session.waitFor((screen) => selectedRow(screen).includes('ghe-token'));
			await session.press('R');
			await session.waitFor('New name: ghe-token');
			// Backspaces, text and Enter in one read: ghe-token → ghe-tokx! → refused with the rule.
			await glued(session, '\u007F\u007Fx!\r');
			await session.waitFor('"ghe-tokx!" is not a valid name');
			// Backspaces, text, Home, arrows, Delete and Enter in one read: ghe-token → gh-token, which exists.
			await glued(session, `\u007F\u007Fen${KEYS.home}${KEYS.right}${KEYS.right}\u001B[3~\r`);
			await session.waitFor(/A secret named gh-token exists\.\s+Replace\s+it\s+with\s+ghe-token\?\s+\(y\/N\)/);
			await session.press('n');
			await session.waitFor(/gh-token was kept as it is/);
			expect(store.get('gh-token')!.value).toBe('old-value');
			await glued(session, '\ry');
			const screen = await session.waitFor(/Renamed ghe-token → gh-token \(replaced\)/);
			expect(screen.replaceAll(/\s+/g, ' ')).toContain('python_env, train_env (environments.yaml) still name ghe-token');
			expect(selectedRow(screen)).toContain('gh-token');
			expect(store.get('ghe-token')).toBeUndefined();
			const after = store.get('gh-token')!;
			expect(after).toEqual({...before, updated: after.updated});
			for (const line of screen.split('\n')) {
				expect([...line].length).toBeLessThanOrEqual(cols);
			}
		});
	}

	it('Esc and Ctrl+C close the form and rename nothing; a paste of two lines is refused', async () => {
		const {session, store} = await startTui({secrets: {A: 'a', B: 'b'}, cols: 40, rows: 10});
		await session.press('R');
		await session.waitFor('New name: A');
		await paste(session, 'X\rY');
		await session.waitFor(/The paste has 2 lines and this field\s+takes one/);
		await glued(session, 'Z');
		await session.press(KEYS.escape);
		await session.waitFor((screen) => selectedRow(screen).startsWith('› A '));
		await session.press('R');
		await session.waitFor('New name: A');
		await glued(session, 'Q\u0003');
		await session.waitFor((screen) => selectedRow(screen).startsWith('› A '));
		expect(store.list().map((entry) => entry.name)).toEqual(['A', 'B']);
		// The TUI is still there: Enter on the same name says so, a new one renames.
		await session.press('R');
		await session.waitFor('New name: A');
		await glued(session, '\r');
		await session.waitFor(/That is the name it has/);
		await glued(session, '2\r');
		await session.waitFor('Renamed A → A2');
		expect(store.list().map((entry) => entry.name)).toEqual(['A2', 'B']);
	});

	it('renames within the team store S chose, and names the environments that still use lab/OLD', async () => {
		requireRoot();
		const folder = path.join(tempDir(), 'lab');
		const {session, home} = await startTui({
			cols: 40,
			rows: 10,
			yaml: '- name: team_env\n  secrets: [WANDB_API_KEY=lab/wandb]\n  executables: []\n',
			// Before the program starts: the team store lab, with one secret.
			prepare(home) {
				for (const args of [['store', 'add', 'lab', folder, '--group', 'root'], ['set', 'lab/wandb', 'team-value']]) {
					execFileSync(process.execPath, [CLI, ...args], {env: cliEnv(home), stdio: 'ignore'});
				}

				return {};
			},
		});
		await session.press('S');
		await session.waitFor('team lab');
		await session.press('R');
		await session.waitFor('New name: wandb');
		await glued(session, '-key\r');
		const screen = await session.waitFor(/Renamed wandb → wandb-key/);
		expect(screen.replaceAll(/\s+/g, ' ')).toContain('team_env (environments.yaml) still names lab/wandb');
		expect((await runCli(['list', '--all', '--names'], {home})).stdout).toBe('lab/wandb-key\n');
	});
});
