// What the job pane shows of one job: its state and its output, owned by one reducer so they never
// disagree. The scheduler is asked every few seconds and the output file read every second; either can
// learn first that the job has moved on, so:
// - output seen means the job runs: a PENDING answer (late, or asked before the output came) shows as RUNNING;
// - the last read of the output and the final state arrive as one action: the pane never shows the end
//   state with output still to come, nor the last output under a state that says it still runs.
import type {JobStatus} from '../../submit/scheduler.js';
import {emptyOutput, outputReducer, type OutputState, type OutputViewAction} from '../shared/output-buffer.js';

export type JobWatchState = {
	/** Undefined until the scheduler first answers (and no output came). */
	status?: JobStatus;
	output: OutputState;
	/** The final state is in and the output has ended: nothing changes any more. */
	ended: boolean;
};

export type JobWatchAction =
	/** The scheduler's answer; one that says the job ended comes as `ended` instead. */
	| {type: 'status'; status: JobStatus}
	/** New text from the output file. */
	| {type: 'output'; text: string}
	/** The final state, with the last text read from the output file after the scheduler said so. */
	| {type: 'ended'; status: JobStatus; text: string}
	| OutputViewAction;

export const initialJobWatch: JobWatchState = {output: emptyOutput, ended: false};

/** States a job is in before it runs. */
const WAITING = new Set(['PENDING', 'CONFIGURING']);

export function jobWatchReducer(state: JobWatchState, action: JobWatchAction): JobWatchState {
	switch (action.type) {
		case 'status': {
			if (state.ended) {
				return state;
			}

			// An answer older than the output already shown: the job runs (at least).
			const status = hasOutput(state.output) && waiting(action.status) ? {...action.status, state: 'RUNNING'} : action.status;
			return sameStatus(state.status, status) ? state : {...state, status};
		}

		case 'output': {
			if (state.ended || action.text === '') {
				return state;
			}

			const output = outputReducer(state.output, {type: 'append', chunks: [['stdout', action.text]]});
			return {...state, output, status: waiting(state.status) ? {...state.status, state: 'RUNNING', done: false} : state.status};
		}

		case 'ended': {
			if (state.ended) {
				return state;
			}

			const appended = action.text === '' ? state.output : outputReducer(state.output, {type: 'append', chunks: [['stdout', action.text]]});
			return {status: action.status, output: outputReducer(appended, {type: 'end'}), ended: true};
		}

		default: {
			return {...state, output: outputReducer(state.output, action)};
		}
	}
}

/** Not known yet, or known to wait for its turn. */
function waiting(status: JobStatus | undefined): boolean {
	return status === undefined || WAITING.has(status.state);
}

function hasOutput(output: OutputState): boolean {
	return output.total > 0 || output.partial.stdout !== '';
}

function sameStatus(a: JobStatus | undefined, b: JobStatus): boolean {
	return a !== undefined && a.state === b.state && a.done === b.done && a.exitCode === b.exitCode && a.output === b.output;
}
