// A one-line field of the arguments step, drawn from the wizard's state: the text and, when focused,
// the cursor. Typing is handled by the panel's key table and the wizard reducer, so keys that arrive
// faster than renders are applied to the latest text and none is lost.
import React from 'react';
import {Text} from 'ink';

export function Field({value, cursor, focus, placeholder}: {value: string; cursor: number; focus: boolean; placeholder: string}) {
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
