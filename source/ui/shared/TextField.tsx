// A one-line text field as drawn: a label, the text (or mask characters) with a cursor, and an error
// or hint below it, already wrapped into rows of its own. Editing happens in the form's reducer.
import {Box, Text} from 'ink';
import {wrapWords} from './format.js';
import {printable} from '../../util/printable.js';

const NOTE_INDENT = '  ';

/** An error or hint as the rows it takes under a field `width` wide. */
export function noteRows(text: string | undefined, width: number): string[] {
	return text ? wrapWords(text, width - NOTE_INDENT.length) : [];
}

export type TextFieldProps = {
	label: string;
	value: string;
	/** Cursor offset in `value`; drawn only when focused. */
	cursor: number;
	focus: boolean;
	/** Draw each character as this instead. */
	mask?: string;
	/** The rows of the error or hint below the field (see noteRows). */
	note?: string[];
	/** The note is an error (red), not a hint (dim). */
	noteIsError?: boolean;
	width: number;
};

export function TextField({label, value, cursor, focus, mask, note = [], noteIsError = false, width}: TextFieldProps) {
	const at = Math.min(cursor, value.length);
	const show = (text: string) => (mask ? mask.repeat([...text].length) : printable(text));
	const chars = [...show(value)];
	const cursorAt = [...show(value.slice(0, at))].length;
	// Keep the cursor in view on a narrow terminal: show the end of a long text.
	const room = Math.max(1, width - label.length - 4);
	const start = Math.max(0, cursorAt - room + 1);
	return (
		<Box flexDirection="column">
			<Box>
				<Text bold={focus}>{label.padEnd(5)}: </Text>
				{focus ? (
					<Text>
						{chars.slice(start, cursorAt).join('')}
						<Text inverse>{chars[cursorAt] ?? ' '}</Text>
						{chars.slice(cursorAt + 1, start + room).join('')}
					</Text>
				) : (
					<Text wrap="truncate-end">{chars.join('')}</Text>
				)}
			</Box>
			{note.map((row, index) => (
				// Rows of one sentence can repeat; the position is the key.
				<Text key={index} color={noteIsError ? 'red' : undefined} dimColor={!noteIsError} wrap="truncate-end">
					{NOTE_INDENT + row}
				</Text>
			))}
		</Box>
	);
}
