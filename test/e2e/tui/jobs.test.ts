// The jobs list and a job's pane in a real pseudo-terminal, with a stand-in Slurm on the PATH (sbatch
// and scontrol scripts): x (cancel) is offered for a job that runs, never for one that has ended.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEYS} from '../../helpers/pty.js';
import {tempDir} from '../../helpers/temp.js';
import {selectedRow, startTui} from './start.js';

/** Job 41 has ended, job 42 runs; the list shows the newest (42) first. */
function fakeSlurm(home: string): Record<string, string> {
	const bin = tempDir();
	const work = tempDir();
	fs.writeFileSync(path.join(work, 'slurm-41.out'), 'first job done\n');
	fs.writeFileSync(path.join(work, 'slurm-42.out'), 'second job working\n');
	fs.writeFileSync(path.join(bin, 'sbatch'), '#!/bin/sh\nexit 1\n', {mode: 0o755});
	fs.writeFileSync(
		path.join(bin, 'scontrol'),
		`#!/bin/sh\necho "JobId=41 JobName=demo.show JobState=COMPLETED ExitCode=0:0 StdOut=${work}/slurm-41.out"\necho "JobId=42 JobName=demo.show JobState=RUNNING ExitCode=0:0 StdOut=${work}/slurm-42.out"\n`,
		{mode: 0o755},
	);
	const records = ['41', '42'].map((id) => JSON.stringify({id, scheduler: 'slurm', environment: 'demo', executable: 'show', submitted: new Date().toISOString(), output: path.join(work, `slurm-${id}.out`), cwd: work}));
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	fs.writeFileSync(path.join(home, 'jobs.jsonl'), records.join('\n') + '\n', {mode: 0o600});
	return {PATH: `${bin}:${process.env.PATH}`};
}

/** The screen's rows joined by spaces: a sentence wrapped at 40 columns reads whole. */
const joined = (screen: string) => screen.split('\n').map((line) => line.trim()).join(' ');
const footer = (screen: string) => screen.split('\n').findLast((line) => line.trim() !== '') ?? '';

describe('x (cancel) on the jobs screens', () => {
	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
		[200, 50],
	] as const) {
		it(`is offered for the running job and not for the ended one, in the list and the pane (${cols}×${rows})`, async () => {
			const {session: tui} = await startTui({cols, rows, prepare: fakeSlurm});
			await tui.press('J');
			// The footer follows the selected row (the newest, 42, which runs).
			let screen = await tui.waitFor((text) => /42\s+RUNNING/.test(text) && /41\s+COMPLETED/.test(text) && footer(text).includes('x cancel job'), 15_000);
			expect(selectedRow(screen)).toContain('42');

			await tui.press(KEYS.down);
			screen = await tui.waitFor((text) => !footer(text).includes('x cancel job'));
			expect(footer(screen)).toContain('Esc close');
			expect(selectedRow(screen)).toContain('41');

			// Pressed all the same, x says why and asks nothing.
			await tui.press('x');
			screen = await tui.waitFor((text) => joined(text).includes('The job has ended: there is nothing to cancel.'));
			expect(screen).not.toContain('(y/N)');

			await tui.press(KEYS.enter);
			screen = await tui.waitFor((text) => text.includes('COMPLETED (exit 0)') && text.includes('first job done') && !footer(text).includes('cancel'), 15_000);
			expect(screen).toContain('Slurm job 41');
			expect(footer(screen)).toContain('Esc back');
			for (const line of screen.split('\n')) {
				expect([...line].length).toBeLessThanOrEqual(cols);
			}

			// The running job's pane offers it.
			await tui.press(KEYS.escape);
			await tui.waitFor('Esc close');
			await tui.press(KEYS.up);
			await tui.waitFor((text) => selectedRow(text).includes('42'));
			await tui.press(KEYS.enter);
			screen = await tui.waitFor((text) => text.includes('second job working') && text.includes('RUNNING') && footer(text).includes('x cancel job'), 15_000);
			expect(screen).toContain('Slurm job 42');
		});
	}
});
