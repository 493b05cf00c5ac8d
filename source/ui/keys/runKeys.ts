// The run panel's keys as data, on the app's KeyTable type: one table per screen drives both the
// input handler (matchKey) and the footer, so the hints can never disagree with what the keys do.
import {char, ctrl, either, special, type KeyBinding, type KeyTable} from './binding.js';
import {NEXT_FIELD, PREVIOUS_FIELD} from './fieldKeys.js';
import {OUTPUT_SCROLL_KEYS} from './scrollKeys.js';

export type PanelAction =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'first'
	| 'last'
	| 'accept'
	| 'back'
	| 'toggle'
	| 'toggleAll'
	| 'nextField'
	| 'previousField'
	| 'stop'
	| 'rerun'
	| 'handover'
	| 'submit'
	| 'addMissing'
	| 'wrap';

type Binding = KeyBinding<PanelAction>;

const up: Binding = {keys: '↑/k', label: 'up', description: 'Move up.', action: 'up', match: either(special('upArrow'), char('k'))};
const down: Binding = {keys: '↓/j', label: 'down', description: 'Move down.', action: 'down', match: either(special('downArrow'), char('j'))};
const pageUp: Binding = {keys: 'PgUp', label: 'page up', description: 'Move up a page.', action: 'pageUp', match: special('pageUp')};
const pageDown: Binding = {keys: 'PgDn', label: 'page down', description: 'Move down a page.', action: 'pageDown', match: special('pageDown')};
const first: Binding = {keys: 'Home/g', label: 'first', description: 'Jump to the first row.', action: 'first', match: either(special('home'), char('g'))};
const last: Binding = {keys: 'End/G', label: 'last', description: 'Jump to the last row.', action: 'last', match: either(special('end'), char('G'))};
const accept: Binding = {keys: 'Enter', label: 'next', description: "Accept this step (its defaults, unless changed) and go to the next.", action: 'accept', footer: true, priority: 1, match: special('return')};
const back: Binding = {keys: 'Esc', label: 'back', description: 'Go back one step.', action: 'back', footer: true, priority: 2, match: special('escape')};
const list = [up, down, pageUp, pageDown, first, last];
export const ENVIRONMENT_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: environment',
	bindings: [...list, accept, {...back, label: 'close', description: 'Close the run panel.'}],
};

/** Where the highlighted environment names secrets the store lacks, the environment step has `a` (help lists it apart). */
export const ADD_MISSING_OFFER_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: environment, where secrets are missing',
	bindings: [
		{keys: 'a', label: 'add missing', description: 'Add the first missing secret of the highlighted environment, without leaving the panel (its name filled in; Esc goes back).', action: 'addMissing', footer: true, priority: 1, match: char('a')},
	],
};

export const ENVIRONMENT_MISSING_KEYS: KeyTable<PanelAction> = {title: ENVIRONMENT_KEYS.title, bindings: [...ADD_MISSING_OFFER_KEYS.bindings, ...ENVIRONMENT_KEYS.bindings]};

export const EXECUTABLE_KEYS: KeyTable<PanelAction> = {title: 'Run panel: executable', bindings: [...list, accept, back]};

export const SECRETS_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: secrets',
	bindings: [
		...list,
		{keys: 'Space', label: 'toggle', description: 'Inject the selected secret or not.', action: 'toggle', footer: true, match: char(' ')},
		{keys: 'a', label: 'all/none', description: 'Inject every secret listed, or none.', action: 'toggleAll', footer: true, match: char('a')},
		accept,
		back,
	],
};

// Typing goes to the focused field (the text keys, textKeys.ts), so only keys a text field ignores are bound here.
export const ARGUMENTS_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: arguments',
	bindings: [
		PREVIOUS_FIELD,
		NEXT_FIELD,
		{...accept, label: 'next field / launch', description: 'Go to the next field; on the last one, launch.'},
		{
			keys: 'Ctrl+T',
			label: 'run in the terminal',
			description: 'Launch with the whole terminal (for interactive programs; output not redacted); when it ends, Enter returns to the TUI.',
			action: 'handover',
			footer: true,
			match: ctrl('t'),
		},
		back,
	],
};

/** Where a batch scheduler is on the PATH, the arguments step has one more key (help lists it apart). */
export const SUBMIT_OFFER_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: arguments, where Slurm (sbatch) is found',
	bindings: [
		{
			keys: 'Ctrl+S',
			label: 'submit to Slurm',
			description: 'Submit a batch job instead of running here (extra sbatch options on the next screen); the secrets are read on the compute node.',
			action: 'submit',
			footer: true,
			match: ctrl('s'),
		},
	],
};

/** The arguments step where a batch scheduler is on the PATH: Ctrl+S submits instead of running here. */
export const ARGUMENTS_SUBMIT_KEYS: KeyTable<PanelAction> = {title: ARGUMENTS_KEYS.title, bindings: [...SUBMIT_OFFER_KEYS.bindings, ...ARGUMENTS_KEYS.bindings]};

export const RUNNING_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: a program running',
	bindings: [...OUTPUT_SCROLL_KEYS, {keys: 'Ctrl+C', label: 'stop', description: 'Stop the program (SIGINT, then SIGTERM, then SIGKILL); the TUI stays open.', action: 'stop', footer: true, priority: 1, match: ctrl('c')}],
};

// Ctrl+C only ever stops a running program: on the steps and once it has ended it does nothing, so a
// press meant for the program (or out of habit) never closes the panel or quits the TUI.
export const ENDED_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: a program ended',
	bindings: [...OUTPUT_SCROLL_KEYS, {keys: 'R', label: 'run again', description: 'Run the same again.', action: 'rerun', footer: true, priority: 3, match: char('R')},
		{keys: 'T', label: 'again in the terminal', description: 'Run the same again with the whole terminal (output not redacted); when it ends, Enter returns to the TUI.', action: 'handover', footer: true, match: char('T')},
		{...back, description: 'Back to the arguments.'}],
};

/** No definitions file, or a broken one: the panel only says so (scrolled, when it is taller than the screen). */
export const NO_DEFINITIONS_KEYS: KeyTable<PanelAction> = {
	title: 'Run panel: no definitions',
	bindings: [
		{keys: 'Esc/Enter', label: 'close', description: 'Close the run panel.', action: 'back', footer: true, match: either(special('escape'), special('return'))},
		{...up, label: 'scroll', description: 'Scroll the text up a line (when it is taller than the screen).', footer: true, hint: '↑↓ scroll'},
		{...down, description: 'Scroll the text down a line.'},
	],
};

/** The same where the text fits: no scrolling offered. */
export const NO_DEFINITIONS_FIT_KEYS: KeyTable<PanelAction> = {title: NO_DEFINITIONS_KEYS.title, bindings: NO_DEFINITIONS_KEYS.bindings.slice(0, 1)};

export const PANEL_KEY_TABLES = {
	environment: ENVIRONMENT_KEYS,
	executable: EXECUTABLE_KEYS,
	secrets: SECRETS_KEYS,
	arguments: ARGUMENTS_KEYS,
	running: RUNNING_KEYS,
	ended: ENDED_KEYS,
} as const;

export type KeyScreen = keyof typeof PANEL_KEY_TABLES;
