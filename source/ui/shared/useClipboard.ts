// Copy with OSC 52, written straight to the terminal; the clipboard is cleared again after a while,
// and at exit when that is still pending (see clearPendingClipboard).
import {useStdout} from 'ink';
import {useCallback, useEffect} from 'react';
import {OSC52_CLEAR, osc52Copy} from './terminal.js';

export const CLIPBOARD_CLEAR_MS = 45_000;

let pending: {timer: NodeJS.Timeout; write: (data: string) => void} | undefined;

/** Clears the clipboard now if a copy is still waiting to be cleared. */
export function clearPendingClipboard(): void {
	if (pending) {
		clearTimeout(pending.timer);
		pending.write(OSC52_CLEAR);
		pending = undefined;
	}
}

export function useClipboard(clearAfterMs = CLIPBOARD_CLEAR_MS): (text: string) => void {
	const {stdout} = useStdout();
	useEffect(() => clearPendingClipboard, []);
	return useCallback(
		(text: string) => {
			if (pending) {
				clearTimeout(pending.timer);
			}

			const write = (data: string) => stdout.write(data);
			write(osc52Copy(text));
			const timer = setTimeout(() => {
				pending = undefined;
				write(OSC52_CLEAR);
			}, clearAfterMs);
			timer.unref();
			pending = {timer, write};
		},
		[stdout, clearAfterMs],
	);
}
