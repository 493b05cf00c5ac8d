// secrets-tui submit against a real Slurm cluster: the job gets its secrets on the compute node, and the
// value reaches neither the job script, nor Slurm's saved state, nor the output file.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {PtySession} from '../../helpers/pty.js';
import {batchScript, filesHolding, jobField, jobsNamed, requireCluster, slurmFolders, waitForState} from './cluster.js';

const TOKEN = 'slurm-4e8b1f-Secret-value';
const REVERSED = [...TOKEN].reverse().join('');
const DEFS = `
- name: probe
  secrets: [TOKEN]
  executables:
    - label: show
      instances:
        - command: 'echo "token: $TOKEN"; printf "%s\\n" "$TOKEN" | rev; echo "cpus=\${SLURM_CPUS_PER_TASK:-none} tasks=\${SLURM_NTASKS:-none}"; echo "home=$SECRETS_TUI_HOME"'
          num_cores: {start: 1, stop: 2}
          parallel_mode: null
    - label: mpi
      instances:
        - command: 'echo "tasks=$SLURM_NTASKS"'
          num_cores: {start: 1, stop: 2}
          parallel_mode: MPI
    - label: hold
      instances:
        - command: 'echo started; while [ ! -e "<<go>>" ]; do sleep 0.2; done; echo "token: $TOKEN"'
    - label: exit
      instances:
        - command: 'exit <<code>>'
    - label: term
      instances:
        - command: 'echo stopping; kill -TERM $$'
- name: lacking
  secrets: [TOKEN, NOT_STORED]
  executables:
    - label: x
      instances:
        - command: 'echo never'
`;

let home: string;
let work: string;

function submit(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(['submit', ...args], {home, cwd: work, env, timeoutMs: 80_000});
}

function outputOf(id: string): string {
	return fs.readFileSync(path.join(work, `slurm-${id}.out`), 'utf8');
}

/** Name, size and time of every file beside the store. */
function storeSnapshot(): string {
	return fs
		.readdirSync(home)
		.sort()
		.map((name) => {
			const stat = fs.statSync(path.join(home, name));
			return `${name} ${stat.size} ${stat.mtimeMs}`;
		})
		.join('\n');
}

beforeAll(() => {
	requireCluster();
});

beforeEach(async () => {
	home = tempHome();
	work = tempDir('secrets-tui-slurm-');
	fs.mkdirSync(home, {mode: 0o700});
	fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS);
	expect((await runCli(['set', 'TOKEN', '-'], {home, input: TOKEN})).code).toBe(0);
});

