// Keys of the rename form (R on the list). Typing edits the name (textKeys.ts).
import {ctrl, either, special, type KeyTable} from './binding.js';

export type RenameKeyAction = 'submit' | 'cancel';

export const RENAME_KEYS: KeyTable<RenameKeyAction> = {
	title: 'Rename form',
	bindings: [
		{keys: 'Enter', label: 'rename', description: 'Rename the secret to the name typed; a name that exists asks before it is replaced.', action: 'submit', footer: true, priority: 1, match: special('return')},
		{keys: 'Esc/Ctrl+C', label: 'cancel', description: 'Close the form without renaming (the TUI stays open).', action: 'cancel', footer: true, priority: 2, hint: 'Esc cancel', match: either(special('escape'), ctrl('c'))},
	],
};
