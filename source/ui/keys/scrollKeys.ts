// Scrolling a program's output, one group of bindings for every screen that shows output (the run
// panel's running and ended screens, a job's pane): lines, pages, either end, and wrap or cut long lines.
// ui/shared/output-scroll.ts turns them into the output view's actions.
import {char, either, special, type KeyBinding} from './binding.js';

export type ScrollAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'wrap';

export const OUTPUT_SCROLL_KEYS: ReadonlyArray<KeyBinding<ScrollAction>> = [
	{keys: '↑/k', label: 'scroll', description: 'Scroll the output up a line.', action: 'up', footer: true, hint: '↑↓ scroll', match: either(special('upArrow'), char('k'))},
	{keys: '↓/j', label: 'down', description: 'Scroll the output down a line.', action: 'down', match: either(special('downArrow'), char('j'))},
	{keys: 'PgUp', label: 'page up', description: 'Scroll the output up a page.', action: 'pageUp', match: special('pageUp')},
	{keys: 'PgDn', label: 'page down', description: 'Scroll the output down a page.', action: 'pageDown', match: special('pageDown')},
	{keys: 'Home/g', label: 'first', description: 'Scroll to the oldest kept line.', action: 'first', match: either(special('home'), char('g'))},
	{keys: 'End/G', label: 'last', description: 'Scroll to the newest line and follow the output.', action: 'last', match: either(special('end'), char('G'))},
	{keys: 'w', label: 'wrap/cut', description: 'Wrap long lines onto more rows, or cut them at the edge (as less -S).', action: 'wrap', footer: true, priority: 4, match: char('w')},
];

const SCROLL_ACTIONS = new Set<string>(OUTPUT_SCROLL_KEYS.map((binding) => binding.action));

export function isScrollAction(action: string | undefined): action is ScrollAction {
	return action !== undefined && SCROLL_ACTIONS.has(action);
}
