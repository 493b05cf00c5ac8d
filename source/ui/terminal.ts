// Escape sequences for the whole-screen session: the alternate screen, the cursor, OSC 52.
// Values are drawn only inside the alternate screen, which is wiped before the terminal leaves it.

export const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H\u001B[2J';
/** Wipes the alternate screen (and any scrollback a terminal keeps for it), leaves it, shows the cursor. */
export const LEAVE_ALT_SCREEN = '\u001B[H\u001B[2J\u001B[3J\u001B[?1049l\u001B[?25h';

/** OSC 52: put `text` on the system clipboard (works over SSH, with no X server). */
export function osc52Copy(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** OSC 52 with an empty payload clears the clipboard. */
export const OSC52_CLEAR = '\u001B]52;c;\u0007';
