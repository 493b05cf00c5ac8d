// The TUI's colours, by meaning: every screen names a role (`<Text role="expired">`), never a colour,
// and this table alone says how each role is drawn. Chosen to read on dark and light backgrounds alike:
// the terminal's own foreground, bold, dim and inverse, and of the 8 basic ANSI colours (which every
// theme remaps to suit its background) only red, green and magenta. Never white, black or grey text
// (one of them is the background), never yellow (unreadable on a light background), never cyan or blue
// (cyan is pale on white, blue dark on black), never a fixed background (the selection is inverse).
// With colour off (util/colour.ts decides) the colours go and the styles stay: meaning that a colour
// carries is also said in words or marks (`expired`, `›`), so it is never lost.
import chalk from 'chalk';
import {createContext} from 'react';

type Colour = 'red' | 'green' | 'magenta';

export type Style = {color?: Colour; bold?: boolean; dimColor?: boolean; inverse?: boolean};

export const ROLES = {
	/** A secret's name: the terminal's own foreground, the most readable on any theme. */
	name: {},
	/** A value behind the mask, and the mask itself. */
	masked: {dimColor: true},
	/** A value on show: bold, so it stands apart from the dim mask with colour or without. */
	revealed: {bold: true},
	expired: {color: 'red'},
	/** Expires within 14 days. */
	expiring: {color: 'magenta'},
	/** Bold as well: xterm's own green on white is faint (contrast 2.2:1), and the words say it anyway. */
	success: {color: 'green', bold: true},
	failure: {color: 'red'},
	/** Something to look at, not an error: a warning of a definitions file, a value the form will refuse. */
	warning: {color: 'magenta'},
	/** A (y/N) question waiting for its answer. */
	question: {color: 'magenta', bold: true},
	/** Under way: a run, a submission, a job running. */
	progress: {bold: true},
	/** The chosen row of a list. */
	selection: {inverse: true},
	/** A text field's cursor. */
	cursor: {inverse: true},
	/** Secondary text: counts, times, explanations, the footer, placeholders. */
	hint: {dimColor: true},
	/** A key in the help. */
	key: {bold: true},
	/** A screen's or a section's title, a focused field's label. */
	heading: {bold: true},
	/** The header's store when it is a team store: writes there reach colleagues (the header says `team` too). */
	team: {color: 'magenta'},
	/** A line a program wrote to its standard error. */
	stderr: {color: 'red'},
} as const satisfies Record<string, Style>;

export type Role = keyof typeof ROLES;

/** How `role` is drawn: its colour only when `colour` is on, its styles always. */
export function roleStyle(role: Role | undefined, colour: boolean): Style {
	if (role === undefined) {
		return {};
	}

	const style: Style = ROLES[role];
	if (colour || style.color === undefined) {
		return style;
	}

	const {color: _color, ...styles} = style;
	return styles;
}

/** Whether this session draws colour: the App provides it from util/colour.ts's rule; ui/shared/Text.tsx reads it. */
export const ColourContext = createContext(true);

/**
 * Ink draws every style through chalk, which guesses from argv, FORCE_COLOR and the terminal on its own
 * (and reads `--no-color` as "no styles either", ignoring NO_COLOR). The TUI's session calls this once
 * it has a terminal: styles are drawn, and whether colours are is the roles' business alone. Basic
 * colours are all the roles use, so level 1 (16 colours) is enough.
 */
export function drawStyles(on = true): void {
	chalk.level = on ? 1 : 0;
}
