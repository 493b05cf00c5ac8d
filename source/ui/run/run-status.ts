// The run panel's status, as data for the one StatusLine: running with the elapsed time, then the exit
// code or signal and the duration (coloured by its tone); how many lines came and how many are kept,
// where the view is scrolled, and whether long lines are cut (dim).
import type {Status} from '../shared/StatusLine.js';
import {MAX_LINES, type OutputState} from '../shared/output-buffer.js';
import {statusText, type RunState} from './lifecycle.js';

export function runStatus(run: RunState, output: OutputState, now: number, scroll: number): Status {
	const tone = run.phase === 'running' ? 'progress' : run.phase === 'exited' && run.exitCode === 0 ? 'info' : run.phase === 'idle' ? 'plain' : 'error';
	const count = output.total > MAX_LINES ? `${output.total.toLocaleString('en')} lines (last ${MAX_LINES.toLocaleString('en')} kept)` : `${output.total.toLocaleString('en')} line${output.total === 1 ? '' : 's'}`;
	const cut = output.wrap ? '' : ' · long lines cut (w wraps)';
	return {text: statusText(run, now), tone, detail: `${count}${scroll > 0 ? ` · scrolled up ${scroll}` : ''}${cut}`};
}
