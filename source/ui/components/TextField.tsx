// A one-line text field: a label, the text (or mask characters), a cursor, an error beside it.
// Own component rather than ink-text-input so that Ctrl and Esc keys never end up in the text.
import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {printable} from '../format.js';

export type TextFieldProps = {
	label: string;
	value: string;
	onChange?: (value: string) => void;
	focus: boolean;
	/** Draw each character as this instead. */
	mask?: string;
	error?: string;
	hint?: string;
	width: number;
};

export function TextField({label, value, onChange, focus, mask, error, hint, width}: TextFieldProps) {
	const [cursor, setCursor] = useState(value.length);
	const at = Math.min(cursor, value.length);
	useInput(
		(input, key) => {
			if (!onChange || key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow || key.return) {
				return;
			}

			if (key.leftArrow) {
				setCursor(Math.max(0, at - 1));
			} else if (key.rightArrow) {
				setCursor(Math.min(value.length, at + 1));
			} else if (key.home) {
				setCursor(0);
			} else if (key.end) {
				setCursor(value.length);
			} else if (key.backspace || key.delete) {
				if (at > 0) {
					onChange(value.slice(0, at - 1) + value.slice(at));
					setCursor(at - 1);
				}
			} else if (input) {
				// A paste arrives as one chunk; its line breaks (\r from the terminal) become \n.
				const text = input.length > 1 ? input.replaceAll('\r\n', '\n').replaceAll('\r', '\n') : input;
				onChange(value.slice(0, at) + text + value.slice(at));
				setCursor(at + text.length);
			}
		},
		{isActive: focus && onChange !== undefined},
	);

	const shown = mask ? mask.repeat([...value].length) : printable(value);
	const room = Math.max(1, width - label.length - 3);
	// Keep the cursor in view on a narrow terminal: show the end of a long text.
	const chars = [...shown];
	const cursorAt = mask ? [...value.slice(0, at)].length : [...printable(value.slice(0, at))].length;
	const start = Math.max(0, cursorAt - room + 1);
	const before = chars.slice(start, cursorAt).join('');
	const under = chars[cursorAt] ?? ' ';
	const after = chars.slice(cursorAt + 1, start + room).join('');
	return (
		<Box flexDirection="column">
			<Box>
				<Text bold={focus}>{label.padEnd(5)}: </Text>
				{focus && onChange ? (
					<Text>
						{before}
						<Text inverse>{under}</Text>
						{after}
					</Text>
				) : (
					<Text wrap="truncate-end">{shown}</Text>
				)}
			</Box>
			{error ? <Text color="red">{'  ' + error}</Text> : hint ? <Text dimColor>{'  ' + hint}</Text> : null}
		</Box>
	);
}
