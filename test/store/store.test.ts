import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {refusal} from '../helpers/refusal.js';
import {tempHome} from '../helpers/temp.js';

function storeIn(home: string) {
	return new SecretStore(path.join(home, 'secrets.json'));
}

/** Every way the store can be used; each must refuse a damaged or loose file the same way. */
const operations: Array<[string, (store: SecretStore) => unknown]> = [
	['list', (store) => store.list()],
	['get', (store) => store.get('A')],
	['set', (store) => store.set('NEW', 'value')],
	['set --overwrite', (store) => store.set('A', 'value', {overwrite: true})],
	['setMany', (store) => store.setMany([{name: 'NEW', value: 'v'}])],
	['delete', (store) => store.delete('A')],
];


describe('SecretStore: files and modes', () => {
	it('creates the folder 0700 and the file 0600 on the first write', async () => {
		const home = tempHome();
		const store = storeIn(home);
		await store.set('TOKEN', 'abc');
		expect(fs.statSync(home).mode & 0o777).toBe(0o700);
		expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
		expect(store.get('TOKEN')?.value).toBe('abc');
	});

	it('writes 0600 even when the umask would allow more', async () => {
		const old = process.umask(0);
		try {
			const store = storeIn(tempHome());
			await store.set('TOKEN', 'abc');
			expect(fs.statSync(store.dir).mode & 0o777).toBe(0o700);
			expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
		} finally {
			process.umask(old);
		}
	});

	it('leaves no temp or lock files behind', async () => {
		const store = storeIn(tempHome());
		await store.set('A', '1');
		await store.set('B', '2');
		await store.delete('A');
		expect(fs.readdirSync(store.dir)).toEqual(['secrets.json']);
	});

	it('treats a missing file as an empty store without creating anything', () => {
		const home = tempHome();
		expect(storeIn(home).list()).toEqual([]);
		expect(fs.existsSync(home)).toBe(false);
	});

	for (const mode of [0o644, 0o640, 0o604, 0o660, 0o602, 0o666]) {
		it(`refuses a file with mode ${mode.toString(8)} for every operation, naming the file and the chmod`, async () => {
			const store = storeIn(tempHome());
			await store.set('A', 'secret');
			fs.chmodSync(store.file, mode);
			const before = fs.readFileSync(store.file);
			for (const [, operation] of operations) {
				const error = await refusal(() => operation(store));
				expect(error.message).toContain(store.file);
				expect(error.message).toContain(`chmod 600 '${store.file}'`);
			}

			expect(fs.readFileSync(store.file).equals(before)).toBe(true);
			expect(fs.statSync(store.file).mode & 0o777).toBe(mode);
		});
	}
});

describe('SecretStore: damaged files are refused and left byte-identical', () => {
	const damaged: Array<[string, string, RegExp]> = [
		['not JSON', '{"version": 1, "secrets": {', /not valid JSON/],
		['empty', '', /not valid JSON/],
		['an array', '[]', /does not hold a JSON object/],
		['no version', '{"secrets": {}}', /"version"/],
		['another version', '{"version": 2, "secrets": {}}', /"version" is 2/],
		['secrets not an object', '{"version": 1, "secrets": []}', /no "secrets" object/],
		['an entry without a value', '{"version": 1, "secrets": {"A": {"created": "x", "updated": "x"}}}', /entry "A"/],
		['a value that is a number', '{"version": 1, "secrets": {"A": {"value": 5, "created": "x", "updated": "x"}}}', /entry "A"/],
		['an invalid name', '{"version": 1, "secrets": {"1A": {"value": "v", "created": "x", "updated": "x"}}}', /invalid name/],
	];

	for (const [what, content, reason] of damaged) {
		it(`refuses a store that is ${what}`, async () => {
			const home = tempHome();
			fs.mkdirSync(home, {mode: 0o700});
			const store = storeIn(home);
			fs.writeFileSync(store.file, content, {mode: 0o600});
			for (const [, operation] of operations) {
				const error = await refusal(() => operation(store));
				expect(error.message).toContain(store.file);
				expect(error.message).toContain('damaged');
				expect(error.message).toMatch(reason);
			}

			expect(fs.readFileSync(store.file, 'utf8')).toBe(content);
			expect(fs.readdirSync(home)).toEqual(['secrets.json']);
		});
	}
});

describe('SecretStore: names', () => {
	const valid = ['A', 'a', '_', '_x', 'github-api-token', 'a.b-c_1', 'Token', 'x'.repeat(128), 'A1.2-3'];
	const invalid = ['', '1abc', '-a', '.a', 'a b', 'é', 'naïve', 'a=b', 'x'.repeat(129), 'a\nb', '$A'];

	for (const name of valid) {
		it(`accepts the name ${JSON.stringify(name.length > 20 ? name.slice(0, 10) + '…' : name)}`, async () => {
			const store = storeIn(tempHome());
			await store.set(name, 'v');
			expect(store.get(name)?.value).toBe('v');
		});
	}

	for (const name of invalid) {
		it(`refuses the name ${JSON.stringify(name.length > 20 ? name.slice(0, 10) + '…' : name)} with the rule`, async () => {
			const store = storeIn(tempHome());
			const error = await refusal(() => store.set(name, 'v'));
			expect(error.message).toMatch(/starts with a letter or _.*at most 128 characters/);
			expect(fs.existsSync(store.file)).toBe(false);
		});
	}

	it('reads a/b as the secret b of the team store a, and says there is no such store', async () => {
		const store = storeIn(tempHome());
		const error = await refusal(() => store.set('a/b', 'v'));
		expect(error.message).toBe('There is no team store named a; `secrets-tui store list` shows them and `secrets-tui store add a PATH` adds one.');
		expect(fs.existsSync(store.file)).toBe(false);
	});

	it('keeps case: TOKEN and Token are two secrets', async () => {
		const store = storeIn(tempHome());
		await store.set('TOKEN', 'upper');
		await store.set('Token', 'mixed');
		expect(store.list().map((entry) => [entry.name, entry.value])).toEqual([
			['TOKEN', 'upper'],
			['Token', 'mixed'],
		]);
	});

	it('lists in name order: case ignored, then code units (compareNames)', async () => {
		const store = storeIn(tempHome());
		for (const name of ['b', 'A', 'a', '_z', 'B2']) {
			await store.set(name, 'v');
		}

		expect(store.list().map((entry) => entry.name)).toEqual(['_z', 'A', 'a', 'b', 'B2']);
	});
});

