// `set` reads the store once, under the lock, and writes it once (it read it three times through conf).
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run as setCommand} from '../../source/commands/set.js';
import {tempHome, pointStoreHomeAt} from '../helpers/temp.js';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('secrets-tui set', () => {
	for (const args of [['A', 'new-value', '--overwrite'], ['B', 'new-value']]) {
		it(`opens the store once to read it and once to write it: set ${args.join(' ')}`, async () => {
			const home = tempHome();
			pointStoreHomeAt(home);
			await setCommand(['A', 'first']);
			const file = path.join(home, 'secrets.json');
			const opens = vi.spyOn(fs, 'openSync');
			const reads = vi.spyOn(fs, 'readFileSync');
			expect(await setCommand(args)).toBe(0);
			// The store itself and its temp file (the lock's owner file, inside secrets.json.lock, is not the store).
			const ofStore = opens.mock.calls.filter(([target]) => String(target) === file || String(target).startsWith(`${file}.tmp-`));
			expect(ofStore.map(([target]) => (String(target) === file ? 'store' : 'temp'))).toEqual(['store', 'temp']);
			expect(reads.mock.calls.filter(([target]) => String(target) === file)).toEqual([]);
		});
	}
});
