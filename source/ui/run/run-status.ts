// The run panel's status line, as data for the one StatusLine: running with the elapsed time, then the
// exit code or signal and the duration; how many lines came and how many are kept; where the view is scrolled.
import type {Status} from '../shared/StatusLine.js';
import {MAX_LINES, visibleLines, type OutputState} from '../shared/output-buffer.js';
import {statusText, type RunState} from './lifecycle.js';

export function runStatus(run: RunState, output: OutputState, now: number, rows: number): Status {
	const {scroll} = visibleLines(output, rows);
	const tone = run.phase === 'running' ? 'progress' : run.phase === 'exited' && run.exitCode === 0 ? 'info' : run.phase === 'idle' ? 'plain' : 'error';
	const count = output.total > MAX_LINES ? `${output.total.toLocaleString('en')} lines (last ${MAX_LINES.toLocaleString('en')} kept)` : `${output.total.toLocaleString('en')} line${output.total === 1 ? '' : 's'}`;
	return {text: statusText(run, now), tone, detail: count + (scroll > 0 ? ` · scrolled up ${scroll}` : '')};
}
