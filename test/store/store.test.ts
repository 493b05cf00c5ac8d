import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {tempHome} from '../helpers/temp.js';

function storeIn(home: string) {
	return new SecretStore(path.join(home, 'secrets.json'));
}

describe('SecretStore', () => {
	it('creates the folder 0700 and the file 0600 on the first write', async () => {
		const home = tempHome();
		const store = storeIn(home);
		await store.set('TOKEN', 'abc');
		expect(fs.statSync(home).mode & 0o777).toBe(0o700);
		expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
		expect(store.get('TOKEN')?.value).toBe('abc');
	});
});
