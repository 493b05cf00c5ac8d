// The schedulers secrets-tui knows, and which one this machine has. Each is one file implementing the
// Scheduler interface (scheduler.ts): Slurm is slurm.ts; a new one is one more file, added to SCHEDULERS.
import {findProgram, pathVariableOf} from '../util/find-program.js';
import type {Scheduler} from './scheduler.js';
import {slurm} from './slurm.js';

export const SCHEDULERS: readonly Scheduler[] = [slurm];

/** The first scheduler whose submit program is on the PATH. */
export function findScheduler(env: NodeJS.ProcessEnv = process.env): Scheduler | undefined {
	return SCHEDULERS.find((scheduler) => findProgram(scheduler.submitProgram, {pathVariable: pathVariableOf(env)}) !== undefined);
}

export function schedulerById(id: string): Scheduler | undefined {
	return SCHEDULERS.find((scheduler) => scheduler.id === id);
}
