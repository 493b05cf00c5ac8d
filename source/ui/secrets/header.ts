// The first line of the TUI: the title, how many secrets, the order when it is not by name, and how
// many values are shown. Pure, so the words are tested without rendering.
import type {SecretOrder} from '../../store/order.js';

export const TITLE = 'secrets-tui';

const ORDER_WORDS: Record<SecretOrder, string | undefined> = {name: undefined, updated: 'sorted by updated', expires: 'sorted by expiry'};

/**
 * `{title, summary}`: e.g. `secrets-tui` and `  4 secrets, sorted by updated, 1 shown`. By name (the
 * store's own order) says nothing. When the line is wider than `width`, the title gives way first, so
 * at 40 columns the order is still read whole.
 */
export function headerText(count: number, shown: number, order: SecretOrder, width: number): {title: string; summary: string} {
	const parts = [`${count} secret${count === 1 ? '' : 's'}`, ORDER_WORDS[order], shown > 0 ? `${shown} shown` : undefined].filter(Boolean);
	const summary = parts.join(', ');
	return TITLE.length + 2 + [...summary].length <= width || order === 'name' ? {title: TITLE, summary: `  ${summary}`} : {title: '', summary};
}
