// submit and jobs through the built program, without a cluster: the checks before submitting, the dry
// run, and what happens where Slurm is absent. test/e2e/slurm runs the same against a real cluster.
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {CLI, runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {PtySession} from '../../helpers/pty.js';

const TOKEN = 'sub-7f3a91c2-value';
const DEFS = `
- name: demo
  secrets: [TOKEN]
  executables:
    - label: show
      instances:
        - command: 'echo "$TOKEN" <<args>>'
          num_cores: {start: 1, stop: 4}
          parallel_mode: null
    - label: solver
      instances:
        - command: ./solve
          num_cores: 1
        - command: mpirun ./solve --mode <<mode>>
          num_cores: {start: 2, stop: 8, step: 2}
          parallel_mode: MPI
- name: needs
  secrets: [TOKEN, MISSING_ONE, other=MISSING_TWO]
  executables:
    - label: x
      instances:
        - command: 'run <<thing>>'
`;
let home: string;
let work: string;
/** A folder for PATH with a stand-in sbatch that records that it was called. */
let bin: string;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(args, {home, cwd: work, env: {PATH: bin, ...env}});
}

function fakeSbatch(): string {
	const marker = path.join(bin, 'called');
	fs.writeFileSync(path.join(bin, 'sbatch'), `#!/bin/sh\necho "$@" > '${marker}'\necho 42\n`, {mode: 0o755});
	return marker;
}

beforeEach(async () => {
	home = tempHome();
	work = tempDir();
	bin = tempDir();
	fs.mkdirSync(home, {mode: 0o700});
	fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS);
	expect((await runCli(['set', 'TOKEN', '-'], {home, input: TOKEN})).code).toBe(0);
});

