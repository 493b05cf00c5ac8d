// The first line of the TUI: the title, the store shown (once a team store is registered), how many
// secrets, the order when it is not by name, and how many values are shown. Pure, so the words are
// tested without rendering.
import type {SecretOrder} from '../../store/order.js';

export const TITLE = 'secrets-tui';

const ORDER_WORDS: Record<SecretOrder, string | undefined> = {name: undefined, updated: 'sorted by updated', expires: 'sorted by expiry'};

/**
 * `{title, store, summary}`: e.g. `secrets-tui`, `  team lab` and `  4 secrets, sorted by updated, 1 shown`.
 * By name (the store's own order) says nothing; without `store` (no team store registered) the store
 * is ''. When the line is wider than `width`, the title gives way first, so at 40 columns the store and
 * the order are still read.
 */
export function headerText(count: number, shown: number, order: SecretOrder, width: number, store?: string): {title: string; store: string; summary: string} {
	const parts = [`${count} secret${count === 1 ? '' : 's'}`, ORDER_WORDS[order], shown > 0 ? `${shown} shown` : undefined].filter(Boolean);
	const summary = parts.join(', ');
	const storeWidth = store === undefined ? 0 : [...store].length + 2;
	const title = TITLE.length + storeWidth + 2 + [...summary].length <= width || order === 'name' ? TITLE : '';
	const named = store === undefined ? '' : title ? `  ${store}` : store;
	return {title, store: named, summary: title || named ? `  ${summary}` : summary};
}
