// A read-only view that scrolls (the detail and help screens): its key table's close and quit, and
// scrolling by a line, a page or to either end; returns the first line shown.
import {useState} from 'react';
import {matchKey, type KeyTable} from '../keys/binding.js';
import type {ViewAction} from '../keys/viewKeys.js';
import {useKeys} from './useKeys.js';

/** The first line shown after `action`, for `lineCount` lines in `room` rows. */
export function scrollTop(top: number, action: ViewAction, lineCount: number, room: number): number {
	const maxTop = Math.max(0, lineCount - room);
	const by: Partial<Record<ViewAction, number>> = {up: -1, down: 1, pageUp: -room, pageDown: room, first: -lineCount, last: lineCount};
	return Math.min(maxTop, Math.max(0, Math.min(top, maxTop) + (by[action] ?? 0)));
}

export function useScrollView(
	keys: KeyTable<ViewAction>,
	{lineCount, room, active, onClose, onQuit}: {lineCount: number; room: number; active: boolean; onClose: () => void; onQuit: () => void},
): number {
	const [top, setTop] = useState(0);
	useKeys(
		(input, key) => {
			const action = matchKey(keys, input, key);
			if (action === 'close') {
				onClose();
			} else if (action === 'quit') {
				onQuit();
			} else if (action) {
				setTop((value) => scrollTop(value, action, lineCount, room));
			}
		},
		{isActive: active},
	);
	return Math.min(top, Math.max(0, lineCount - room));
}
