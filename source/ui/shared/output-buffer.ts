// The run panel's output: the last MAX_LINES lines of a child's output, whatever it prints.
// Partial lines wait per stream for their newline; `\r` rewrites the line (progress bars); escape
// sequences are dropped and other controls shown escaped, so the child cannot move Ink's cursor. Long
// lines wrap onto as many rows as they need, or are cut at the edge (`w` toggles, as `less -S` does).
import {printable} from '../../util/printable.js';

/** How many lines the panel keeps; older lines are dropped (and counted). */
export const MAX_LINES = 5000;
/** How much of one line is kept: a terminal never shows more, and a newline-less flood stays bounded. */
export const MAX_LINE_CHARS = 1000;

export type Stream = 'stdout' | 'stderr';
export type OutputLine = {stream: Stream; text: string};

export type OutputState = {
	lines: OutputLine[];
	/** Text after the last newline, per stream: shown, and completed by the next chunk. */
	partial: Record<Stream, string>;
	/** Complete lines ever received, kept or not. */
	total: number;
	/** Lines from the bottom the view is scrolled up; 0 follows the output. */
	scroll: number;
	/** Long lines wrap onto more rows (true), or are cut at the view's edge. */
	wrap: boolean;
};

/** The size of the view the lines are drawn in: `width` columns (Infinity: never wrap), `rows` rows. */
export type OutputViewSize = {rows: number; width?: number};

export type OutputAction =
	| {type: 'append'; chunks: ReadonlyArray<readonly [Stream, string]>}
	| {type: 'end'}
	| {type: 'clear'}
	| {type: 'scroll'; delta: number; rows: number; width?: number}
	| {type: 'scroll-to'; where: 'top' | 'bottom'; rows: number; width?: number}
	| {type: 'toggle-wrap'};

/** What the reader does to the view (not to the lines in it). */
export type OutputViewAction = Extract<OutputAction, {type: 'scroll' | 'scroll-to' | 'toggle-wrap'}>;

export const emptyOutput: OutputState = {lines: [], partial: {stdout: '', stderr: ''}, total: 0, scroll: 0, wrap: true};

export function outputReducer(state: OutputState, action: OutputAction): OutputState {
	switch (action.type) {
		case 'append': {
			return appendChunks(state, action.chunks);
		}

		case 'end': {
			// The child has ended: what is left without a newline is a line of its own.
			const extra: OutputLine[] = [];
			for (const stream of ['stdout', 'stderr'] as const) {
				if (state.partial[stream] !== '') {
					extra.push({stream, text: cleanLine(state.partial[stream])});
				}
			}

			if (extra.length === 0) {
				return state;
			}

			return {...state, lines: keepLast(state.lines, extra), partial: {stdout: '', stderr: ''}, total: state.total + extra.length, scroll: grow(state.scroll, extra.length)};
		}

		case 'clear': {
			// The next run is read the way the last one was.
			return {...emptyOutput, wrap: state.wrap};
		}

		case 'scroll': {
			const furthest = maxScroll(shownLines(state), state.wrap, action);
			return {...state, scroll: Math.max(0, Math.min(Math.min(state.scroll, furthest) + action.delta, furthest))};
		}

		case 'scroll-to': {
			// The top is kept as "as far as it goes", so it stays the top whatever the view's size becomes.
			return {...state, scroll: action.where === 'bottom' ? 0 : Number.MAX_SAFE_INTEGER};
		}

		case 'toggle-wrap': {
			return {...state, wrap: !state.wrap};
		}
	}
}

/**
 * The rows to draw in a view of `rows` rows and `width` columns: complete lines, then the partial
 * ones, scrolled; a wrapped line gives a row per `width` characters (the top one may show only its
 * last rows). `above` counts the lines above the first one drawn.
 */
export function visibleLines(state: OutputState, rows: number, width = Number.POSITIVE_INFINITY): {lines: OutputLine[]; scroll: number; above: number} {
	const shown = shownLines(state);
	const furthest = maxScroll(shown, state.wrap, {rows, width});
	const scroll = Math.max(0, Math.min(state.scroll, furthest));
	const end = shown.length - scroll;
	if (!state.wrap || width === Number.POSITIVE_INFINITY) {
		const start = Math.max(0, end - rows);
		return {lines: shown.slice(start, end), scroll, above: start};
	}

	const drawn: OutputLine[] = [];
	if (furthest > 0 && state.scroll >= furthest) {
		// At the top: the first line's first row on the top row; the last line drawn may be cut short.
		for (let index = 0; index < end && drawn.length < rows; index++) {
			const line = shown[index]!;
			drawn.push(...wrapLine(line.text, width).slice(0, rows - drawn.length).map((text) => ({stream: line.stream, text})));
		}

		return {lines: drawn, scroll, above: 0};
	}

	let start = end;
	while (start > 0 && drawn.length < rows) {
		start--;
		const line = shown[start]!;
		const pieces = wrapLine(line.text, width);
		drawn.unshift(...pieces.slice(Math.max(0, pieces.length - (rows - drawn.length))).map((text) => ({stream: line.stream, text})));
	}

	return {lines: drawn, scroll, above: start};
}