describe('SecretStore: values', () => {
	const kept: Array<[string, string]> = [
		['multi-line', 'line one\nline two\n\nline four\n'],
		['CRLF and tabs', 'a\r\nb\tc\r\n'],
		['unicode', 'pässwörd 🔑 密码 e\u0301 \u200B'],
		['surrounding spaces', '  spaced  '],
		['shell metacharacters', '$HOME `id` "quoted" \'single\' \\n $(rm -rf /) ${X}'],
		['exactly 1 MiB', 'x'.repeat(1024 * 1024)],
		['1 MiB of multi-byte text', '€'.repeat(Math.floor((1024 * 1024) / 3))],
	];

	for (const [what, value] of kept) {
		it(`keeps a ${what} value byte for byte`, async () => {
			const home = tempHome();
			await storeIn(home).set('V', value);
			const fresh = storeIn(home);
			expect(Buffer.from(fresh.get('V')!.value).equals(Buffer.from(value))).toBe(true);
		});
	}

	const refused: Array<[string, string, RegExp]> = [
		['empty', '', /empty/],
		['with a NUL byte', 'a\0b', /NUL/],
		['over 1 MiB', 'x'.repeat(1024 * 1024 + 1), /1 MiB/],
		['over 1 MiB in bytes though not in characters', 'é'.repeat(600 * 1024), /1 MiB/],
	];

	for (const [what, value, message] of refused) {
		it(`refuses a value ${what} and writes nothing`, async () => {
			const store = storeIn(tempHome());
			await store.set('KEEP', 'kept');
			const before = fs.readFileSync(store.file);
			const error = await refusal(() => store.set('V', value));
			expect(error.message).toMatch(message);
			expect(fs.readFileSync(store.file).equals(before)).toBe(true);
		});
	}
});

describe('SecretStore: changes', () => {
	it('refuses to overwrite without overwrite, and leaves the file unchanged', async () => {
		const store = storeIn(tempHome());
		await store.set('A', 'old');
		const before = fs.readFileSync(store.file);
		const error = await refusal(() => store.set('A', 'new'));
		expect(error.message).toContain('--overwrite');
		expect(fs.readFileSync(store.file).equals(before)).toBe(true);
	});

	it('overwrites with overwrite, keeping created and moving updated', async () => {
		const store = storeIn(tempHome());
		await store.set('A', 'old');
		const first = store.get('A')!;
		await new Promise((resolve) => setTimeout(resolve, 5));
		const result = await store.set('A', 'new', {overwrite: true});
		const second = store.get('A')!;
		expect(result.created).toBe(false);
		expect(second.value).toBe('new');
		expect(second.created).toBe(first.created);
		expect(Date.parse(second.updated)).toBeGreaterThan(Date.parse(first.updated));
	});

	it('deletes, and refuses to delete a missing name', async () => {
		const store = storeIn(tempHome());
		await store.set('A', '1');
		await store.set('B', '2');
		await store.delete('A');
		expect(store.list().map((entry) => entry.name)).toEqual(['B']);
		const error = await refusal(() => store.delete('A'));
		expect(error.message).toMatch(/no secret named A/);
	});

	it('setMany skips existing names unless overwrite, in one write', async () => {
		const store = storeIn(tempHome());
		await store.set('A', 'old');
		const result = await store.setMany([
			{name: 'A', value: 'new'},
			{name: 'B', value: 'b'},
		]);
		expect(result).toEqual({written: ['B'], skipped: ['A']});
		expect(store.get('A')!.value).toBe('old');
		const again = await store.setMany([{name: 'A', value: 'new'}], {overwrite: true});
		expect(again).toEqual({written: ['A'], skipped: []});
		expect(store.get('A')!.value).toBe('new');
	});

	it('setMany writes nothing when one entry is invalid', async () => {
		const store = storeIn(tempHome());
		await refusal(() =>
			store.setMany([
				{name: 'GOOD', value: 'g'},
				{name: 'BAD NAME', value: 'b'},
			]),
		);
		expect(store.list()).toEqual([]);
	});

	it('keeps every name when 50 writes race in one process', async () => {
		const store = storeIn(tempHome());
		await Promise.all(Array.from({length: 50}, (_, index) => new SecretStore(store.file).set(`K${index}`, `v${index}`)));
		expect(store.list()).toHaveLength(50);
	});
});
