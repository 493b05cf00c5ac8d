// The job pane's one reducer for state and output: output seen means the job runs, and the final state
// comes with the last of the output, never before or after it.
import {describe, expect, it} from 'vitest';
import {initialJobWatch, jobWatchReducer, type JobWatchAction, type JobWatchState} from '../../../source/ui/jobs/jobWatchState.js';

const run = (actions: JobWatchAction[], from: JobWatchState = initialJobWatch) => actions.reduce(jobWatchReducer, from);
const lines = (state: JobWatchState) => state.output.lines.map((line) => line.text);

describe('jobWatchReducer', () => {
	it('shows RUNNING once output is seen, though the scheduler last said PENDING', () => {
		const pending = run([{type: 'status', status: {state: 'PENDING', done: false}}]);
		expect(pending.status?.state).toBe('PENDING');
		const seen = run([{type: 'output', text: 'step 1\n'}], pending);
		expect(seen.status).toEqual({state: 'RUNNING', done: false});
		expect(lines(seen)).toEqual(['step 1']);
	});

	it('shows RUNNING for output that comes before the scheduler first answers', () => {
		expect(run([{type: 'output', text: 'early\n'}]).status).toEqual({state: 'RUNNING', done: false});
	});

	it('keeps RUNNING when a PENDING answer arrives after the output (an answer asked for before it)', () => {
		const state = run([{type: 'output', text: 'a\n'}, {type: 'status', status: {state: 'PENDING', done: false}}]);
		expect(state.status?.state).toBe('RUNNING');
		// A state the job moved on to is taken as it is.
		expect(run([{type: 'status', status: {state: 'COMPLETING', done: false}}], state).status?.state).toBe('COMPLETING');
	});

	it('does not touch a state the job has moved past', () => {
		const state = run([{type: 'status', status: {state: 'SUSPENDED', done: false}}, {type: 'output', text: 'x\n'}]);
		expect(state.status?.state).toBe('SUSPENDED');
	});

	it('takes the final state and the last output in one step, ending the partial line', () => {
		const running = run([{type: 'status', status: {state: 'RUNNING', done: false}}, {type: 'output', text: 'one\ntwo'}]);
		expect(lines(running)).toEqual(['one']);
		const ended = run([{type: 'ended', status: {state: 'COMPLETED', done: true, exitCode: 0}, text: ' more\nlast'}], running);
		expect(ended.status).toEqual({state: 'COMPLETED', done: true, exitCode: 0});
		expect(ended.ended).toBe(true);
		expect(lines(ended)).toEqual(['one', 'two more', 'last']);
	});

	it('changes nothing after the end: a late answer or read is ignored', () => {
		const ended = run([{type: 'ended', status: {state: 'FAILED', done: true, exitCode: 3}, text: 'bye\n'}]);
		expect(run([{type: 'status', status: {state: 'RUNNING', done: false}}, {type: 'output', text: 'late\n'}], ended)).toBe(ended);
	});

	it('scrolls the output', () => {
		const state = run([{type: 'output', text: '1\n2\n3\n4\n'}, {type: 'scroll', delta: 1, rows: 2}]);
		expect(state.output.scroll).toBe(1);
		expect(state.status?.state).toBe('RUNNING');
	});
});
