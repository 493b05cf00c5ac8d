// Keys in the add / overwrite form. Typing goes to the focused field.
import {ctrl, either, special, type KeyTable} from './binding.js';
import {NEXT_FIELD, PREVIOUS_FIELD} from './fieldKeys.js';

export type FormAction = 'submit' | 'cancel' | 'toggleShow' | 'nextField' | 'previousField' | 'scrollUp' | 'scrollDown';

export const FORM_KEYS: KeyTable<FormAction> = {
	title: 'Add / overwrite form',
	bindings: [
		{keys: 'Enter', label: 'next/save', description: 'In the name field, go to the value; in the value, note or expiry field, save.', action: 'submit', footer: true, priority: 1, match: special('return')},
		{...PREVIOUS_FIELD, description: 'Focus the previous field (name, value, note, expiry, round).'},
		{...NEXT_FIELD, description: 'Focus the next field: name, value, note (optional), expiry (optional, YYYY-MM-DD), round.', priority: 3},
		{keys: 'Ctrl+T', label: 'show value', description: 'Show or mask the value while typing it.', action: 'toggleShow', footer: true, priority: 4, match: ctrl('t')},
		{keys: 'PgUp', label: 'scroll up', description: 'Scroll a shown value of several lines (Ctrl+T shows it whole) up a page.', action: 'scrollUp', match: special('pageUp')},
		{keys: 'PgDn', label: 'scroll down', description: 'Scroll a shown value of several lines down a page.', action: 'scrollDown', match: special('pageDown')},
		{keys: 'Esc/Ctrl+C', label: 'cancel', description: 'Close the form without saving (the TUI stays open).', action: 'cancel', footer: true, priority: 2, hint: 'Esc cancel', match: either(special('escape'), ctrl('c'))},
	],
};

/** The overwrite form's footer: the name is fixed, so Enter saves from any field. */
export const OVERWRITE_FORM_KEYS: KeyTable<FormAction> = {
	title: FORM_KEYS.title,
	bindings: FORM_KEYS.bindings.map((binding) => (binding.action === 'submit' ? {...binding, label: 'save'} : binding)),
};

export type ConfirmAction = 'yes' | 'no';

/** Any `(y/N)` question: only y says yes, any other key says no. */
export const CONFIRM_KEYS: KeyTable<ConfirmAction> = {
	title: 'Questions (y/N)',
	bindings: [
		{keys: 'y', label: 'yes', description: 'Yes: overwrite, delete, or copy to a team store.', action: 'yes', footer: true, match: (input, key) => !key.ctrl && (input === 'y' || input === 'Y')},
		{keys: 'Esc/Ctrl+C', label: 'no', description: 'No, as any other key: the question closes and the TUI stays open.', action: 'no', match: either(special('escape'), ctrl('c'))},
		{keys: 'any other key', label: 'no', description: 'No: nothing changes.', action: 'no', footer: true, match: () => true},
	],
};
