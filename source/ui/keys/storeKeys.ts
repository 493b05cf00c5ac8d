// Keys of team stores: the "copy to store…" question's choice of store, and the screen of a store that
// fails its checks (which can switch back to another store).
import {char, ctrl, either, special, type KeyTable} from './binding.js';

export type CopyPickAction = 'pick' | 'no';

/** `Copy NAME to which team store? 1 lab  2 ops`: a digit picks one; any other key copies nothing. */
export const COPY_TO_STORE_KEYS: KeyTable<CopyPickAction> = {
	title: 'Copy to store (C): which store',
	bindings: [
		{keys: '1-9', label: 'store', description: 'Copy to the team store of that number (then asks y/N first).', action: 'pick', footer: true, match: (input, key) => !key.ctrl && !key.meta && /^[1-9]$/.test(input)},
		{keys: 'Esc/Ctrl+C', label: 'no', description: 'No, as any other key: nothing is copied and the TUI stays open.', action: 'no', match: either(special('escape'), ctrl('c'))},
		{keys: 'any other key', label: 'no', description: 'No: nothing is copied.', action: 'no', footer: true, match: () => true},
	],
};

export type StoreErrorAction = 'up' | 'down' | 'switchStore' | 'quit';

/** A damaged or loose store: fix the file (the list comes back by itself), switch to another store, or quit. */
export const STORE_ERROR_KEYS: KeyTable<StoreErrorAction> = {
	title: 'Store error',
	bindings: [
		{keys: '↑/k', label: 'up', description: 'Scroll the sentence up a line (a small terminal may not show all of it).', action: 'up', footer: true, hint: '↑↓ scroll', priority: 6, needs: 'overflow', match: either(special('upArrow'), char('k'))},
		{keys: '↓/j', label: 'down', description: 'Scroll the sentence down a line.', action: 'down', match: either(special('downArrow'), char('j'))},
		{keys: 'S', label: 'switch store', description: 'Switch to the next store (your personal store, then each team store).', action: 'switchStore', footer: true, needs: 'stores', match: char('S')},
		{keys: 'q/Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', footer: true, hint: 'q quit', match: either(char('q'), ctrl('c'))},
	],
};
