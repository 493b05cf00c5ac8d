// A run's lifecycle: idle → starting → running → exited or killed (or failed before it started).
// Times come in with the actions, so the reducer stays pure and testable.
import type {RunResult} from '../../launch/types.js';

export type RunState =
	| {phase: 'idle'}
	| {phase: 'starting'; startedAt: number}
	| {phase: 'running'; display: string; pid: number | undefined; startedAt: number; stopping: boolean}
	| {phase: 'exited'; display: string; startedAt: number; exitCode: number; durationMs: number}
	| {phase: 'killed'; display: string; startedAt: number; exitCode: number; signal: string; durationMs: number}
	| {phase: 'failed'; message: string};

export type RunAction =
	| {type: 'start'; at: number}
	| {type: 'started'; display: string; pid: number | undefined; at: number}
	| {type: 'stop'}
	| {type: 'ended'; result: RunResult}
	| {type: 'failed'; message: string}
	| {type: 'reset'};

export const idleRun: RunState = {phase: 'idle'};

export function runReducer(state: RunState, action: RunAction): RunState {
	switch (action.type) {
		case 'start': {
			return isActive(state) ? state : {phase: 'starting', startedAt: action.at};
		}

		case 'started': {
			if (state.phase !== 'starting') {
				return state;
			}

			return {phase: 'running', display: action.display, pid: action.pid, startedAt: action.at, stopping: false};
		}

		case 'stop': {
			return state.phase === 'running' ? {...state, stopping: true} : state;
		}

		case 'ended': {
			if (state.phase !== 'running') {
				return state;
			}

			const {exitCode, signal, durationMs} = action.result;
			const base = {display: state.display, startedAt: state.startedAt, exitCode, durationMs};
			return signal ? {phase: 'killed', ...base, signal} : {phase: 'exited', ...base};
		}

		case 'failed': {
			return {phase: 'failed', message: action.message};
		}

		case 'reset': {
			return isActive(state) ? state : idleRun;
		}
	}
}

/** A child is (about to be) running: the panel must not start another or close over it. */
export function isActive(state: RunState): boolean {
	return state.phase === 'starting' || state.phase === 'running';
}

/** The status line: running with the elapsed time, then the exit code or signal and the duration. */
export function statusText(state: RunState, now: number): string {
	switch (state.phase) {
		case 'idle': {
			return '';
		}

		case 'starting': {
			return 'starting…';
		}

		case 'running': {
			const elapsed = formatDuration(now - state.startedAt, false);
			return state.stopping ? `stopping… (running ${elapsed})` : `running ${elapsed}`;
		}

		case 'exited': {
			return `exited with code ${state.exitCode} after ${formatDuration(state.durationMs, true)}`;
		}

		case 'killed': {
			return `stopped by ${state.signal} (exit ${state.exitCode}) after ${formatDuration(state.durationMs, true)}`;
		}

		case 'failed': {
			// The panel shows the sentence itself, above.
			return 'not started';
		}
	}
}

/** 0.4s, 12s, 3m 05s, 1h 02m; with `precise`, tenths under a minute. */
export function formatDuration(ms: number, precise: boolean): string {
	const safe = Math.max(0, ms);
	if (safe < 60_000) {
		return precise ? `${(safe / 1000).toFixed(1)}s` : `${Math.floor(safe / 1000)}s`;
	}

	const seconds = Math.floor(safe / 1000);
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	if (hours > 0) {
		return `${hours}h ${String(minutes).padStart(2, '0')}m`;
	}

	return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
}
