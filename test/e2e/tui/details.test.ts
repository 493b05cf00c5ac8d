// The details of a secret (never its value): beside the list from 120 columns, on their own screen
// with `i`; "used by" names the environments (and their file) whose secrets: name it, and deleting such
// a secret says so, in the TUI and in `delete`.
import {describe, expect, it} from 'vitest';
import {runCli} from '../../helpers/cli.js';
import {KEYS} from '../../helpers/pty.js';
import {startTui} from './start.js';

const YAML = `
- name: python_env
  secrets: [wandb]
  executables:
    - label: py
      instances:
        - command: 'true'
- name: train_env
  secrets: [OTHER, wandb]
  executables:
    - label: train
      instances:
        - command: 'true'
`;
const VALUE = 'wandb-value-7e1f93';

describe('details', () => {
	for (const [cols, rows] of [
		[120, 30],
		[200, 50],
	] as const) {
		it(`stand beside the list at ${cols}×${rows}: length, dates, used by, and no value`, async () => {
			const {session} = await startTui({secrets: {wandb: VALUE, OTHER: 'o'}, yaml: YAML, cols, rows});
			await session.press('j');
			const screen = await session.waitFor(/used by +python_env, train_env/);
			expect(screen).toContain('(environments.yaml)');
			expect(screen).toMatch(/length +18 characters/);
			expect(screen).toMatch(/created +just now/);
			expect(screen).toMatch(/updated +just now/);
			expect(screen).not.toContain(VALUE);
			for (const line of screen.split('\n')) {
				expect([...line].length).toBeLessThanOrEqual(cols);
			}

			// The columns stay together: the time sits near the name, not at the far edge (it was ~170 columns off at 200).
			const row = screen.split('\n').find((line) => line.includes('OTHER'))!;
			expect(row.indexOf('just now')).toBeLessThan(80);
		});
	}

	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
	] as const) {
		it(`open on their own screen with i at ${cols}×${rows}`, async () => {
			const {session} = await startTui({secrets: {wandb: VALUE, OTHER: 'o'}, yaml: YAML, cols, rows});
			await session.press('j');
			await session.waitFor(/› wandb/);
			expect(await session.text()).not.toContain('used by');
			await session.press('i');
			const screen = await session.waitFor(/used by +python_env, train_env/);
			expect(screen).toMatch(/length +18/);
			expect(screen).not.toContain(VALUE);
			await session.press(KEYS.escape);
			await session.waitFor((text) => !text.includes('used by'));
		});
	}

	it('say no environment uses a secret none names', async () => {
		const {session} = await startTui({secrets: {OTHER: 'o', LONELY: 'l'}, yaml: YAML, cols: 120});
		const screen = await session.waitFor('used by  no environment');
		expect(screen).toContain('LONELY');
	});
});

describe('deleting a secret environments use', () => {
	it('names them in the question', async () => {
		const {session} = await startTui({secrets: {wandb: VALUE, OTHER: 'o'}, yaml: YAML});
		await session.press('j');
		await session.waitFor(/› wandb/);
		await session.press('d');
		await session.waitFor('Delete wandb? python_env and train_env use it. (y/N)');
		await session.press('n');
		await session.waitFor('Kept wandb');
		await session.press('k', 'd');
		await session.waitFor('Delete OTHER? train_env uses it. (y/N)');
	});

	it('names them on stderr after `delete`', async () => {
		const {home, session} = await startTui({secrets: {wandb: VALUE, OTHER: 'o'}, yaml: YAML});
		session.kill();
		const result = await runCli(['delete', 'wandb'], {home});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('python_env and train_env in ');
		expect(result.stderr).toContain('environments.yaml name wandb in secrets: and will not run until it is set again.');
		const alone = await runCli(['delete', 'OTHER'], {home});
		expect(alone.stderr).toContain('train_env in ');
		expect(alone.stderr).toContain('environments.yaml names OTHER in secrets:');
	});
});
