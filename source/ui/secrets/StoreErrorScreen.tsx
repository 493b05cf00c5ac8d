// A damaged or loose store (a team store that fails its checks too): its sentence instead of the list,
// wrapped, and scrolled with ↑/↓ when the terminal is too small for all of it (the fix comes last). The
// list comes back by itself once the file is fixed (the app re-reads it when it changes); S switches to
// another store meanwhile.
import {Box} from 'ink';
import {useState} from 'react';
import {Text} from '../shared/Text.js';
import {wrapWords} from '../shared/format.js';
import {scrollTop} from '../shared/useScrollView.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import {matchKey} from '../keys/binding.js';
import {STORE_ERROR_KEYS} from '../keys/storeKeys.js';
import {printable} from '../../util/printable.js';

const RELOADS = 'The list reloads when the file changes.';

export type StoreErrorScreenProps = {error: string; width: number; height: number; onQuit: () => void; onSwitchStore?: () => void};

/** The screen's rows at `width`: the sentence (red), then that the list reloads (dim). */
export function storeErrorRows(error: string, width: number): Array<{text: string; red: boolean}> {
	return [...wrapWords(printable(error), width).map((text) => ({text, red: true})), ...wrapWords(RELOADS, width).map((text) => ({text, red: false}))];
}

export function StoreErrorScreen({error, width, height, onQuit, onSwitchStore}: StoreErrorScreenProps) {
	const rows = storeErrorRows(error, width);
	const room = Math.max(1, height);
	const [top, setTop] = useState(0);
	// Each key of a read on its own (keys glued by a slow link or a paste: `jjj`, `Sq`).
	useFieldInput((step) => {
		const action = step.type === 'key' ? matchKey(STORE_ERROR_KEYS, step.input, step.key) : undefined;
		if (action === 'quit') {
			onQuit();
		} else if (action === 'switchStore') {
			onSwitchStore?.();
		} else if (action === 'up' || action === 'down') {
			setTop((value) => scrollTop(value, action, rows.length, room));
		}
	}, {isActive: true});
	const first = Math.min(top, Math.max(0, rows.length - room));
	return (
		<Box flexDirection="column" height={height}>
			{rows.slice(first, first + room).map((row, index) => (
				// Rows can repeat, so the position is the key.
				<Text key={index} role={row.red ? 'failure' : 'hint'} wrap="truncate-end">
					{row.text}
				</Text>
			))}
		</Box>
	);
}
