// Cancelling a job, the one flow for a job's pane and the jobs list: x asks, only y cancels, the job's
// scheduler is asked to cancel it, and one line shows the question, then what happened.
import type {Key} from 'ink';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {wrapWords} from '../shared/format.js';
import React, {useCallback, useEffect, useReducer, useRef} from 'react';
import {shellJoin} from '../../launch/quote.js';
import {schedulerById} from '../../submit/schedulers.js';
import {matchKey} from '../keys/binding.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {cancelReducer, initialCancel} from './submitState.js';

/** The job to cancel: its id and the id of the scheduler it was submitted to (a JobRecord or JobRow is one). */
export type CancelTarget = {id: string; scheduler: string};

/** Asks the job's scheduler to cancel it; resolves to the sentence to show, rejects with the reason it could not. */
export async function cancelJob(job: CancelTarget): Promise<string> {
	const scheduler = schedulerById(job.scheduler);
	if (!scheduler) {
		throw new Error(`This job was submitted to ${job.scheduler}, which secrets-tui cannot reach here.`);
	}

	await scheduler.cancel(job.id);
	return `Asked ${scheduler.name} to cancel job ${job.id} (${shellJoin(scheduler.cancelCommand(job.id))}).`;
}

/**
 * `onCancelled` runs once the scheduler took the request (to ask for the job's state again). `line` is
 * the question or the answer, wrapped whole at `width`; `lineRows` the rows it takes (at least one).
 */
export function useCancelJob(onCancelled: () => void, width: number) {
	const [state, dispatch] = useReducer(cancelReducer, initialCancel);
	const target = useRef<CancelTarget>(undefined);
	const cancelled = useRef(onCancelled);
	cancelled.current = onCancelled;
	useEffect(() => {
		const job = target.current;
		if (!state.cancelling || !job) {
			return;
		}

		cancelJob(job).then(
			(message) => {
				dispatch({type: 'result', message});
				cancelled.current();
			},
			(error: unknown) => dispatch({type: 'result', message: (error as Error).message}),
		);
	}, [state.cancelling]);
	/** x: ask about this job (a job that has ended has nothing to cancel). */
	const ask = useCallback((job: CancelTarget, done: boolean) => {
		target.current = job;
		dispatch({type: 'ask', done});
	}, []);
	/** The key that answers the question: only y cancels. */
	const answer = useCallback((input: string, key: Key) => dispatch({type: 'answer', yes: matchKey(CONFIRM_KEYS, input, key) === 'yes', id: target.current?.id ?? ''}), []);
	const text = state.asking ? `Cancel job ${target.current?.id}? (y/N)` : (state.message ?? ' ');
	const rows = wrapWords(text, width);
	const line = (
		<Box flexDirection="column">
			{rows.map((row, index) => (
				<Text key={index} role={state.asking ? 'question' : undefined}>
					{row || ' '}
				</Text>
			))}
		</Box>
	);
	return {asking: state.asking, ask, answer, line, lineRows: rows.length};
}
