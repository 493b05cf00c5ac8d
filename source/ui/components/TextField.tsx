// A one-line text field as drawn: a label, the text (or mask characters) with a cursor, and an error
// or hint below it. Editing happens in the form's reducer; this only draws.
import {Box, Text} from 'ink';
import {printable} from '../format.js';

export type TextFieldProps = {
	label: string;
	value: string;
	/** Cursor offset in `value`; drawn only when focused. */
	cursor: number;
	focus: boolean;
	/** Draw each character as this instead. */
	mask?: string;
	error?: string;
	hint?: string;
	width: number;
};

export function TextField({label, value, cursor, focus, mask, error, hint, width}: TextFieldProps) {
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
			{error || hint ? (
				<Box paddingLeft={2}>
					{error ? <Text color="red">{error}</Text> : <Text dimColor>{hint}</Text>}
				</Box>
			) : null}
		</Box>
	);
}
