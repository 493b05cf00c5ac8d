// Keys glued in one read to the key that opens another screen (a paste, fast typing, keys bunched over
// SSH) belong to that screen: `R` and a new name and Enter rename, `a` and a name, Tab, a value and Enter
// add, `i` then Esc opens and closes the details. In a real pseudo-terminal, at 40×10 and 100×30.
import {describe, expect, it} from 'vitest';
import {glued, selectedRow, startTui} from './start.js';

describe('keys glued to the key that opens a screen', () => {
	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
	] as const) {
		it(`reach the screen it opens (${cols}×${rows})`, async () => {
			const {session, store} = await startTui({secrets: {OLD: 'old-value', OTHER: 'o'}, cols, rows});
			await session.waitFor((screen) => selectedRow(screen).includes('OLD'));
			// R, Ctrl+U (empty the field), the new name and Enter in one read.
			await glued(session, 'R\u0015NEW\r');
			await session.waitFor(/Renamed OLD → NEW/);
			expect(store.get('OLD')).toBeUndefined();
			expect(store.get('NEW')!.value).toBe('old-value');
			// a, a name, Tab, a value and Enter in one read.
			await glued(session, 'aADDED\tadded-value\r');
			await session.waitFor(/Saved ADDED|Added ADDED/);
			expect(store.get('ADDED')!.value).toBe('added-value');
		});
	}
});
