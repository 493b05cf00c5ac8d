// Reading SGR escape sequences (ESC [ ... m) out of raw terminal output: which colours and which styles.

/** Every parameter of every SGR sequence in `raw`, in order (`\x1b[1;31m` gives 1 and 31; `\x1b[m` gives 0). */
export function sgrParameters(raw: string): number[] {
	return [...raw.matchAll(/\u001B\[([\d;:]*)m/g)].flatMap((match) => (match[1] === '' ? [0] : match[1]!.split(/[;:]/).map(Number)));
}

/**
 * The colour parameters among them: foreground and background, basic (30-37, 40-47), bright (90-97,
 * 100-107), 256/true colour (38, 48) and back to the default (39, 49). Not bold (1), dim (2), inverse (7)...
 */
export function colourParameters(raw: string): number[] {
	return sgrParameters(raw).filter((code) => (code >= 30 && code <= 49) || (code >= 90 && code <= 107));
}
