// Copy with OSC 52, written straight to the terminal; the copy is cleared again after a while, and at
// exit when that is still pending (see clearPendingClipboard). How it is cleared is clipboard.ts's.
import {useStdout} from 'ink';
import {useCallback, useEffect} from 'react';
import {osc52Copy} from './terminal.js';
import {clearClipboard, clipboardClearMs} from './clipboard.js';

let pending: {timer: NodeJS.Timeout; value: string; write: (data: string) => void} | undefined;

/** Clears the clipboard now if a copy is still waiting to be cleared. */
export function clearPendingClipboard(): void {
	if (pending) {
		const {timer, value, write} = pending;
		pending = undefined;
		clearTimeout(timer);
		clearClipboard(value, write);
	}
}

export function useClipboard(clearAfterMs = clipboardClearMs()): (text: string) => void {
	const {stdout} = useStdout();
	useEffect(() => clearPendingClipboard, []);
	return useCallback(
		(text: string) => {
			// A copy over a copy: the first is cleared now (under tmux it is a buffer of its own).
			clearPendingClipboard();
			const write = (data: string) => stdout.write(data);
			write(osc52Copy(text));
			const timer = setTimeout(clearPendingClipboard, clearAfterMs);
			timer.unref();
			pending = {timer, value: text, write};
		},
		[stdout, clearAfterMs],
	);
}
