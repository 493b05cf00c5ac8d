// The job script and the scheduler's command lines, without a cluster.
import {describe, expect, it} from 'vitest';
import {jobScript, runArgv} from '../../source/submit/job-script.js';
import {parseScontrol, resourceOptions, slurm} from '../../source/submit/slurm.js';

describe('runArgv', () => {
	it('gives run the same choices, the definitions by absolute path, and ARGS after --', () => {
		const choices = {environment: 'env', executable: 'exe', cores: 4, specs: {version: '3.11'}, script: '/w/fit.py', shell: 'bash --login', params: {script_name: 'fit.py', mode: 'a b'}, args: ['--epochs', '10'], envsFiles: ['/d/envs.yaml']};
		expect(runArgv(choices)).toEqual([
			'run',
			'env',
			'exe',
			'--envs',
			'/d/envs.yaml',
			'--spec',
			'version=3.11',
			'--cores',
			'4',
			'--script',
			'/w/fit.py',
			'--shell',
			'bash --login',
			'--param',
			'script_name=fit.py',
			'--param',
			'mode=a b',
			'--',
			'--epochs',
			'10',
		]);
		expect(runArgv({environment: 'env', params: {}, args: [], envsFiles: ['/d/e.yaml']})).toEqual(['run', 'env', '--envs', '/d/e.yaml']);
	});
});

describe('jobScript', () => {
	it('starts node and cli.js by absolute path, with the store and the working directory kept', () => {
		const script = jobScript({node: '/opt/node/bin/node', cli: "/home/o'neil/cli.js", home: '/home/u/.local/share/secrets-tui', cwd: '/scratch/run 1', run: ['run', 'env', '--', "it's"]});
		expect(script.split('\n')[0]).toBe('#!/bin/sh');
		expect(script).toContain("cd '/scratch/run 1' || exit 1\n");
		expect(script).toContain('SECRETS_TUI_HOME=/home/u/.local/share/secrets-tui\nexport SECRETS_TUI_HOME\n');
		expect(script).toContain(`exec '/opt/node/bin/node' '/home/o'\\''neil/cli.js' run env -- 'it'\\''s'\n`);
	});
});

describe('Slurm', () => {
	it('asks for N tasks for MPI, N CPUs per task otherwise, and puts the user options last', () => {
		expect(resourceOptions({cores: 4, mpi: true})).toEqual(['--ntasks=4']);
		expect(resourceOptions({cores: 4, mpi: false})).toEqual(['--cpus-per-task=4']);
		expect(resourceOptions({mpi: false})).toEqual([]);
		expect(slurm.submitCommand({jobName: 'e.x', resources: {cores: 2, mpi: false}, extra: ['--partition=debug']})).toEqual([
			'sbatch',
			'--parsable',
			'--job-name=e.x',
			'--cpus-per-task=2',
			'--partition=debug',
		]);
	});

	it('reads state, exit code (128 + signal) and output from scontrol -o', () => {
		const line = 'JobId=12 JobName=e.x UserId=u(1) JobState=FAILED Reason=NonZeroExitCode Dependency=(null) ExitCode=7:0 DerivedExitCode=0:0 StdOut=/w/slurm-12.out';
		expect(parseScontrol(line)).toEqual({id: '12', status: {state: 'FAILED', done: true, exitCode: 7, output: '/w/slurm-12.out'}});
		expect(parseScontrol('JobId=3 JobState=CANCELLED ExitCode=0:15 DerivedExitCode=0:0')?.status.exitCode).toBe(143);
		expect(parseScontrol('JobId=3 JobState=RUNNING ExitCode=0:0')?.status.done).toBe(false);
		expect(parseScontrol('slurm_load_jobs error: Invalid job id specified')).toBeUndefined();
	});

	it('puts the output where sbatch does: slurm-ID.out in the working directory, or --output', () => {
		expect(slurm.defaultOutput('12', '/w', [])).toBe('/w/slurm-12.out');
		expect(slurm.defaultOutput('12', '/w', ['--output=logs/%j.txt'])).toBe('/w/logs/12.txt');
		expect(slurm.defaultOutput('12', '/w', ['-o', '/abs/out-%j'])).toBe('/abs/out-12');
		expect(slurm.defaultOutput('12', '/w', ['--chdir=/s', '-oout.%%'])).toBe('/s/out.%');
	});
});
