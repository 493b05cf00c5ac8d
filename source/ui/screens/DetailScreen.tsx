// The whole of one value, every line, scrollable; opening it is an explicit reveal.
import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {relativeTime} from '../../core/time.js';
import type {SecretEntry} from '../../store/store.js';
import {valueLines} from '../format.js';
import {matchKey} from '../keys/binding.js';
import {DETAIL_KEYS} from '../keys/viewKeys.js';

export type DetailScreenProps = {entry: SecretEntry; onClose: () => void; onQuit: () => void; active: boolean; width: number; height: number};

export function DetailScreen({entry, onClose, onQuit, active, width, height}: DetailScreenProps) {
	const [top, setTop] = useState(0);
	const lines = valueLines(entry.value);
	const room = Math.max(1, height - 1);
	const maxTop = Math.max(0, lines.length - room);
	useInput(
		(input, key) => {
			const action = matchKey(DETAIL_KEYS, input, key);
			if (action === 'close') {
				onClose();
			} else if (action === 'quit') {
				onQuit();
			} else if (action === 'up' || action === 'down') {
				setTop((value) => Math.min(maxTop, Math.max(0, value + (action === 'up' ? -1 : 1))));
			}
		},
		{isActive: active},
	);
	const shown = lines.slice(top, top + room);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold wrap="truncate-end">
				{entry.name}
				<Text dimColor>{`  ${lines.length} line${lines.length === 1 ? '' : 's'}, updated ${relativeTime(entry.updated)}${lines.length > room ? `, lines ${top + 1}-${top + shown.length}` : ''}`}</Text>
			</Text>
			{shown.map((line, index) => (
				// Lines can repeat, so the position is the key.
				<Text key={top + index} color="yellow" wrap="truncate-end">
					{line === '' ? ' ' : line}
				</Text>
			))}
		</Box>
	);
}
