// The editing keys of every text field (the form, the filter, the run panel's fields, the sbatch
// options): one group, so every field edits the same way and help lists the keys once.
import type {Key} from 'ink';
import {ctrl, either, special, type KeyTable} from './binding.js';

export type TextKeyAction = 'left' | 'right' | 'start' | 'end' | 'wordLeft' | 'wordRight' | 'erase' | 'eraseForward' | 'eraseWord' | 'eraseToStart' | 'eraseToEnd' | 'type';

const alt =
	(letter: string) =>
	(input: string, key: Key): boolean =>
		key.meta && !key.ctrl && input === letter;

/** Text a field takes as typed: printable characters, no Ctrl or Alt. */
export function isText(input: string, key: Key): boolean {
	return input !== '' && !key.ctrl && !key.meta && !key.escape && !key.tab && !key.return && !/[\u0000-\u001F\u007F]/.test(input);
}

export const TEXT_KEYS: KeyTable<TextKeyAction> = {
	title: 'Text fields (the form, the filter, the run panel)',
	bindings: [
		{keys: '←', label: 'left', description: 'Move the cursor a character left.', action: 'left', match: (_input, key) => key.leftArrow && !key.ctrl && !key.meta},
		{keys: '→', label: 'right', description: 'Move the cursor a character right.', action: 'right', match: (_input, key) => key.rightArrow && !key.ctrl && !key.meta},
		{keys: 'Home/Ctrl+A', label: 'start', description: 'Move the cursor to the start of the field.', action: 'start', match: either(special('home'), ctrl('a'))},
		{keys: 'End/Ctrl+E', label: 'end', description: 'Move the cursor to the end of the field.', action: 'end', match: either(special('end'), ctrl('e'))},
		{keys: 'Alt+B/Ctrl+←', label: 'word left', description: 'Move the cursor to the start of the word before it.', action: 'wordLeft', match: either(alt('b'), (_input, key) => key.leftArrow && (key.ctrl || key.meta))},
		{keys: 'Alt+F/Ctrl+→', label: 'word right', description: 'Move the cursor to the end of the word after it.', action: 'wordRight', match: either(alt('f'), (_input, key) => key.rightArrow && (key.ctrl || key.meta))},
		// The field's reader tells Backspace (key.backspace) from Delete (key.delete): ink reports both as delete.
		{keys: 'Backspace', label: 'erase', description: 'Erase the character before the cursor.', action: 'erase', match: (_input, key) => key.backspace && !key.meta},
		{keys: 'Delete', label: 'erase forward', description: 'Erase the character under the cursor.', action: 'eraseForward', match: (_input, key) => key.delete && !key.meta},
		{keys: 'Ctrl+W/Alt+Backspace', label: 'erase word', description: 'Erase the word before the cursor.', action: 'eraseWord', match: either(ctrl('w'), (_input, key) => key.backspace && key.meta)},
		{keys: 'Ctrl+U', label: 'erase to start', description: 'Erase from the start of the field to the cursor.', action: 'eraseToStart', match: ctrl('u')},
		{keys: 'Ctrl+K', label: 'erase to end', description: 'Erase from the cursor to the end of the field.', action: 'eraseToEnd', match: ctrl('k')},
		{keys: 'text', label: 'type', description: 'Typed or pasted text goes in at the cursor; a paste of several lines into a one-line field is refused.', action: 'type', match: isText},
	],
};
