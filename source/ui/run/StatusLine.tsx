// Running with the elapsed time, then the exit code or signal and the duration; how many lines
// came and how many are kept; where the view is scrolled. Always whole: at a narrow width the
// sentence wraps onto more rows instead of being cut.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {wrapWords} from '../shared/format.js';
import {statusText, type RunState} from './lifecycle.js';
import {MAX_LINES, type OutputState} from '../shared/output-buffer.js';

/** The status sentence: what the run did (coloured), then the counts (dim). */
export function statusSentence(run: RunState, output: OutputState, now: number, scroll: number): {main: string; rest: string} {
	const count = output.total > MAX_LINES ? `${output.total.toLocaleString('en')} lines (last ${MAX_LINES.toLocaleString('en')} kept)` : `${output.total.toLocaleString('en')} line${output.total === 1 ? '' : 's'}`;
	const cut = output.wrap ? '' : ' · long lines cut (w wraps)';
	return {main: statusText(run, now), rest: `${count}${scroll > 0 ? ` · scrolled up ${scroll}` : ''}${cut}`};
}

export type StatusRow = {main: string; rest: string};

/** The sentence wrapped at `width`, each row split where the coloured part ends. */
export function statusRows({main, rest}: {main: string; rest: string}, width: number): StatusRow[] {
	const whole = main === '' ? rest : `${main} · ${rest}`;
	const rows: StatusRow[] = [];
	let at = 0;
	for (const row of wrapWords(whole, width)) {
		const start = Math.max(at, whole.indexOf(row, at));
		const split = Math.max(0, Math.min(row.length, main.length - start));
		rows.push({main: row.slice(0, split), rest: row.slice(split)});
		at = start + row.length;
	}

	return rows;
}

export function StatusLine({run, rows}: {run: RunState; rows: StatusRow[]}) {
	const color = run.phase === 'running' ? 'cyan' : run.phase === 'exited' && run.exitCode === 0 ? 'green' : run.phase === 'idle' ? undefined : 'red';
	return (
		<Box flexDirection="column" flexShrink={0}>
			{rows.map((row, index) => (
				<Text key={index} wrap="truncate">
					<Text color={color} bold>
						{row.main}
					</Text>
					<Text dimColor>{row.rest}</Text>
				</Text>
			))}
		</Box>
	);
}
