// Running with the elapsed time, then the exit code or signal and the duration; how many lines
// came and how many are kept; where the view is scrolled.
import React from 'react';
import {Text} from 'ink';
import {statusText, type RunState} from './lifecycle.js';
import {MAX_LINES, visibleLines, type OutputState} from '../shared/output-buffer.js';

export function StatusLine({run, output, now, rows}: {run: RunState; output: OutputState; now: number; rows: number}) {
	const {scroll} = visibleLines(output, rows);
	const color = run.phase === 'running' ? 'cyan' : run.phase === 'exited' && run.exitCode === 0 ? 'green' : run.phase === 'idle' ? undefined : 'red';
	const count = output.total > MAX_LINES ? `${output.total.toLocaleString('en')} lines (last ${MAX_LINES.toLocaleString('en')} kept)` : `${output.total.toLocaleString('en')} line${output.total === 1 ? '' : 's'}`;
	return (
		<Text wrap="truncate">
			<Text color={color} bold>
				{statusText(run, now)}
			</Text>
			<Text dimColor>
				{' · '}
				{count}
				{scroll > 0 ? ` · scrolled up ${scroll}` : ''}
			</Text>
		</Text>
	);
}
