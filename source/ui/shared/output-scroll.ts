// The output scroll keys (ui/keys/scrollKeys.ts) as the output view's actions: a line, a page of `rows`,
// either end (measured at `width`, where long lines wrap), or wrapping long lines on and off.
import type {ScrollAction} from '../keys/scrollKeys.js';
import type {OutputViewAction} from './output-buffer.js';

export function outputScroll(action: ScrollAction, rows: number, width?: number): OutputViewAction {
	const size = width === undefined ? {rows} : {rows, width};
	switch (action) {
		case 'wrap': {
			return {type: 'toggle-wrap'};
		}

		case 'first':
		case 'last': {
			return {type: 'scroll-to', where: action === 'first' ? 'top' : 'bottom', ...size};
		}

		default: {
			const delta = action === 'up' ? 1 : action === 'down' ? -1 : action === 'pageUp' ? rows : -rows;
			return {type: 'scroll', delta, ...size};
		}
	}
}
