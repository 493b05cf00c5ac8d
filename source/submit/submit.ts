// Submitting a prepared job, recording it beside the store, and waiting for it: shared by
// `secrets-tui submit` and the run panel.
import {UserError} from '../util/errors.js';
import {recordJob, type JobRecord} from './jobs-file.js';
import type {PreparedJob} from './prepare.js';
import type {JobStatus, Scheduler} from './scheduler.js';

export async function submitJob(prepared: PreparedJob, options: {scheduler: Scheduler; cwd: string; extra: readonly string[]; storeDir: string}): Promise<JobRecord> {
	const {scheduler, cwd} = options;
	let id: string;
	try {
		id = await scheduler.submit(prepared.command, prepared.script, cwd);
	} catch (error) {
		throw new UserError(`${(error as Error).message} Nothing was submitted.`);
	}

	// The scheduler knows where the output goes (patterns such as %x resolved); else its default.
	const known = await scheduler.status([id]).catch(() => new Map<string, JobStatus>());
	const record: JobRecord = {
		id,
		scheduler: scheduler.id,
		environment: prepared.environment,
		executable: prepared.executable,
		submitted: new Date().toISOString(),
		output: known.get(id)?.output ?? scheduler.defaultOutput(id, cwd, options.extra),
		cwd,
	};
	recordJob(options.storeDir, record);
	return record;
}

/**
 * Polls the job's state until it ends. Resolves to its last status, or undefined when `signal` aborts
 * the wait (the job itself is left alone). A job the scheduler no longer knows counts as ended.
 */
export async function waitForJob(
	scheduler: Scheduler,
	id: string,
	options: {intervalMs?: number; signal?: AbortSignal; onStatus?: (status: JobStatus) => void} = {},
): Promise<JobStatus | undefined> {
	let last: JobStatus | undefined;
	while (!options.signal?.aborted) {
		const status = (await scheduler.status([id])).get(id) ?? {state: 'UNKNOWN', done: true};
		if (status.state !== last?.state) {
			options.onStatus?.(status);
		}

		last = status;
		if (status.done) {
			return status;
		}

		await sleep(options.intervalMs ?? 1000, options.signal);
	}

	return undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(done, ms);
		signal?.addEventListener('abort', done, {once: true});
		function done() {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		}
	});
}
