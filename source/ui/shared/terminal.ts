// Escape sequences for the whole-screen session: the alternate screen, the cursor, OSC 52.
// Values are drawn only inside the alternate screen, which is wiped before the terminal leaves it.
// Never `ESC [3J` (erase saved lines): most terminals and tmux apply it to the user's own scrollback,
// whichever screen is showing, and the promise is that the terminal is left as it was.

/**
 * Bracketed paste: the terminal wraps a paste in ESC[200~ … ESC[201~, so a pasted line break is never
 * taken for Enter (fieldInput.ts reads it). On with the alternate screen, off before a child or the
 * shell gets the terminal back.
 */
const BRACKETED_PASTE_ON = '\u001B[?2004h';
const BRACKETED_PASTE_OFF = '\u001B[?2004l';

export const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H\u001B[2J' + BRACKETED_PASTE_ON;
/** Wipes the alternate screen (only it), leaves it, shows the cursor. */
export const LEAVE_ALT_SCREEN = BRACKETED_PASTE_OFF + '\u001B[H\u001B[2J\u001B[?1049l\u001B[?25h';

/** OSC 52: put `text` on the system clipboard (works over SSH, with no X server). */
export function osc52Copy(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** OSC 52 with an empty payload clears the clipboard. */
export const OSC52_CLEAR = '\u001B]52;c;\u0007';

const ERASE_SAVED_LINES = '\u001B[3J';

/**
 * `stream` with every `ESC [3J` taken out of what is written through it. Ink sends one (inside its
 * "clear terminal") whenever a frame is as tall as the terminal, which a shrinking window causes; in
 * tmux and most terminals it would erase the user's scrollback even from the alternate screen.
 */
export function keepingScrollback<Stream extends NodeJS.WriteStream>(stream: Stream): Stream {
	const write = (chunk: unknown, ...rest: unknown[]): boolean =>
		(stream.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? chunk.replaceAll(ERASE_SAVED_LINES, '') : chunk, ...rest);
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') {
				return write;
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}
