// The recorded jobs with their state from the cluster: what `secrets-tui jobs` and the TUI's jobs screen show.
import {findProgram} from '../util/find-program.js';
import {readJobs, type JobRecord} from './jobs-file.js';
import type {JobStatus} from './scheduler.js';
import {schedulerById} from './schedulers.js';

/**
 * A record and its state: "unknown" when the scheduler no longer knows the job (or is not here); `done`
 * once it has ended, or is unknown (nothing to cancel then).
 */
export type JobRow = JobRecord & {state: string; done: boolean; exitCode?: number};

export async function jobRows(storeDir: string, limit?: number): Promise<JobRow[]> {
	const records = readJobs(storeDir);
	const shown = limit === undefined ? records : records.slice(-limit);
	const statuses = new Map<string, JobStatus>();
	for (const id of new Set(shown.map((record) => record.scheduler))) {
		const scheduler = schedulerById(id);
		if (!scheduler || !findProgram(scheduler.submitProgram)) {
			continue;
		}

		const ids = shown.filter((record) => record.scheduler === id).map((record) => record.id);
		for (const [job, status] of await scheduler.status(ids).catch(() => new Map<string, JobStatus>())) {
			statuses.set(`${id}:${job}`, status);
		}
	}

	return shown.map((record) => {
		const status = statuses.get(`${record.scheduler}:${record.id}`);
		return {...record, state: status?.state ?? 'unknown', done: status?.done ?? true, ...(status?.exitCode === undefined ? {} : {exitCode: status.exitCode})};
	});
}

