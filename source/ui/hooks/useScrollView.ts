// A read-only view that scrolls (the detail and help screens): its key table's close, quit, up and
// down, and the first line shown.
import {useInput} from 'ink';
import {useState} from 'react';
import {matchKey, type KeyTable} from '../keys/binding.js';
import type {ViewAction} from '../keys/viewKeys.js';

export function useScrollView(
	keys: KeyTable<ViewAction>,
	{lineCount, room, active, onClose, onQuit}: {lineCount: number; room: number; active: boolean; onClose: () => void; onQuit: () => void},
): number {
	const [top, setTop] = useState(0);
	const maxTop = Math.max(0, lineCount - room);
	useInput(
		(input, key) => {
			const action = matchKey(keys, input, key);
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
	return Math.min(top, maxTop);
}
