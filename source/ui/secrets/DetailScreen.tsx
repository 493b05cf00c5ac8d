// The whole of one value, every line wrapped at the width, scrollable; opening it is an explicit reveal.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {useMemo} from 'react';
import {useScrollView} from '../shared/useScrollView.js';
import {relativeTime} from '../../util/time.js';
import type {SecretEntry} from '../../store/store.js';
import {ValueView, valueRows} from '../shared/ValueView.js';
import {DETAIL_KEYS} from '../keys/viewKeys.js';

export type DetailScreenProps = {entry: SecretEntry; onClose: () => void; onQuit: () => void; active: boolean; width: number; height: number};

export function DetailScreen({entry, onClose, onQuit, active, width, height}: DetailScreenProps) {
	const rows = useMemo(() => valueRows(entry.value, width), [entry.value, width]);
	const lineCount = entry.value.split(/\r?\n/).length;
	// The title and the position line take a row each.
	const room = Math.max(1, height - 2);
	const top = useScrollView(DETAIL_KEYS, {lineCount: rows.length, room, active, onClose, onQuit});
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text role="heading" wrap="truncate-end">
				{entry.name}
				<Text role="hint">{`  ${lineCount} line${lineCount === 1 ? '' : 's'}, updated ${relativeTime(entry.updated)}${entry.updatedBy === undefined ? '' : ` by ${entry.updatedBy}`}`}</Text>
			</Text>
			<ValueView rows={rows} top={top} height={room + 1} />
		</Box>
	);
}
