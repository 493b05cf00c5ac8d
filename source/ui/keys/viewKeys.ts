// Keys of the detail view and the help screen.
import {char, ctrl, either, special, type KeyTable} from './binding.js';

export type ViewAction = 'close' | 'up' | 'down' | 'quit';

export const DETAIL_KEYS: KeyTable<ViewAction> = {
	title: 'Value detail',
	bindings: [
		{keys: '↑/k ↓/j', label: 'scroll', description: 'Scroll a long value.', action: 'up', footer: true, match: either(special('upArrow'), char('k'))},
		{keys: '↓/j', label: 'down', description: 'Scroll down.', action: 'down', match: either(special('downArrow'), char('j'))},
		{keys: 'Esc/←/o/q', label: 'close', description: 'Back to the list.', action: 'close', footer: true, match: either(special('escape'), special('leftArrow'), char('o', 'q'))},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: ctrl('c')},
	],
};

export const HELP_KEYS: KeyTable<ViewAction> = {
	title: 'Help',
	bindings: [
		{keys: '↑/k ↓/j', label: 'scroll', description: 'Scroll the help.', action: 'up', footer: true, match: either(special('upArrow'), char('k'))},
		{keys: '↓/j', label: 'down', description: 'Scroll down.', action: 'down', match: either(special('downArrow'), char('j'))},
		{keys: 'Esc/?/q', label: 'close', description: 'Back to the list.', action: 'close', footer: true, match: either(special('escape'), char('?', 'q'))},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: ctrl('c')},
	],
};
