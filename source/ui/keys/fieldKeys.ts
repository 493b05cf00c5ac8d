// Going from field to field in a screen of several text fields (the add / edit form, the run panel's
// arguments): one pair of bindings, so every such screen moves the same way and help says it the same.
import {either, special, type KeyBinding} from './binding.js';

/** Listed before NEXT_FIELD in a table: Shift+Tab is a Tab too. */
export const PREVIOUS_FIELD: KeyBinding<'previousField'> = {
	keys: '↑/Shift+Tab',
	label: 'previous field',
	description: 'Focus the previous field.',
	action: 'previousField',
	match: either(special('upArrow'), (_input, key) => key.shift && key.tab),
};

export const NEXT_FIELD: KeyBinding<'nextField'> = {
	keys: '↓/Tab',
	label: 'field',
	description: 'Focus the next field.',
	action: 'nextField',
	footer: true,
	match: either(special('downArrow'), special('tab')),
};
