// The one comparison behind `list --sort` and the TUI's `s`, on a real store in a temp folder.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sortSecrets} from '../../source/store/order.js';
import {SecretStore} from '../../source/store/store.js';
import {tempHome} from '../helpers/temp.js';

describe('sortSecrets', () => {
	it('orders a real store by name, most recently updated first, or soonest expiry first with none last', async () => {
		const store = new SecretStore(path.join(tempHome(), 'secrets.json'));
		// A few milliseconds apart, so each update time differs.
		for (const [name, expires] of [['b_later', '2027-03-01'], ['A_PLAIN'], ['c_soon', '2026-12-01'], ['D_PLAIN']] as const) {
			await store.set(name, 'v', expires ? {expires} : {});
			await new Promise((resolve) => setTimeout(resolve, 3));
		}
		const names = (order: 'name' | 'updated' | 'expires') => sortSecrets(store.list(), order).map((entry) => entry.name);
		expect(names('name')).toEqual(['A_PLAIN', 'b_later', 'c_soon', 'D_PLAIN']);
		expect(names('updated')).toEqual(['D_PLAIN', 'c_soon', 'A_PLAIN', 'b_later']);
		// Ties (no date) stay by name.
		expect(names('expires')).toEqual(['c_soon', 'b_later', 'A_PLAIN', 'D_PLAIN']);
	});

	it('leaves the list it is given as it is, and keeps ties in the order given', () => {
		const given = [
			{name: 'a', updated: '2026-01-01T00:00:00.000Z'},
			{name: 'b', updated: '2026-02-01T00:00:00.000Z'},
			{name: 'c', updated: '2026-01-01T00:00:00.000Z'},
		];
		const copy = [...given];
		expect(sortSecrets(given, 'updated').map((entry) => entry.name)).toEqual(['b', 'a', 'c']);
		expect(given).toEqual(copy);
		expect(sortSecrets(given, 'name')).toBe(given);
	});
});
