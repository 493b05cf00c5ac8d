// The one text field as drawn: a label, the text (or the list's fixed mask) with a cursor, a window of
// the text that keeps the cursor in view, and an error or hint below it. Editing is textEdit.ts's.
import {Box} from 'ink';
import {Text} from './Text.js';
import {printable} from '../../util/printable.js';
import {MASK, wrapWords} from './format.js';

const NOTE_INDENT = '  ';

/** An error or hint as the rows it takes under a field `width` wide. */
export function noteRows(text: string | undefined, width: number): string[] {
	return text ? wrapWords(text, width - NOTE_INDENT.length) : [];
}

export type TextFieldProps = {
	/** Drawn as given before the text ("Name : ", "› shell "). */
	label?: string;
	value: string;
	/** Cursor offset in `value` (UTF-16); drawn only when focused. */
	cursor: number;
	focus: boolean;
	/** Draw the list's fixed mask instead of the text: neither the value nor its length shows. */
	masked?: boolean;
	/** Shown dim while the field is empty. */
	placeholder?: string;
	/** The rows of the error or hint below the field (see noteRows). */
	note?: string[];
	/** The note is an error (red), not a hint (dim). */
	noteIsError?: boolean;
	/** Columns for the label and the text. */
	width: number;
};

export function TextField({label = '', value, cursor, focus, masked = false, placeholder, note = [], noteIsError = false, width}: TextFieldProps) {
	return (
		<Box flexDirection="column" flexShrink={0}>
			<Box>
				<Text role={focus ? 'heading' : undefined}>{label}</Text>
				<FieldText value={value} cursor={cursor} focus={focus} masked={masked} placeholder={placeholder} room={Math.max(1, width - [...label].length)} />
			</Box>
			{note.map((row, index) => (
				// Rows of one sentence can repeat; the position is the key.
				<Text key={index} role={noteIsError ? 'failure' : 'hint'} wrap="truncate-end">
					{NOTE_INDENT + row}
				</Text>
			))}
		</Box>
	);
}

function FieldText({value, cursor, focus, masked, placeholder, room}: {value: string; cursor: number; focus: boolean; masked: boolean; placeholder?: string; room: number}) {
	if (masked) {
		return (
			<Text>
				<Text role="masked">{value === '' ? '' : MASK}</Text>
				{focus ? <Text role="cursor"> </Text> : null}
			</Text>
		);
	}

	if (!focus) {
		return value === '' && placeholder ? <Text role="hint" wrap="truncate-end">{placeholder}</Text> : <Text wrap="truncate-end">{printable(value)}</Text>;
	}

	const at = Math.min(cursor, value.length);
	const chars = [...printable(value)];
	const cursorAt = [...printable(value.slice(0, at))].length;
	// Keep the cursor in view: the window starts where the cursor is the last column it holds.
	const start = Math.max(0, cursorAt - room + 1);
	return (
		<Text wrap="truncate-end">
			{chars.slice(start, cursorAt).join('')}
			<Text role="cursor">{chars[cursorAt] ?? ' '}</Text>
			{chars.slice(cursorAt + 1, start + room).join('')}
			{value === '' && placeholder ? <Text role="hint"> {placeholder}</Text> : null}
		</Text>
	);
}
