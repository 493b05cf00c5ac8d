// A one-line field for the arguments step. Keys can arrive faster than renders (a fast typist, a
// paste split in chunks): edits apply to the latest text and cursor, kept in a ref, so none is lost.
import React, {useRef, useState} from 'react';
import {Text, useInput} from 'ink';

export function Field({value, onChange, focus, placeholder}: {value: string; onChange: (value: string) => void; focus: boolean; placeholder: string}) {
	const [cursor, setCursorState] = useState(value.length);
	const live = useRef({value, cursor: value.length});
	const emitted = useRef(value);
	if (value !== emitted.current) {
		emitted.current = value;
		live.current = {value, cursor: Math.min(live.current.cursor, value.length)};
	}

	useInput(
		(input, key) => {
			const {value: text, cursor: at} = live.current;
			const setCursor = (next: number) => {
				live.current = {...live.current, cursor: next};
				setCursorState(next);
			};

			const change = (next: string, nextCursor: number) => {
				live.current = {value: next, cursor: nextCursor};
				emitted.current = next;
				setCursorState(nextCursor);
				onChange(next);
			};

			if (key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow || key.return) {
				return;
			}

			if (key.leftArrow) {
				setCursor(Math.max(0, at - 1));
			} else if (key.rightArrow) {
				setCursor(Math.min(text.length, at + 1));
			} else if (key.home) {
				setCursor(0);
			} else if (key.end) {
				setCursor(text.length);
			} else if (key.backspace || key.delete) {
				if (at > 0) {
					change(text.slice(0, at - 1) + text.slice(at), at - 1);
				}
			} else if (input) {
				// One line: a pasted line break becomes a space; Enters glued together are the panel's.
				const typed = input.replace(/^\r+$/, '').replace(/[\r\n]+/g, ' ');
				if (typed !== '') {
					change(text.slice(0, at) + typed + text.slice(at), at + typed.length);
				}
			}
		},
		{isActive: focus},
	);

	if (!focus) {
		return value === '' ? <Text dimColor>{placeholder}</Text> : <Text wrap="truncate">{value}</Text>;
	}

	const at = Math.min(cursor, value.length);
	return (
		<Text wrap="truncate">
			{value.slice(0, at)}
			<Text inverse>{value[at] ?? ' '}</Text>
			{value.slice(at + 1)}
			{value === '' ? <Text dimColor> {placeholder}</Text> : null}
		</Text>
	);
}
