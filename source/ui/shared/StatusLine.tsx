// The one status line: what the last action did, a (y/N) question, or a run's state; its tone gives the
// role (shared/colour.ts), and an optional detail follows dimmed (the run panel's line count and scroll). Given a width,
// the sentence wraps onto more rows instead of being cut (the run panel, whole; the list and its forms, up
// to maxRows, the last cut with …); without one it is a single row, cut at the edge.
import {Box} from 'ink';
import {Text} from './Text.js';
import {wrapWords} from './format.js';
import type {Role} from './colour.js';

export type Status = {
	text: string;
	tone: 'info' | 'error' | 'question' | 'progress' | 'plain';
	/** Shown dimmed after the text, as ` · detail`; the text is then bold. */
	detail?: string;
};

/** Each tone's role (shared/colour.ts): an info line is a success, an error a failure. */
const ROLE: Record<Status['tone'], Role | undefined> = {info: 'success', error: 'failure', question: 'question', progress: 'progress', plain: undefined};

/** One row of a wrapped status: the part in the tone's colour, then the dim part. */
export type StatusRow = {main: string; rest: string};

/** The sentence wrapped at `width`, each row split where the coloured part ends. */
export function statusRows(status: Status, width: number): StatusRow[] {
	const main = status.text;
	const rest = status.detail ?? '';
	const whole = rest === '' ? main : main === '' ? rest : `${main} · ${rest}`;
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

/**
 * `maxRows`: with a width, a sentence longer than this many rows is cut, its last row ending with ….
 * `rows`: statusRows(status, width), when the caller measured them already (for its own layout).
 */
export function StatusLine({status, width, maxRows, rows}: {status?: Status; width?: number; maxRows?: number; rows?: StatusRow[]}) {
	if (!status) {
		return <Text> </Text>;
	}

	const role = ROLE[status.tone];
	// With a detail the text is bold: a heading over the detail.
	const main = (text: string) => (status.detail === undefined ? <Text role={role}>{text}</Text> : <Text role="heading"><Text role={role}>{text}</Text></Text>);
	if (width === undefined) {
		return (
			<Text wrap="truncate-end">
				{main(status.text)}
				{status.detail === undefined ? null : <Text role="hint">{` · ${status.detail}`}</Text>}
			</Text>
		);
	}

	return (
		<Box flexDirection="column" flexShrink={0}>
			{clippedRows(rows ?? statusRows(status, width), width, maxRows).map((row, index) => (
				<Text key={index} wrap="truncate">
					{main(row.main)}
					<Text role="hint">{row.rest}</Text>
				</Text>
			))}
		</Box>
	);
}

function clippedRows(rows: StatusRow[], width: number, maxRows: number | undefined): StatusRow[] {
	if (maxRows === undefined || rows.length <= maxRows) {
		return rows;
	}

	const kept = rows.slice(0, Math.max(1, maxRows));
	const last = kept.at(-1)!;
	const room = Math.max(0, width - 1);
	const main = [...last.main].slice(0, room).join('');
	const rest = [...last.rest].slice(0, Math.max(0, room - [...main].length)).join('');
	kept[kept.length - 1] = last.rest === '' ? {main: main + '…', rest: ''} : {main, rest: rest + '…'};
	return kept;
}
