// One order of names for both faces: case-insensitive, then a fixed tie-break, from the core.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SecretStore, compareNames} from '../../source/store/store.js';
import {runCli} from '../helpers/cli.js';
import {tempHome} from '../helpers/temp.js';

const NAMES = ['ZULU', 'db-password', 'API_KEY', 'Db_host', 'api_key', 'DB_USER', '_private', 'b.2', 'B.10'];
const SORTED = ['_private', 'API_KEY', 'api_key', 'B.10', 'b.2', 'db-password', 'Db_host', 'DB_USER', 'ZULU'];

describe('the order of names', () => {
	it('ignores case (db-password among the d’s) and breaks ties by code units, the same whatever the input order', () => {
		expect([...NAMES].sort(compareNames)).toEqual(SORTED);
		expect([...NAMES].reverse().sort(compareNames)).toEqual(SORTED);
		expect(compareNames('API', 'api')).toBeLessThan(0);
		expect(compareNames('api', 'API')).toBeGreaterThan(0);
		expect(compareNames('same', 'same')).toBe(0);
	});

	it('is the order of the store and of `secrets-tui list`, plain and --json', async () => {
		const home = tempHome();
		const store = new SecretStore(path.join(home, 'secrets.json'));
		await store.setMany(NAMES.map((name) => ({name, value: 'v'})));
		expect(store.list().map((entry) => entry.name)).toEqual(SORTED);
		const plain = await runCli(['list'], {home});
		expect(plain.code).toBe(0);
		expect(
			plain.stdout
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => line.split(' ')[0]),
		).toEqual(SORTED);
		const json = await runCli(['list', '--json'], {home});
		expect((JSON.parse(json.stdout) as Array<{name: string}>).map((entry) => entry.name)).toEqual(SORTED);
	});
});
