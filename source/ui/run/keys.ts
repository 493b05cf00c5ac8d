// The run panel's keys as data: one table per screen drives both the input handler and the footer,
// so the hints can never disagree with what the keys do.
import type {Key} from 'ink';

export type PanelCommand =
	| 'up'
	| 'down'
	| 'page-up'
	| 'page-down'
	| 'first'
	| 'last'
	| 'accept'
	| 'back'
	| 'toggle'
	| 'toggle-all'
	| 'next-field'
	| 'previous-field'
	| 'stop'
	| 'rerun'
	| 'close';

export type Binding = {
	command: PanelCommand;
	/** How the footer names the key. */
	label: string;
	/** What the footer says it does; no hint keeps the binding out of the footer. */
	hint?: string;
	match: (input: string, key: Key) => boolean;
};

const up: Binding = {command: 'up', label: '↑↓', hint: 'move', match: (input, key) => key.upArrow || input === 'k'};
const down: Binding = {command: 'down', label: '↓/j', match: (input, key) => key.downArrow || input === 'j'};
const pageUp: Binding = {command: 'page-up', label: 'PgUp', match: (_input, key) => key.pageUp};
const pageDown: Binding = {command: 'page-down', label: 'PgDn', match: (_input, key) => key.pageDown};
const first: Binding = {command: 'first', label: 'Home/g', match: (input, key) => key.home || input === 'g'};
const last: Binding = {command: 'last', label: 'End/G', match: (input, key) => key.end || input === 'G'};
const accept: Binding = {command: 'accept', label: 'Enter', hint: 'next', match: (_input, key) => key.return};
const back: Binding = {command: 'back', label: 'Esc', hint: 'back', match: (_input, key) => key.escape};
const ctrlC = (input: string, key: Key) => key.ctrl && input === 'c';
const close: Binding = {command: 'close', label: 'Ctrl+C', match: ctrlC};

const list: Binding[] = [up, down, pageUp, pageDown, first, last];

/** The keys of each screen of the panel, in footer order. */
export const KEY_TABLES = {
	environment: [...list, accept, {...back, hint: 'close'}, close],
	executable: [...list, accept, back, close],
	secrets: [...list, {command: 'toggle', label: 'Space', hint: 'toggle', match: (input) => input === ' '}, {command: 'toggle-all', label: 'a', hint: 'all/none', match: (input) => input === 'a'}, accept, back, close],
	// Typing goes to the focused field; only keys a text field ignores are bound here.
	arguments: [
		{command: 'previous-field', label: '↑', match: (_input, key) => key.upArrow || (key.shift && key.tab)},
		{command: 'next-field', label: '↓/Tab', hint: 'field', match: (_input, key) => key.downArrow || key.tab},
		{...accept, hint: 'next field / launch'},
		back,
		close,
	],
	running: [
		{...up, hint: 'scroll'},
		down,
		pageUp,
		pageDown,
		first,
		last,
		{command: 'stop', label: 'Ctrl+C', hint: 'stop the program', match: ctrlC},
	],
	// Ctrl+C does nothing here: a second press meant for the program must not close the panel.
	ended: [{...up, hint: 'scroll'}, down, pageUp, pageDown, first, last, {command: 'rerun', label: 'R', hint: 'run again', match: (input) => input === 'R'}, back],
} satisfies Record<string, Binding[]>;

export type KeyScreen = keyof typeof KEY_TABLES;

/** The command a key press means on `screen`, if any. */
export function commandFor(screen: KeyScreen, input: string, key: Key): PanelCommand | undefined {
	return KEY_TABLES[screen].find((binding) => binding.match(input, key))?.command;
}

/** The footer: each binding with a hint, as "label hint". Bindings sharing a hint are named together. */
export function footerHints(screen: KeyScreen): Array<{label: string; hint: string}> {
	const table: Binding[] = KEY_TABLES[screen];
	return table.filter((binding) => binding.hint !== undefined).map((binding) => ({label: binding.label, hint: binding.hint!}));
}
