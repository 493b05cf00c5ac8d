// Keys while typing a filter on the list screen; the text keys (textKeys.ts) edit the filter.
import {special, type KeyTable} from './binding.js';

export type FilterAction = 'keep' | 'clear' | 'up' | 'down' | 'quit';

export const FILTER_KEYS: KeyTable<FilterAction> = {
	title: 'Filter (after /)',
	bindings: [
		{keys: 'Enter', label: 'keep', description: 'Stop typing and keep the filter.', action: 'keep', footer: true, match: special('return')},
		{keys: 'Esc', label: 'clear', description: 'Clear the filter.', action: 'clear', footer: true, match: special('escape')},
		{keys: '↑', label: 'up', description: 'Move the selection up while filtering.', action: 'up', footer: true, hint: '↑/↓ move', match: special('upArrow')},
		{keys: '↓', label: 'down', description: 'Move the selection down while filtering.', action: 'down', match: special('downArrow')},
		{keys: 'Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: (input, key) => key.ctrl && input === 'c'},
	],
};
