// The output scroll keys (ui/keys/scrollKeys.ts) as the output view's actions: a line, a page of `rows`, or either end.
import type {ScrollAction} from '../keys/scrollKeys.js';
import type {OutputAction} from './output-buffer.js';

export type OutputScroll = Extract<OutputAction, {type: 'scroll' | 'scroll-to'}>;

export function outputScroll(action: ScrollAction, rows: number): OutputScroll {
	switch (action) {
		case 'first':
		case 'last': {
			return {type: 'scroll-to', where: action === 'first' ? 'top' : 'bottom', rows};
		}

		default: {
			const delta = action === 'up' ? 1 : action === 'down' ? -1 : action === 'pageUp' ? rows : -rows;
			return {type: 'scroll', delta, rows};
		}
	}
}