describe('secrets-tui submit', () => {
	it('--dry-run prints the job script (node and cli.js absolute, store and definitions absolute, names only) and the sbatch line', async () => {
		const result = await cli(['submit', 'demo', 'show', '--cores', '3', '--sbatch', '--partition=debug', '--sbatch', '--time=01:00:00', '--dry-run', '--', 'a b']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`cd ${work} || exit 1\n`);
		expect(result.stdout).toContain(`SECRETS_TUI_HOME=${home}\nexport SECRETS_TUI_HOME\n`);
		expect(result.stdout).toContain(`exec '${process.execPath}' '${CLI}' run demo show --envs ${path.join(home, 'environments.yaml')} --cores 3 -- 'a b'\n`);
		expect(result.stdout).toContain('Would submit: sbatch --parsable --job-name=demo.show --cpus-per-task=3 --partition=debug --time=01:00:00 <');
		expect(result.stdout).not.toContain(TOKEN);
	});

	it('forwards --script (made absolute), --shell and --spec to run in the job script', async () => {
		fs.mkdirSync(path.join(work, 'rel'));
		fs.writeFileSync(path.join(work, 'rel', 'fit.py'), 'print(1)\n');
		const result = await cli(['submit', 'demo', 'show', '--script', 'rel/fit.py', '--shell', 'bash --login', '--dry-run']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain(` run demo show --envs ${path.join(home, 'environments.yaml')} --script ${path.join(work, 'rel', 'fit.py')} --shell 'bash --login'\n`);
	});

	it('asks for --ntasks=N for an MPI instance', async () => {
		const result = await cli(['submit', 'demo', 'solver', '--cores', '4', '--param', 'mode=fast', '--dry-run']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('--ntasks=4');
		expect(result.stdout).not.toContain('--cpus-per-task');
	});

	it('without sbatch on the PATH says Slurm was not found, in one sentence, and exits 1', async () => {
		const result = await cli(['submit', 'demo', 'show']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^secrets-tui: Slurm was not found: there is no sbatch on the PATH[^\n]*\.\n$/);
		expect(fs.existsSync(path.join(home, 'jobs.jsonl'))).toBe(false);
	});

	it('names every problem at once and submits nothing when secrets or placeholders are missing', async () => {
		const marker = fakeSbatch();
		const result = await cli(['submit', 'needs', 'x']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('<<thing>>');
		expect(result.stderr).toContain('MISSING_ONE, MISSING_TWO');
		expect(fs.existsSync(marker)).toBe(false);
		expect((await cli(['submit', 'demo', 'show', '--cores', '9'])).stderr).toContain('No instance of demo/show runs on 9 cores');
		expect(fs.existsSync(marker)).toBe(false);
	});

	it('refuses a job that would carry a value (in a --param or an argument)', async () => {
		const marker = fakeSbatch();
		const result = await cli(['submit', 'demo', 'show', '--', `--token=${TOKEN}`]);
		expect(result.code).toBe(1);
		// run's check (one for both) finds it first: a command line can be read by every user.
		expect(result.stderr).toContain('The value of the secret TOKEN is written in a --param or an argument');
		expect(result.stderr).not.toContain(TOKEN);
		expect(fs.existsSync(marker)).toBe(false);
	});

	it('prints the id alone on stdout and records the job beside the store (0600, no value)', async () => {
		const marker = fakeSbatch();
		const result = await cli(['submit', 'demo', 'show']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toBe('42\n');
		expect(fs.readFileSync(marker, 'utf8')).toBe('--parsable --job-name=demo.show\n');
		const file = path.join(home, 'jobs.jsonl');
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		const text = fs.readFileSync(file, 'utf8');
		expect(text).not.toContain(TOKEN);
		expect(JSON.parse(text)).toMatchObject({id: '42', scheduler: 'slurm', environment: 'demo', executable: 'show', output: path.join(work, 'slurm-42.out'), cwd: work});
		const jobs = await cli(['jobs']);
		expect(jobs.code).toBe(0);
		expect(jobs.stdout).toMatch(/^ID\s+STATE\s+ENVIRONMENT\s+SUBMITTED\s+OUTPUT\n42\s+unknown\s+demo\/show\s+just now\s+\S+slurm-42\.out\n$/);
	});

	it('says when sbatch refuses, and records nothing', async () => {
		fs.writeFileSync(path.join(bin, 'sbatch'), '#!/bin/sh\necho "sbatch: error: invalid partition specified: nope" >&2\nexit 1\n', {mode: 0o755});
		const result = await cli(['submit', 'demo', 'show', '--sbatch', '--partition=nope']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('secrets-tui: sbatch refused the job: invalid partition specified: nope. Nothing was submitted.\n');
		expect(fs.existsSync(path.join(home, 'jobs.jsonl'))).toBe(false);
	});
});

/**
 * A stand-in Slurm: sbatch says 42; scontrol answers PENDING twice (the record's question, the first
 * wait), then `running`, then the end `final` (counting its calls with shell builtins only: PATH is this folder).
 */
function fakeSlurm(final: string, running = 'RUNNING'): void {
	fakeSbatch();
	const count = path.join(bin, 'count');
	fs.writeFileSync(count, '0\n');
	fs.writeFileSync(
		path.join(bin, 'scontrol'),
		`#!/bin/sh\nread n < '${count}'\nn=$((n + 1))\necho $n > '${count}'\ncase $n in 1|2) s='JobState=PENDING ExitCode=0:0';; 3) s='JobState=${running} ExitCode=0:0';; *) s='${final}';; esac\necho "JobId=42 JobName=demo.show $s StdOut=${work}/slurm-42.out"\n`,
		{mode: 0o755},
	);
}

describe('secrets-tui submit --wait', () => {
	it('prints each change of state on stderr when it is a terminal, and exits with the job’s code', async () => {
		fakeSlurm('JobState=FAILED ExitCode=3:0');
		const session = new PtySession({home, cwd: work, cols: 200, rows: 20, args: ['submit', 'demo', 'show', '--wait'], env: {PATH: bin}});
		expect(await session.exited).toBe(3);
		const lines = (await session.allLines()).filter((line) => line.trim() !== '');
		expect(lines).toEqual([
			'42',
			`Submitted job 42 to Slurm; its output goes to ${path.join(work, 'slurm-42.out')}. \`secrets-tui jobs\` shows its state.`,
			'job 42: PENDING',
			'job 42: PENDING → RUNNING',
			'job 42: RUNNING → FAILED (exit 3)',
		]);
		// `jobs` words the ended state as the state lines and the job pane do.
		const jobs = await cli(['jobs']);
		expect(jobs.stdout).toMatch(/^42\s+FAILED \(exit 3\)\s+demo\/show\s/m);
	});

	it('shows a state from the scheduler as printable text, never as escape codes', async () => {
		fakeSlurm('JobState=COMPLETED ExitCode=0:0', 'RUN\u001B[2JNING');
		const session = new PtySession({home, cwd: work, cols: 200, rows: 20, args: ['submit', 'demo', 'show', '--wait'], env: {PATH: bin}});
		expect(await session.exited).toBe(0);
		expect(session.raw).not.toContain('\u001B[2J');
		const lines = await session.allLines();
		expect(lines).toContain('job 42: PENDING → RUN\\x1b[2JNING');
		expect(lines).toContain('job 42: RUN\\x1b[2JNING → COMPLETED (exit 0)');
	});

	it('prints no state lines when stderr is not a terminal (as before): the id on stdout, the exit code', async () => {
		fakeSlurm('JobState=COMPLETED ExitCode=0:0');
		const result = await cli(['submit', 'demo', 'show', '--wait']);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('42\n');
		expect(result.stderr).toBe('');
	});
});

describe('secrets-tui jobs', () => {
	it('says there are none yet', async () => {
		const result = await cli(['jobs']);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('No jobs yet: `secrets-tui submit ENV` submits one.\n');
	});
});
