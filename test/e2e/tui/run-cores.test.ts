// The run panel's cores field in a real pseudo-terminal: a definition like damask_grid (one instance for
// 1 core, one for 2-64 with mpirun -n <<num_cores>>, both echoing instead of running), keys typed alone
// and glued in one read.
import {describe, expect, it} from 'vitest';
import {KEYS, delay, type PtySession} from '../../helpers/pty.js';
import {glued, startTui} from './start.js';

const DAMASK = `
- name: damask_env
  executables:
    - label: damask_grid
      instances:
        - command: echo DAMASK_grid serial
          num_cores: 1
          parallel_mode: null
        - command: echo mpirun -n <<num_cores>> DAMASK_grid --load load.yaml
          num_cores: {start: 2, stop: 64}
          parallel_mode: MPI
`;

const REFUSED = 'No instance of damask_env/damask_grid runs on 100 cores; its instances take 1, 2-64.';
/** The screen's rows joined by spaces: a sentence wrapped at 40 columns reads whole. */
const joined = (screen: string) => screen.split('\n').map((line) => line.trim()).join(' ');

async function toArguments(session: PtySession) {
	await session.press('r');
	await session.waitFor('Step 1/4');
	await delay(150);
	await session.press(KEYS.enter);
	await session.waitFor('Step 2/4');
	await session.press(KEYS.enter, KEYS.enter);
	await session.waitFor('Step 4/4');
}

describe('the run panel’s cores field', () => {
	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
		[200, 50],
	] as const) {
		it(`picks the instance and fills <<num_cores>> as --cores does, and refuses a count no instance takes (${cols}×${rows})`, async () => {
			const {session} = await startTui({yaml: DAMASK, cols, rows});
			await toArguments(session);
			// Tab to the cores field: empty, it keeps the instance picked on the list.
			await session.press(KEYS.tab);
			let screen = await session.waitFor((text) => joined(text).includes('instance 1 of 2 (1 core); <<num_cores>> is 1'));
			expect(screen).toMatch(/› cores\s/);

			await session.type('8');
			screen = await session.waitFor((text) => joined(text).includes('instance 2 of 2 (2-64 cores); <<num_cores>> is 8'));
			expect(screen).toContain('echo mpirun -n');
			await session.press(KEYS.enter);
			screen = await session.waitFor('exited with code 0', 10_000);
			expect(screen).toMatch(/^mpirun -n 8 DAMASK_grid --load load\.yaml$/m);
			for (const line of screen.split('\n')) {
				expect([...line].length).toBeLessThanOrEqual(cols);
			}

			// Back to the fields: a count no instance takes, typed and Entered in one read, is refused with a sentence.
			await session.press(KEYS.escape);
			await session.waitFor('Step 4/4');
			await glued(session, '\u0015100\r');
			screen = await session.waitFor((text) => joined(text).includes(REFUSED));
			await delay(300);
			screen = await session.text();
			expect(screen).toContain('Step 4/4');
			expect(screen).not.toContain('exited');

			// Cleared and retyped in one read: 16, then Enter, runs on 16.
			await glued(session, '\u001516\r');
			screen = await session.waitFor((text) => /^mpirun -n 16 DAMASK_grid/m.test(text) && text.includes('exited with code 0'), 10_000);
			expect(screen).not.toContain('DAMASK_grid serial');
		});
	}
});
