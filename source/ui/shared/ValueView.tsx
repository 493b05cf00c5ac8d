// A value shown whole: every line, wrapped at the width (a value's spaces are its own, so rows are cut
// at the column, not at words), a window of rows that scrolls, and `line X of Y` under it. The detail
// view (o) and the form's shown value (Ctrl+T) both draw values this way.
import {Box} from 'ink';
import {Text} from './Text.js';
import {printable} from '../../util/printable.js';

/** The rows `value` takes at `width` columns: each line made printable, then cut every `width` characters. */
export function valueRows(value: string, width: number): string[] {
	const room = Math.max(1, width);
	const rows: string[] = [];
	for (const line of value.split(/\r?\n/)) {
		const characters = [...printable(line)];
		if (characters.length === 0) {
			rows.push('');
		}

		for (let start = 0; start < characters.length; start += room) {
			rows.push(characters.slice(start, start + room).join(''));
		}
	}

	return rows;
}

/** The first row shown, kept inside the rows. */
export function clampTop(top: number, rowCount: number, room: number): number {
	return Math.max(0, Math.min(top, rowCount - room));
}

export type ValueViewProps = {
	rows: readonly string[];
	/** The first row shown. */
	top: number;
	/** Rows for the value and its position line. */
	height: number;
};

/** `height` rows: the value's rows from `top`, then `line X of Y` (X the first row shown). */
export function ValueView({rows, top, height}: ValueViewProps) {
	const room = Math.max(1, height - 1);
	const first = clampTop(top, rows.length, room);
	const shown = rows.slice(first, first + room);
	return (
		<Box flexDirection="column" flexShrink={0}>
			{shown.map((row, index) => (
				// Rows can repeat, so the position is the key.
				<Text key={first + index} role="revealed" wrap="truncate-end">
					{row === '' ? ' ' : row}
				</Text>
			))}
			<Text role="hint" wrap="truncate-end">
				{`line ${first + 1} of ${rows.length}`}
			</Text>
		</Box>
	);
}