describe('secrets-tui submit on a Slurm cluster', () => {
	it('runs the job with its secrets, redacts its output file, and writes nothing to the store', async () => {
		const result = await submit(['probe', 'show', '--wait']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const id = result.stdout.trim();
		expect(id).toMatch(/^\d+$/);
		const output = outputOf(id);
		expect(output).toContain(REVERSED);
		expect(output).toContain('token: [secret:TOKEN]');
		expect(output).toContain(`home=${home}`);
		expect(output).not.toContain(TOKEN);
		// The working directory was kept: the output went to slurm-ID.out there.
		expect(jobField(id, 'WorkDir')).toBe(work);
	});

	it('keeps the value out of the job script and every file under Slurm\'s state and spool folders', async () => {
		const go = path.join(work, 'go');
		// A variable of the submitting shell: sbatch saves it with the job, so the search below can find things.
		const marker = `marker-${Date.now()}-env`;
		const before = storeSnapshot();
		const result = await submit(['probe', 'hold', '--param', `go=${go}`], {SECRETS_TUI_TEST_MARKER: marker});
		expect(result.code, result.stderr).toBe(0);
		const id = result.stdout.trim();
		const afterSubmit = storeSnapshot();
		expect(afterSubmit).not.toBe(before);
		await waitForState(id, (state) => state === 'RUNNING');
		await waitForFile(path.join(work, `slurm-${id}.out`), 'started');

		const script = batchScript(id);
		expect(script).toContain(`'${CLI}' run probe hold`);
		expect(script).not.toContain(TOKEN);
		expect(script).not.toContain(REVERSED);
		const folders = slurmFolders();
		expect(filesHolding(folders, marker).length).toBeGreaterThan(0);
		expect(filesHolding(folders, TOKEN)).toEqual([]);
		expect(filesHolding(folders, REVERSED)).toEqual([]);

		fs.writeFileSync(go, '');
		await waitForState(id, (state) => state === 'COMPLETED');
		expect(outputOf(id)).toBe('started\ntoken: [secret:TOKEN]\n');
		expect(storeSnapshot()).toBe(afterSubmit);
	});

	it('--wait exits with the job\'s exit code: 0, 7, and 143 for a job ended by SIGTERM', async () => {
		const [seven, term, zero] = await Promise.all([
			submit(['probe', 'exit', '--param', 'code=7', '--wait']),
			submit(['probe', 'term', '--wait']),
			submit(['probe', 'exit', '--param', 'code=0', '--wait']),
		]);
		expect([seven.code, term.code, zero.code], seven.stderr + term.stderr + zero.stderr).toEqual([7, 143, 0]);
		expect(outputOf(term.stdout.trim())).toBe('stopping\n');
	});

	it('--cores 2 gives the job 2 CPUs (N tasks for an MPI instance)', async () => {
		const [cpus, tasks] = await Promise.all([submit(['probe', 'show', '--cores', '2', '--wait']), submit(['probe', 'mpi', '--cores', '2', '--wait'])]);
		expect(cpus.code, cpus.stderr).toBe(0);
		expect(tasks.code, tasks.stderr).toBe(0);
		expect(outputOf(cpus.stdout.trim())).toContain('cpus=2 ');
		expect(jobField(cpus.stdout.trim(), 'NumCPUs')).toBe('2');
		expect(outputOf(tasks.stdout.trim())).toBe('tasks=2\n');
		expect(jobField(tasks.stdout.trim(), 'NumTasks')).toBe('2');
	});

	it('submits nothing when a secret is missing', async () => {
		const result = await submit(['lacking', 'x']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('NOT_STORED');
		expect(result.stdout).toBe('');
		expect(jobsNamed('lacking.x')).toEqual([]);
		expect(fs.existsSync(path.join(home, 'jobs.jsonl'))).toBe(false);
	});

	it('Ctrl+C while waiting stops waiting, leaves the job queued and prints the scancel that cancels it', async () => {
		const go = path.join(work, 'go');
		const child = spawn(process.execPath, [CLI, 'submit', 'probe', 'hold', '--param', `go=${go}`, '--wait'], {cwd: work, env: cliEnv(home), stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
		await until(() => /^\d+\n$/.test(stdout));
		const id = stdout.trim();
		await waitForState(id, (state) => state === 'RUNNING');
		child.kill('SIGINT');
		expect(await exited).toBe(130);
		expect(stderr).toBe(`Stopped waiting; job ${id} is still in the queue. \`scancel ${id}\` cancels it.\n`);
		expect(jobField(id, 'JobState')).toBe('RUNNING');
		fs.writeFileSync(go, '');
		await waitForState(id, (state) => state === 'COMPLETED');
	});

	it('--wait with stderr on a terminal prints each change of state, ending in COMPLETED (exit 0)', async () => {
		const go = path.join(work, 'go');
		const session = new PtySession({home, cwd: work, cols: 200, rows: 30, args: ['submit', 'probe', 'hold', '--param', `go=${go}`, '--wait']});
		await until(() => /job \d+: (PENDING → )?RUNNING/.test(session.raw));
		fs.writeFileSync(go, '');
		expect(await session.exited).toBe(0);
		const lines = (await session.allLines()).filter((line) => line.startsWith('job '));
		const id = /^job (\d+): /.exec(lines[0] ?? '')?.[1];
		expect(id, lines.join('\n')).toBeDefined();
		// A chain of changes: the first says the state, each next one starts where the last ended.
		expect(lines[0]).toMatch(new RegExp(`^job ${id}: (PENDING|RUNNING)$`));
		for (const [index, line] of lines.slice(1).entries()) {
			const before = lines[index]!.split(' ').at(-1);
			expect(line.startsWith(`job ${id}: ${before} → `), lines.join('\n')).toBe(true);
		}

		expect(lines.some((line) => line.endsWith('RUNNING'))).toBe(true);
		expect(lines.at(-1)).toMatch(/ → COMPLETED \(exit 0\)$/);
		expect(outputOf(id!)).toContain('token: [secret:TOKEN]');
	});

	it('jobs lists what was submitted, with the state from the cluster', async () => {
		const first = await submit(['probe', 'exit', '--param', 'code=3', '--wait']);
		expect(first.code).toBe(3);
		const id = first.stdout.trim();
		const jobs = await runCli(['jobs', '--json'], {home, cwd: work});
		expect(jobs.code, jobs.stderr).toBe(0);
		expect(JSON.parse(jobs.stdout)).toEqual([
			expect.objectContaining({id, environment: 'probe', executable: 'exit', state: 'FAILED', exitCode: 3, output: path.join(work, `slurm-${id}.out`)}),
		]);
		const table = await runCli(['jobs'], {home, cwd: work});
		expect(table.stdout).toContain(`${id}  FAILED (exit 3)  probe/exit`);
	});
});

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > end) {
			throw new Error('Timed out.');
		}

		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

async function waitForFile(file: string, text: string): Promise<void> {
	await until(() => fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(text));
}
