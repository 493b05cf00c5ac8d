// The Slurm suite's view of the cluster: its folders, a job's state, and what it saved.
import {execFileSync, spawnSync} from 'node:child_process';

export function requireCluster(): void {
	const result = spawnSync('sinfo', ['-h', '-o', '%t'], {encoding: 'utf8'});
	if (result.status !== 0 || !/idle|mix|alloc/.test(result.stdout)) {
		throw new Error(`No Slurm cluster answers (sinfo: ${result.stderr || result.stdout || result.error?.message}); start one with \`sudo scripts/slurm-cluster.sh up\` or run \`npm run test:slurm\`.`);
	}
}

/** StateSaveLocation and SlurmdSpoolDir, from the running cluster's configuration. */
export function slurmFolders(): string[] {
	const text = execFileSync('scontrol', ['show', 'config'], {encoding: 'utf8'});
	return ['StateSaveLocation', 'SlurmdSpoolDir'].map((key) => new RegExp(`^${key}\\s*=\\s*(\\S+)`, 'm').exec(text)![1]!);
}

/** The files under these folders that hold `text` (grep -r -l -F). */
export function filesHolding(folders: string[], text: string): string[] {
	const result = spawnSync('grep', ['-r', '-l', '-a', '-F', '-e', text, ...folders], {encoding: 'utf8'});
	return result.stdout.split('\n').filter(Boolean);
}

export function jobField(id: string, field: string): string | undefined {
	const result = spawnSync('scontrol', ['-o', 'show', 'job', id], {encoding: 'utf8'});
	return new RegExp(`(?:^|\\s)${field}=(\\S+)`).exec(result.stdout)?.[1];
}

export function batchScript(id: string): string {
	return execFileSync('scontrol', ['write', 'batch_script', id, '-'], {encoding: 'utf8'});
}

export async function waitForState(id: string, wanted: (state: string) => boolean, timeoutMs = 60_000): Promise<string> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const state = jobField(id, 'JobState') ?? 'UNKNOWN';
		if (wanted(state)) {
			return state;
		}

		if (Date.now() > until) {
			throw new Error(`Job ${id} is still ${state} after ${timeoutMs / 1000} s.`);
		}

		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** Jobs the cluster knows by this name (any state). */
export function jobsNamed(name: string): string[] {
	const result = spawnSync('squeue', ['-h', '-t', 'all', '-n', name, '-o', '%i'], {encoding: 'utf8'});
	return result.stdout.split('\n').filter(Boolean);
}
