// The footer: the keys that matter on the current screen, from that screen's key table. Hints are
// whole or absent: when the terminal is too narrow for all of them, the least important go first
// (their `priority`), never half a word. `? help` and `q quit` are pinned to the right and stay.
import {Text} from './Text.js';
import {isOffered, type KeyBinding, type KeyContext, type KeyTable} from '../keys/binding.js';

const PINNED = new Set(['help', 'quit']);
const GAP = '  ';
const DEFAULT_PRIORITY = 5;

export const hintText = (binding: KeyBinding<string>) => binding.hint ?? `${binding.keys} ${binding.label}`;

const width = (text: string) => [...text].length;

function offered(binding: KeyBinding<string>, has?: KeyContext): boolean {
	return Boolean(binding.footer) && isOffered(binding, has);
}

/**
 * The footer's hints for a terminal `columns` wide: `keys` on the left in table order, `pinned` on the
 * right. Hints are dropped whole, the highest `priority` number first (the later one on a tie).
 */
export function footerParts(tables: ReadonlyArray<KeyTable<string>>, columns = Number.POSITIVE_INFINITY, has?: KeyContext): {keys: string[]; pinned: string[]} {
	const shown = tables.flatMap((table) => table.bindings.filter((binding) => offered(binding, has)));
	const pinned = shown.filter((binding) => PINNED.has(binding.action)).map(hintText);
	const kept = shown.filter((binding) => !PINNED.has(binding.action));
	const pinnedWidth = pinned.length > 0 ? width(pinned.join(GAP)) + GAP.length : 0;
	const total = () => kept.reduce((sum, binding, index) => sum + width(hintText(binding)) + (index > 0 ? GAP.length : 0), 0);
	while (kept.length > 0 && total() + pinnedWidth > columns) {
		let drop = 0;
		for (const [index, binding] of kept.entries()) {
			if ((binding.priority ?? DEFAULT_PRIORITY) >= (kept[drop]!.priority ?? DEFAULT_PRIORITY)) {
				drop = index;
			}
		}

		kept.splice(drop, 1);
	}

	return {keys: kept.map(hintText), pinned};
}

/** The footer as one line `columns` wide: the kept hints, then the pinned ones flush right. */
export function footerLine(tables: ReadonlyArray<KeyTable<string>>, columns: number, has?: KeyContext): string {
	const {keys, pinned} = footerParts(tables, columns, has);
	const left = keys.join(GAP);
	const right = pinned.join(GAP);
	if (!right) {
		return left;
	}

	return left + ' '.repeat(Math.max(left ? GAP.length : 0, columns - width(left) - width(right))) + right;
}

export function Footer({tables, width: columns, has}: {tables: ReadonlyArray<KeyTable<string>>; width: number; has?: KeyContext}) {
	return (
		<Text role="hint" wrap="truncate-end">
			{footerLine(tables, columns, has) || ' '}
		</Text>
	);
}
