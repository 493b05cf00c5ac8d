// The whole of one value, every line, scrollable; opening it is an explicit reveal.
import {Box, Text} from 'ink';
import {useScrollView} from '../shared/useScrollView.js';
import {relativeTime} from '../../util/time.js';
import type {SecretEntry} from '../../store/store.js';
import {valueLines} from '../shared/format.js';
import {DETAIL_KEYS} from '../keys/viewKeys.js';

export type DetailScreenProps = {entry: SecretEntry; onClose: () => void; onQuit: () => void; active: boolean; width: number; height: number};

export function DetailScreen({entry, onClose, onQuit, active, width, height}: DetailScreenProps) {
	const lines = valueLines(entry.value);
	const room = Math.max(1, height - 1);
	const top = useScrollView(DETAIL_KEYS, {lineCount: lines.length, room, active, onClose, onQuit});
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
