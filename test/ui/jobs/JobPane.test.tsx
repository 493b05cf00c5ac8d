// The job pane against a scheduler that answers what the test says and a real output file: the state
// shown never lags the output shown, and x is not offered once the job has ended.
import fs from 'node:fs';
import path from 'node:path';
import React, {useState} from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {JobPane} from '../../../source/ui/jobs/JobPane.js';
import type {JobStatus, Scheduler} from '../../../source/submit/scheduler.js';
import type {JobRecord} from '../../../source/submit/jobs-file.js';
import type {KeyTable} from '../../../source/ui/keys/binding.js';
import {Footer} from '../../../source/ui/shared/Footer.js';
import {slurm} from '../../../source/submit/slurm.js';
import {tempDir} from '../../helpers/temp.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Slurm's names, with the state the test sets: what the cluster would answer now. */
function fakeScheduler(): Scheduler & {now: JobStatus} {
	const fake = {
		...slurm,
		now: {state: 'PENDING', done: false} as JobStatus,
		async status(ids: readonly string[]) {
			return new Map(ids.map((id) => [id, fake.now]));
		},
	};
	return fake;
}

function Host({record, scheduler}: {record: JobRecord; scheduler: Scheduler}) {
	const [keys, setKeys] = useState<KeyTable<string>>();
	return (
		<Box flexDirection="column">
			<JobPane record={record} scheduler={scheduler} width={100} height={10} active onBack={() => undefined} onKeys={setKeys} />
			{keys ? <Footer tables={[keys]} width={100} /> : null}
		</Box>
	);
}

const apps: Array<ReturnType<typeof render>> = [];
afterEach(() => {
	for (const app of apps.splice(0)) {
		app.unmount();
	}
});

async function waitFor(app: ReturnType<typeof render>, test: (frame: string) => boolean, timeoutMs = 15_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = app.lastFrame() ?? '';
		if (test(frame)) {
			return frame;
		}

		if (Date.now() > deadline) {
			throw new Error(`Timed out. The frame:\n${frame}`);
		}

		await delay(20);
	}
}

describe('JobPane', () => {
	it('never shows PENDING beside output, shows the final state with the last output, then stops offering x', async () => {
		const output = path.join(tempDir(), 'slurm-42.out');
		const record: JobRecord = {id: '42', scheduler: 'slurm', environment: 'demo', executable: 'show', submitted: new Date().toISOString(), output, cwd: path.dirname(output)};
		const scheduler = fakeScheduler();
		const app = render(<Host record={record} scheduler={scheduler} />);
		apps.push(app);
		let frame = await waitFor(app, (text) => text.includes('PENDING'));
		expect(frame).toContain('No output yet: the job has not started.');
		expect(frame).toContain('x cancel job');

		// The job starts and prints: the output file is read every second, the scheduler asked every three.
		scheduler.now = {state: 'RUNNING', done: false};
		fs.writeFileSync(output, 'hello from the job\n');
		frame = await waitFor(app, (text) => text.includes('hello from the job'));
		expect(frame).toContain('RUNNING');

		// It prints its last line and ends.
		fs.appendFileSync(output, 'last words');
		scheduler.now = {state: 'COMPLETED', done: true, exitCode: 0};
		frame = await waitFor(app, (text) => text.includes('COMPLETED'));
		expect(frame).toContain('COMPLETED (exit 0)');
		frame = await waitFor(app, (text) => !text.includes('x cancel job'));
		expect(frame).toContain('COMPLETED (exit 0)');
		expect(frame).toContain('Esc back');

		for (const seen of app.frames) {
			// Output is never shown under a state that says the job has not started ...
			if (seen.includes('hello from the job')) {
				expect(seen).not.toContain('PENDING');
			}

			// ... and the final state never comes before the last of the output.
			if (seen.includes('COMPLETED')) {
				expect(seen).toContain('last words');
			}
		}

		// x on a job that has ended says so, and asks nothing.
		app.stdin.write('x');
		frame = await waitFor(app, (text) => text.includes('The job has ended: there is nothing to cancel.'));
		expect(frame).not.toContain('(y/N)');
	});
});
