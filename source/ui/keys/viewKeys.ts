// Keys of the detail view and the help screen: both scroll the way the list moves.
import {char, ctrl, either, special, type KeyBinding, type KeyTable} from './binding.js';

export type ViewAction = 'close' | 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'quit';

function scrolling(what: string): Array<KeyBinding<ViewAction>> {
	return [
		{keys: '↑/k', label: 'up', description: `Scroll ${what} up a line.`, action: 'up', footer: true, hint: '↑↓ scroll', match: either(special('upArrow'), char('k'))},
		{keys: '↓/j', label: 'down', description: `Scroll ${what} down a line.`, action: 'down', match: either(special('downArrow'), char('j'))},
		{keys: 'PgUp', label: 'page up', description: `Scroll ${what} up a page.`, action: 'pageUp', match: special('pageUp')},
		{keys: 'PgDn', label: 'page down', description: `Scroll ${what} down a page.`, action: 'pageDown', match: special('pageDown')},
		{keys: 'Home/g', label: 'top', description: `Scroll to the top of ${what}.`, action: 'first', match: either(special('home'), char('g'))},
		{keys: 'End/G', label: 'bottom', description: `Scroll to the bottom of ${what}.`, action: 'last', match: either(special('end'), char('G'))},
	];
}

export const DETAIL_KEYS: KeyTable<ViewAction> = {
	title: 'Value detail',
	bindings: [
		...scrolling('a long value'),
		{keys: 'Esc/←/o/q', label: 'close', description: 'Back to the list.', action: 'close', footer: true, match: either(special('escape'), special('leftArrow'), char('o', 'q'))},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: ctrl('c')},
	],
};

export const DETAILS_KEYS: KeyTable<ViewAction> = {
	title: 'Secret details (i)',
	bindings: [
		...scrolling('the details'),
		{keys: 'Esc/i/q', label: 'close', description: 'Back to the list.', action: 'close', footer: true, match: either(special('escape'), char('i', 'q'))},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: ctrl('c')},
	],
};

export const HELP_KEYS: KeyTable<ViewAction> = {
	title: 'Help',
	bindings: [
		...scrolling('the help'),
		{keys: 'Esc/?/q', label: 'close', description: 'Back to the list.', action: 'close', footer: true, match: either(special('escape'), char('?', 'q'))},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: ctrl('c')},
	],
};
