// The run panel's status line as data for the one StatusLine: the state, its tone, and the line count.
import {describe, expect, it} from 'vitest';
import {idleRun, runReducer, type RunState} from '../../../source/ui/run/lifecycle.js';
import {runStatus} from '../../../source/ui/run/run-status.js';
import {emptyOutput, MAX_LINES, outputReducer} from '../../../source/ui/shared/output-buffer.js';

const running: RunState = runReducer(runReducer(idleRun, {type: 'start', at: 0}), {type: 'started', display: 'python run.py', pid: 1, at: 0});

describe('runStatus', () => {
	it('says running in the progress tone, then the exit in green for 0 and red otherwise, with the count of lines', () => {
		expect(runStatus(running, emptyOutput, 1000, 0)).toMatchObject({tone: 'progress', detail: '0 lines'});
		const exited = runReducer(running, {type: 'ended', result: {exitCode: 0, durationMs: 1234}});
		const failed = runReducer(running, {type: 'ended', result: {exitCode: 3, durationMs: 1234}});
		expect(runStatus(exited, emptyOutput, 2000, 0).tone).toBe('info');
		expect(runStatus(failed, emptyOutput, 2000, 0).tone).toBe('error');
		expect(runStatus(idleRun, emptyOutput, 0, 0).tone).toBe('plain');
	});

	it('counts one line in the singular, says how many are kept past the limit, where the view is scrolled and when long lines are cut', () => {
		const one = outputReducer(emptyOutput, {type: 'append', chunks: [['stdout', 'x\n']]});
		expect(runStatus(running, one, 0, 0).detail).toBe('1 line');
		const many = outputReducer(emptyOutput, {type: 'append', chunks: [['stdout', 'x\n'.repeat(MAX_LINES + 1)]]});
		expect(runStatus(running, many, 0, 0).detail).toBe(`5,001 lines (last 5,000 kept)`);
		expect(runStatus(running, many, 0, 3).detail).toBe('5,001 lines (last 5,000 kept) · scrolled up 3');
		const cut = outputReducer(one, {type: 'toggle-wrap'});
		expect(runStatus(running, cut, 0, 0).detail).toBe('1 line · long lines cut (w wraps)');
	});
});
