// The list screen's keys.
import {char, ctrl, either, special, type KeyTable} from './binding.js';

export type ListAction =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'first'
	| 'last'
	| 'reveal'
	| 'revealAll'
	| 'detail'
	| 'details'
	| 'copy'
	| 'add'
	| 'edit'
	| 'delete'
	| 'rename'
	| 'filter'
	| 'clearFilter'
	| 'sort'
	| 'undo'
	| 'run'
	| 'jobs'
	| 'switchStore'
	| 'copyToStore'
	| 'help'
	| 'quit';

export const LIST_KEYS: KeyTable<ListAction> = {
	title: 'Secret list',
	bindings: [
		{keys: '↑/k', label: 'up', description: 'Move the selection up.', action: 'up', match: either(special('upArrow'), char('k'))},
		{keys: '↓/j', label: 'down', description: 'Move the selection down.', action: 'down', match: either(special('downArrow'), char('j'))},
		{keys: 'PgUp', label: 'page up', description: 'Move up a page.', action: 'pageUp', match: special('pageUp')},
		{keys: 'PgDn', label: 'page down', description: 'Move down a page.', action: 'pageDown', match: special('pageDown')},
		{keys: 'Home/g', label: 'first', description: 'Jump to the first row.', action: 'first', match: either(special('home'), char('g'))},
		{keys: 'End/G', label: 'last', description: 'Jump to the last row.', action: 'last', match: either(special('end'), char('G'))},
		{
			keys: 'Space/Enter',
			label: 'reveal',
			description: 'Show or mask the selected value (it masks itself again after the reveal timeout).',
			action: 'reveal',
			footer: true,
			priority: 1,
			hint: 'Space reveal',
			needs: 'selection',
			match: either(char(' '), special('return')),
		},
		{keys: 'v', label: 'reveal all', description: 'Show or mask every value in the list.', action: 'revealAll', match: char('v')},
		{
			keys: 'o/→',
			label: 'open',
			description: 'Open the selected value in full (multi-line values); Esc closes it.',
			action: 'detail',
			footer: true,
			priority: 7,
			needs: 'selection',
			match: either(char('o'), special('rightArrow')),
		},
		{
			keys: 'i',
			label: 'details',
			description: 'Show the selected secret’s details: length, created, updated, note, expiry, and the environments that use it (beside the list from 120 columns).',
			action: 'details',
			needs: 'selection',
			match: char('i'),
		},
		{
			keys: 'c',
			label: 'copy',
			description: 'Copy the selected value to the clipboard (OSC 52); the clipboard is cleared after 45 seconds.',
			action: 'copy',
			footer: true,
			priority: 3,
			needs: 'selection',
			match: char('c'),
		},
		{keys: 'a', label: 'add', description: 'Add a secret.', action: 'add', footer: true, priority: 2, match: char('a')},
		{keys: 'e', label: 'edit', description: 'Edit the selected secret’s value: the field starts with it (masked; Ctrl+T shows it), and saving asks first.', action: 'edit', footer: true, priority: 5, needs: 'selection', match: char('e')},
		{
			keys: 'R',
			label: 'rename',
			description: 'Rename the selected secret, keeping its value, created date, note and expiry.',
			action: 'rename',
			needs: 'selection',
			match: char('R'),
		},
		{keys: 'd', label: 'delete', description: 'Delete the selected secret (asks first).', action: 'delete', footer: true, priority: 6, needs: 'selection', match: char('d')},
		{
			keys: '/',
			label: 'filter',
			description: 'Filter by name as you type: case-insensitive substring match. Enter keeps the filter, Esc clears it.',
			action: 'filter',
			footer: true,
			priority: 4,
			needs: 'secrets',
			match: char('/'),
		},
		{keys: 'Esc', label: 'clear filter', description: 'Clear the filter.', action: 'clearFilter', match: special('escape')},
		{keys: 'r', label: 'run', description: 'Open the run panel.', action: 'run', footer: true, priority: 4, match: char('r')},
		{
			keys: 's',
			label: 'sort',
			description: 'Sort by name, then most recently updated first, then soonest expiry first (none last), and round again; the header says which, and the selection stays on the same secret.',
			action: 'sort',
			footer: true,
			priority: 8,
			needs: 'secrets',
			match: char('s'),
		},
		{
			keys: 'u',
			label: 'undo',
			description:
				'Undo the last delete, overwrite or rename of this session: the secret comes back as it was (value, times, note, expiry; a rename, under its old name); u again undoes the one before (up to 10). Asks first if the name was added or changed again since (a rename is then not undone).',
			action: 'undo',
			match: char('u'),
		},
		{keys: 'J', label: 'jobs', description: 'The batch jobs submitted through secrets-tui (Slurm), with their state and output.', action: 'jobs', match: char('J')},
		{
			keys: 'S',
			label: 'store',
			description: 'Switch store: your personal store, then each team store (secrets-tui store add) in turn; the header names the one shown, and every screen works on it.',
			action: 'switchStore',
			// Shown in the header, before the store's name (`[S] personal`): the footer has no room left at 100 columns.
			match: char('S'),
		},
		{
			keys: 'C',
			label: 'copy to store',
			description: 'Copy the selected personal secret, with its note and expiry, to a team store: asks which, then asks first (and before replacing a secret of that name there).',
			action: 'copyToStore',
			needs: 'selection',
			match: char('C'),
		},
		{keys: '?', label: 'help', description: 'Show every key.', action: 'help', footer: true, match: char('?')},
		{keys: 'q', label: 'quit', description: 'Quit; the screen is restored and no value is left on it.', action: 'quit', footer: true, match: char('q')},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit, as q does.', action: 'quit', match: ctrl('c')},
	],
};
