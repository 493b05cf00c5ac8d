// A job's state in words, the one way for the job pane and `submit --wait`: `RUNNING`, and once it has
// ended with an exit code, `COMPLETED (exit 0)`.
import type {JobStatus} from './scheduler.js';

export function describeJobState(status: JobStatus): string {
	return status.done && status.exitCode !== undefined ? `${status.state} (exit ${status.exitCode})` : status.state;
}

/** What `submit --wait` says when the job's state changes: `job 42: PENDING → RUNNING` (the first: `job 42: PENDING`). */
export function stateChangeLine(id: string, from: JobStatus | undefined, to: JobStatus): string {
	return `job ${id}: ${from ? `${from.state} → ` : ''}${describeJobState(to)}`;
}
