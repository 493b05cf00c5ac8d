// `s` in the built TUI at 40×10, 100×30 and 200×50: the order cycles, the header says which, and the
// selection stays on the same secret (scrolled into view), also with keys glued in one write.
import {describe, expect, it} from 'vitest';
import {delay} from '../../helpers/pty.js';
import {glued, selectedRow, startTui} from './start.js';

/** K00…K11, updated in that order (K11 most recently); K03 expires soonest, K07 next, the others never. */
async function fill(store: Awaited<ReturnType<typeof startTui>>['store']): Promise<void> {
	for (let index = 0; index < 12; index++) {
		const name = `K${String(index).padStart(2, '0')}`;
		await store.set(name, `value-${index}`, index === 3 ? {expires: '2098-01-01'} : index === 7 ? {expires: '2099-01-01'} : {});
		await delay(3);
	}
}

const names = (screen: string) => screen.split('\n').map((line) => /^[› ] (K\d\d)\b/.exec(line)?.[1]).filter(Boolean);

describe.each([
	[40, 10],
	[100, 30],
	[200, 50],
])('s at %i×%i', (cols, rows) => {
	it('cycles name → updated → expiry with the header saying which; the selection stays on its secret', async () => {
		const {session, store} = await startTui({cols, rows});
		await fill(store);
		await session.waitFor('12 secrets', 10_000);
		// g then two j: K02 selected; then s, glued in one write.
		await glued(session, 'gjjs');
		let screen = await session.waitFor('sorted by updated');
		expect(screen.split('\n')[0]).toContain('12 secrets, sorted by updated');
		expect(selectedRow(screen)).toMatch(/^› K02 /);
		// Most recently updated first: K11 K10 … K00; at 10 rows the window scrolled down to keep K02 in view.
		expect(names(screen)).toEqual([...names(screen)].sort().reverse());
		expect(names(screen)[0]).toBe(rows >= 20 ? 'K11' : 'K07');
		await session.press('s');
		screen = await session.waitFor('sorted by expiry');
		expect(selectedRow(screen)).toMatch(/^› K02 /);
		if (rows >= 20) {
			expect(names(screen).slice(0, 3)).toEqual(['K03', 'K07', 'K00']);
		}

		// Back to by name, and on to updated again with the selection moved first: keys glued in one write.
		await glued(session, 'sGs');
		screen = await session.waitFor('sorted by updated');
		expect(selectedRow(screen)).toMatch(/^› K11 /);
		expect(names(screen)[0]).toBe('K11');
		expect(screen.split('\n').every((line) => [...line].length <= cols)).toBe(true);
	});
});