/** A line cut into rows of `width` characters (code points); an empty line is one empty row. */
export function wrapLine(text: string, width: number): string[] {
	const room = Math.max(1, Math.floor(width));
	if (text.length <= room) {
		return [text];
	}

	const points = [...text];
	const rows: string[] = [];
	for (let at = 0; at < points.length; at += room) {
		rows.push(points.slice(at, at + room).join(''));
	}

	return rows.length === 0 ? [''] : rows;
}

/** How many rows a line takes in the view. */
function heightOf(text: string, wrap: boolean, width: number): number {
	if (!wrap || text.length <= width) {
		return 1;
	}

	return Math.max(1, Math.ceil([...text].length / Math.max(1, Math.floor(width))));
}

/** The furthest the view scrolls up: until the first line is on the top row. */
function maxScroll(shown: OutputLine[], wrap: boolean, {rows, width = Number.POSITIVE_INFINITY}: OutputViewSize): number {
	const room = Math.max(1, rows);
	let used = 0;
	let end = 0;
	while (end < shown.length && used < room) {
		used += heightOf(shown[end]!.text, wrap, width);
		end++;
	}

	return shown.length - end;
}

function shownLines(state: OutputState): OutputLine[] {
	const partials: OutputLine[] = [];
	for (const stream of ['stdout', 'stderr'] as const) {
		if (state.partial[stream] !== '') {
			partials.push({stream, text: cleanLine(state.partial[stream])});
		}
	}

	return partials.length === 0 ? state.lines : [...state.lines, ...partials];
}

/** A view scrolled up stays on the same lines while new ones arrive below (and the top stays the top). */
function grow(scroll: number, added: number): number {
	return scroll === 0 || scroll === Number.MAX_SAFE_INTEGER ? scroll : Math.min(scroll + added, MAX_LINES);
}

function appendChunks(state: OutputState, chunks: ReadonlyArray<readonly [Stream, string]>): OutputState {
	let lines = state.lines;
	let total = state.total;
	let added = 0;
	const partial = {...state.partial};
	// Consecutive chunks of one stream are joined, so a flood of small writes is split once.
	for (let index = 0; index < chunks.length; ) {
		const stream = chunks[index]![0];
		let text = '';
		for (; index < chunks.length && chunks[index]![0] === stream; index++) {
			text += chunks[index]![1];
		}

		const joined = partial[stream] + text;
		const lastNewline = joined.lastIndexOf('\n');
		if (lastNewline === -1) {
			partial[stream] = boundPartial(joined);
			continue;
		}

		partial[stream] = boundPartial(joined.slice(lastNewline + 1));
		const {texts, dropped} = tailLines(joined.slice(0, lastNewline), MAX_LINES);
		lines = keepLast(
			lines,
			texts.map((line) => ({stream, text: cleanLine(line)})),
		);
		total += texts.length + dropped;
		added += texts.length + dropped;
	}

	return {...state, lines, partial, total, scroll: grow(state.scroll, added)};
}

function keepLast(lines: OutputLine[], extra: OutputLine[]): OutputLine[] {
	if (extra.length >= MAX_LINES) {
		return extra.slice(extra.length - MAX_LINES);
	}

	const all = lines.concat(extra);
	return all.length > MAX_LINES ? all.slice(all.length - MAX_LINES) : all;
}

/**
 * The last `max` lines of `text` (which has no trailing newline), and how many lines before them were
 * not split at all: a million-line chunk costs one scan for newlines, not a million strings.
 */
export function tailLines(text: string, max: number): {texts: string[]; dropped: number} {
	const texts: string[] = [];
	let end = text.length;
	while (texts.length < max) {
		const newline = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
		texts.push(text.slice(newline + 1, end));
		if (newline === -1) {
			return {texts: texts.reverse(), dropped: 0};
		}

		end = newline;
	}

	let dropped = 1;
	for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
		dropped++;
	}

	return {texts: texts.reverse(), dropped};
}

/** Keeps a line without a newline bounded: `\r` restarts it, and only MAX_LINE_CHARS are kept. */
function boundPartial(text: string): string {
	const collapsed = collapseReturns(text);
	return collapsed.length > MAX_LINE_CHARS + 1 ? collapsed.slice(0, MAX_LINE_CHARS) : collapsed;
}

/** "10%\r20%\r30%" shows as "30%"; a trailing "\r" is kept, since "\r\n" ends a line and keeps it. */
function collapseReturns(text: string): string {
	const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
	const lastReturn = trimmed.lastIndexOf('\r');
	return lastReturn === -1 ? text : text.slice(lastReturn + 1);
}

const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]?/g;

/**
 * What a terminal would leave of the line, as plain text Ink can lay out: the child's escape sequences
 * (its colours, a title) are taken out, and any other control, bidi or zero-width character is shown
 * escaped (util/printable.ts), since Ink would pass it to the terminal raw.
 */
export function cleanLine(raw: string): string {
	let text = collapseReturns(raw);
	if (text.endsWith('\r')) {
		text = text.slice(0, -1);
	}

	text = text.replace(ESCAPES, '');
	if (text.includes('\t')) {
		text = expandTabs(text);
	}

	text = printable(text);
	return text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text;
}

function expandTabs(text: string): string {
	let out = '';
	for (const character of text) {
		out += character === '\t' ? ' '.repeat(8 - (out.length % 8)) : character;
	}

	return out;
}
