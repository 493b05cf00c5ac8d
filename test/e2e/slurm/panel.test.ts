// The run panel submitting to a real Slurm cluster, in a real terminal: Ctrl+S on the last step, extra
// sbatch options, then the job's id, its state as it changes and its output, live; x cancels (asks
// first); J on the list shows the jobs.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {SecretStore} from '../../../source/store/store.js';
import {KEYS, PtySession, delay} from '../../helpers/pty.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {jobField, requireCluster, waitForState} from './cluster.js';

const TOKEN = 'panel-5d2c8e-Slurm-token';
const CTRL_S = '\u0013';
const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

beforeAll(() => {
	requireCluster();
});

async function start(): Promise<{session: PtySession; work: string}> {
	const home = tempHome();
	const work = tempDir('secrets-tui-slurm-panel-');
	const store = new SecretStore(path.join(home, 'secrets.json'));
	await store.set('TOKEN', TOKEN);
	fs.writeFileSync(
		path.join(home, 'environments.yaml'),
		`
- name: hold
  secrets: [TOKEN]
  executables:
    - label: wait
      instances:
        - command: 'echo working; while [ ! -e "<<go>>" ]; do sleep 0.2; done; echo "token: $TOKEN"'
`,
	);
	const session = new PtySession({home, cwd: work, cols: 120, rows: 30});
	sessions.push(session);
	await session.waitFor('secrets-tui', 15_000);
	return {session, work};
}

/** From the list to the submit screen: r, Enter on the first three steps, the placeholder, Ctrl+S. */
async function toSubmitScreen(session: PtySession, go: string) {
	await session.press('r');
	await session.waitFor('Step 1/4');
	await delay(150);
	await session.press(KEYS.enter, KEYS.enter, KEYS.enter);
	await session.waitFor('Ctrl+S submits to Slurm');
	await session.press(KEYS.down);
	await session.type(go);
	// Ctrl+S read in one piece with the last typed characters would be typed text: let them arrive first.
	await session.waitFor(go);
	await delay(150);
	await session.press(CTRL_S);
	await session.waitFor('Submit to Slurm');
	await delay(150);
}

async function submittedId(session: PtySession): Promise<string> {
	const screen = await session.waitFor(/Slurm job \d+/, 15_000);
	return /Slurm job (\d+)/.exec(screen)![1]!;
}

describe('run panel with Slurm', () => {
	it('submits with extra sbatch options and shows the state change and the output, live, redacted', async () => {
		const {session, work} = await start();
		const go = path.join(work, 'go');
		await toSubmitScreen(session, go);
		await session.type('--time=5');
		await session.waitFor('--time=5 < job script');
		await session.press(KEYS.enter);
		const id = await submittedId(session);
		expect(jobField(id, 'TimeLimit')).toBe('00:05:00');
		await session.waitFor('RUNNING', 20_000);
		await session.waitFor('working', 10_000);
		fs.writeFileSync(go, '');
		await session.waitFor(/COMPLETED \(exit 0\)/, 20_000);
		await session.waitFor('token: [secret:TOKEN]');
		expect(await session.text()).toContain(path.join(work, `slurm-${id}.out`));
		for (const line of await session.everyBufferLine()) {
			expect(line).not.toContain(TOKEN);
		}

		// The jobs screen, from the list.
		await session.press(KEYS.escape);
		await session.waitFor('Step 4/4');
		await session.press(KEYS.escape, KEYS.escape, KEYS.escape, KEYS.escape);
		await session.waitFor((screen) => screen.includes('› TOKEN') && !screen.includes('Run panel'));
		await delay(100);
		await session.press('J');
		await session.waitFor(new RegExp(`${id}\\s+COMPLETED\\s+hold/wait`), 10_000);
	});

	it('x cancels the job, after asking', async () => {
		const {session, work} = await start();
		await toSubmitScreen(session, path.join(work, 'never'));
		await session.press(KEYS.enter);
		const id = await submittedId(session);
		await session.waitFor('working', 20_000);
		await session.press('x');
		await session.waitFor(`Cancel job ${id}? (y/N)`);
		await session.press('n');
		await session.waitFor(`Job ${id} goes on.`);
		expect(jobField(id, 'JobState')).toBe('RUNNING');
		await session.press('x');
		await session.waitFor(`Cancel job ${id}? (y/N)`);
		await session.press('y');
		await waitForState(id, (state) => state === 'CANCELLED');
		await session.waitFor('CANCELLED', 10_000);
	});
});
