// The one rule of whether colour is drawn, for the terminal UI and for any subcommand that ever colours.
// Colour is off with --no-color, with NO_COLOR set to anything but empty (no-color.org), and when the
// output is not a terminal or is a dumb one. FORCE_COLOR (Node's and chalk's meaning) turns it on where
// it would be off for the output alone, never over --no-color or NO_COLOR; FORCE_COLOR=0 or false turns
// it off. Only colour: bold, dim and inverse are styles, not colours, and stay (no-color.org's FAQ).

export type ColourInputs = {
	/** --no-color was given. */
	noColorFlag: boolean;
	env: Readonly<Record<string, string | undefined>>;
	/** The output the colour would go to is a terminal. */
	isTTY: boolean;
};

export function colourOn({noColorFlag, env, isTTY}: ColourInputs): boolean {
	if (noColorFlag || (env.NO_COLOR ?? '') !== '') {
		return false;
	}

	const force = env.FORCE_COLOR ?? '';
	if (force !== '') {
		return force !== '0' && force !== 'false';
	}

	return isTTY && env.TERM !== 'dumb';
}
