// Slurm: sbatch submits (the script on stdin), scontrol (or sacct, where the cluster keeps accounting)
// tells the state, scancel cancels.
import path from 'node:path';
import {runProgram} from './program.js';
import type {JobStatus, Resources, Scheduler} from './scheduler.js';

/** States after which a job never runs again. */
const ENDED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'OUT_OF_MEMORY', 'NODE_FAIL', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE', 'REVOKED', 'SPECIAL_EXIT']);

export const slurm: Scheduler = {
	name: 'Slurm',
	id: 'slurm',
	submitProgram: 'sbatch',

	submitCommand({jobName, resources, extra}) {
		return ['sbatch', '--parsable', `--job-name=${jobName}`, ...resourceOptions(resources), ...extra];
	},

	async submit(command, script, cwd) {
		const result = await runProgram(command, {input: script, cwd});
		const id = /^(\d+)/.exec(result.stdout.trim())?.[1];
		if (result.code !== 0 || !id) {
			const said = oneLine(result.stderr || result.stdout) || `it exited with code ${result.code}`;
			throw new Error(`sbatch refused the job: ${said.replace(/^sbatch: (error: )?/, '')}${/[.!]$/.test(said) ? '' : '.'}`);
		}

		return id;
	},

	async status(ids) {
		const found = new Map<string, JobStatus>();
		if (ids.length === 0) {
			return found;
		}

		const wanted = new Set(ids);
		// One call for every job the controller still holds (ended jobs stay MinJobAge, 300 s by default).
		const shown = await runProgram(ids.length === 1 ? ['scontrol', '-o', 'show', 'job', ids[0]!] : ['scontrol', '-o', 'show', 'job']);
		for (const line of shown.stdout.split('\n')) {
			const status = parseScontrol(line);
			if (status && wanted.has(status.id)) {
				found.set(status.id, status.status);
			}
		}

		const older = ids.filter((id) => !found.has(id));
		if (older.length > 0) {
			// Jobs the controller has forgotten: sacct knows them where the cluster keeps accounting.
			const accounted = await runProgram(['sacct', '-n', '-P', '-X', '-o', 'JobIDRaw,State,ExitCode', '-j', older.join(',')]);
			if (accounted.code === 0) {
				for (const line of accounted.stdout.split('\n')) {
					const [id, state, exit] = line.trim().split('|');
					if (id && state && wanted.has(id)) {
						const word = state.split(' ')[0]!;
						found.set(id, {state: word, done: ENDED.has(word), ...exitCodeOf(exit)});
					}
				}
			}
		}

		return found;
	},

	cancelCommand(id) {
		return ['scancel', id];
	},

	async cancel(id) {
		const result = await runProgram(slurm.cancelCommand(id));
		if (result.code !== 0) {
			throw new Error(`scancel ${id} failed: ${oneLine(result.stderr) || `exit code ${result.code}`}.`);
		}
	},

	defaultOutput(id, cwd, extra) {
		const dir = path.resolve(cwd, optionValue(extra, '--chdir', '-D') ?? '.');
		const pattern = optionValue(extra, '--output', '-o') ?? 'slurm-%j.out';
		return path.resolve(dir, pattern.replaceAll(/%%|%[jJA]/g, (code) => (code === '%%' ? '%' : id)));
	},
};

export function resourceOptions(resources: Resources): string[] {
	if (resources.cores === undefined) {
		return [];
	}

	return resources.mpi ? [`--ntasks=${resources.cores}`] : [`--cpus-per-task=${resources.cores}`];
}

/** One line of `scontrol -o show job`: `JobId=12 JobName=... JobState=RUNNING ... ExitCode=0:0 ... StdOut=/path`. */
export function parseScontrol(line: string): {id: string; status: JobStatus} | undefined {
	const id = /(?:^|\s)JobId=(\d+)/.exec(line)?.[1];
	const state = /(?:^|\s)JobState=(\S+)/.exec(line)?.[1];
	if (!id || !state) {
		return undefined;
	}

	const output = /(?:^|\s)StdOut=(\S+)/.exec(line)?.[1];
	const status: JobStatus = {state, done: ENDED.has(state), ...exitCodeOf(/(?:^|\s)ExitCode=(\S+)/.exec(line)?.[1])};
	return {id, status: output ? {...status, output} : status};
}

/** Slurm's `CODE:SIGNAL` as a shell's exit code. */
function exitCodeOf(text: string | undefined): {exitCode?: number} {
	const match = /^(\d+):(\d+)$/.exec(text ?? '');
	if (!match) {
		return {};
	}

	const signal = Number(match[2]);
	return {exitCode: signal > 0 ? 128 + signal : Number(match[1])};
}

/** The value of `--long=V`, `--long V`, `-sV` or `-s V` in sbatch's options; the last one wins, as in sbatch. */
function optionValue(options: readonly string[], long: string, short: string): string | undefined {
	let value: string | undefined;
	for (let index = 0; index < options.length; index++) {
		const option = options[index]!;
		if (option === long || option === short) {
			value = options[index + 1];
			index++;
		} else if (option.startsWith(`${long}=`)) {
			value = option.slice(long.length + 1);
		} else if (option.startsWith(short) && !option.startsWith('--')) {
			value = option.slice(short.length);
		}
	}

	return value;
}

function oneLine(text: string): string {
	return text.trim().split('\n').filter(Boolean).join(' ').trim();
}
