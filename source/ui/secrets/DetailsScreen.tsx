// The details pane on a screen of its own (`i`), for terminals too narrow to show it beside the list.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import type {SecretEntry} from '../../store/store.js';
import type {SecretUse} from '../../environments/usage.js';
import {printable} from '../../util/printable.js';
import {DETAILS_KEYS} from '../keys/viewKeys.js';
import {useScrollView} from '../shared/useScrollView.js';
import {DetailLines, detailRows} from './DetailsPane.js';

export type DetailsScreenProps = {entry: SecretEntry; uses: readonly SecretUse[]; onClose: () => void; onQuit: () => void; width: number; height: number; now: number};

export function DetailsScreen({entry, uses, onClose, onQuit, width, height, now}: DetailsScreenProps) {
	const rows = detailRows({entry, uses, width, now});
	const room = Math.max(1, height - 1);
	const top = useScrollView(DETAILS_KEYS, {lineCount: rows.length, room, active: true, onClose, onQuit});
	return (
		<Box flexDirection="column" width={width}>
			<Text role="heading" wrap="truncate-end">
				{printable(entry.name)}
			</Text>
			<DetailLines rows={rows.slice(top, top + room)} />
		</Box>
	);
}
