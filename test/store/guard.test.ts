// Who may touch the store, and what a refusal may show: real chmod/chown'ed folders and files,
// stores too large to read, damaged stores whose report must not quote them.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UserError} from '../../source/util/errors.js';
import {withLock} from '../../source/store/lock.js';
import {processTag} from '../../source/util/process-tag.js';
import {SecretStore} from '../../source/store/store.js';
import {runCli} from '../helpers/cli.js';
import {refusal} from '../helpers/refusal.js';
import {tempDir, tempHome} from '../helpers/temp.js';

async function storeWithOne(): Promise<SecretStore> {
	const store = new SecretStore(path.join(tempHome(), 'secrets.json'));
	await store.set('A', 'first');
	return store;
}


const NOBODY = 65_534;

describe('the store folder, as ssh StrictModes checks ~/.ssh', () => {
	for (const mode of [0o777, 0o1777, 0o775, 0o770, 0o707]) {
		it(`refuses a folder with mode ${mode.toString(8)} for reads and writes, naming it and chmod 700`, async () => {
			const store = await storeWithOne();
			fs.chmodSync(store.dir, mode);
			const before = fs.readFileSync(store.file);
			for (const action of [() => store.list(), () => store.get('A'), () => store.set('B', 'x'), () => store.delete('A')]) {
				const error = await refusal(action);
				expect(error.message).toContain(`The store folder ${store.dir} can be written by other users`);
				expect(error.message).toContain(`chmod 700 '${store.dir}'`);
			}

			expect(fs.readFileSync(store.file).equals(before)).toBe(true);
			expect(fs.readdirSync(store.dir)).toEqual(['secrets.json']);
		});
	}

	it('accepts 0700 and 0755 folders', async () => {
		const store = await storeWithOne();
		fs.chmodSync(store.dir, 0o755);
		await store.set('B', 'x');
		expect(store.list().map((entry) => entry.name)).toEqual(['A', 'B']);
	});

	it('refuses a folder that belongs to another user', async () => {
		const store = await storeWithOne();
		fs.chownSync(store.dir, NOBODY, NOBODY);
		const error = await refusal(() => store.list());
		expect(error.message).toContain(`The store folder ${store.dir} belongs to another user (uid ${NOBODY}`);
	});

	it('refuses a store file that belongs to another user', async () => {
		const store = await storeWithOne();
		fs.chownSync(store.file, NOBODY, NOBODY);
		for (const action of [() => store.list(), () => store.set('B', 'x')]) {
			const error = await refusal(action);
			expect(error.message).toContain(`The store ${store.file} belongs to another user (uid ${NOBODY}`);
		}
	});
});

describe('the lock', () => {
	it('is taken over when its holder died long ago (not refreshed for over 10 s)', async () => {
		const store = await storeWithOne();
		const lock = `${store.file}.lock`;
		fs.mkdirSync(lock, {mode: 0o700});
		const old = new Date(Date.now() - 60_000);
		fs.utimesSync(lock, old, old);
		await store.set('B', 'second');
		expect(store.get('B')?.value).toBe('second');
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('is taken over at once when its holder is a dead process of this host, however fresh it looks', async () => {
		const store = await storeWithOne();
		const lock = `${store.file}.lock`;
		fs.mkdirSync(lock, {mode: 0o700});
		const dead = spawnSync('true').pid!;
		fs.writeFileSync(path.join(lock, 'owner'), `${processTag(dead)}-0123456789ab`, {mode: 0o600});
		// An hour in the future: its age alone would keep it for longer than this test may run.
		const future = new Date(Date.now() + 3_600_000);
		fs.utimesSync(lock, future, future);
		await store.set('B', 'second');
		expect(store.get('B')?.value).toBe('second');
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('holds its writer\'s token (host, PID namespace, PID, random) in the owner file, 0600', async () => {
		const store = await storeWithOne();
		const [token, mode] = await withLock(store.file, () => {
			const owner = path.join(`${store.file}.lock`, 'owner');
			return [fs.readFileSync(owner, 'utf8'), fs.statSync(owner).mode & 0o777] as const;
		});
		expect(token).toMatch(new RegExp(`^${processTag().replaceAll('.', '\\.')}-[0-9a-f]{12}$`));
		expect(mode).toBe(0o600);
	});

	it('waits for a live holder to release it', async () => {
		const store = await storeWithOne();
		const lock = `${store.file}.lock`;
		fs.mkdirSync(lock, {mode: 0o700});
		let done = false;
		const writing = store.set('B', 'second').then(() => (done = true));
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(done).toBe(false);
		expect(store.get('B')).toBeUndefined();
		fs.rmdirSync(lock);
		await writing;
		expect(store.get('B')?.value).toBe('second');
	});

	it('is a folder of mode 0700, like the store folder', async () => {
		const store = await storeWithOne();
		const mode = await withLock(store.file, () => fs.statSync(`${store.file}.lock`).mode & 0o777);
		expect(mode).toBe(0o700);
	});
});

describe('a store too large to read', () => {
	it('is refused with a sentence from its size alone, left as it is', async () => {
		const home = tempHome();
		fs.mkdirSync(home, {mode: 0o700});
		const file = path.join(home, 'secrets.json');
		fs.writeFileSync(file, '', {mode: 0o600});
		fs.truncateSync(file, 600 * 1024 * 1024); // Sparse: costs no disk.
		for (const args of [['list'], ['get', 'A'], ['set', 'A', 'x']]) {
			const result = await runCli(args, {home});
			expect(result.stderr).toBe(
				`secrets-tui: The store ${file} is 600 MiB, more than the 128 MiB secrets-tui reads, so it was not read. It was left as it is; if it is not your store, move it aside; otherwise restore it from a backup.\n`,
			);
			expect(result.code).toBe(1);
		}

		expect(fs.statSync(file).size).toBe(600 * 1024 * 1024);
	});
});

describe('a damaged store is reported without its content', () => {
	const cases: Array<[string, string, RegExp]> = [
		['a bare word where a value belongs', '{"version": 1, "secrets": {\n  "A": {"value": sk-live-SECRET\u001B[31m, "created": "x", "updated": "x"}}}', /line 2, column 18 \(byte 45\): it is not valid JSON: a value is not JSON/],
		['cut short inside a value', '{"version": 1, "secrets": {"A": {"value": "sk-live-SECRET\u001B[31m', /line 1, column 58 \(byte 57\): it is not valid JSON: a string holds a raw control character/],
		['cut short after a value', '{"version": 1, "secrets": {"A": {"value": "sk-live-SECRET"', /it ends too early/],
		['a version that is a secret', '{"version": "sk-live-SECRET", "secrets": {}}', /"version" is a string, expected 1/],
		['an invalid name that is a secret', '{"version": 1, "secrets": {\n"sk live SECRET": {"value": "v", "created": "x", "updated": "x"}}}', /line 2, column 1 \(byte 28\): secret number 1 has an invalid name/],
	];

	for (const [what, content, reason] of cases) {
		it(`names the place and the kind of damage, never the bytes: ${what}`, async () => {
			const home = tempHome();
			fs.mkdirSync(home, {mode: 0o700});
			const file = path.join(home, 'secrets.json');
			fs.writeFileSync(file, content, {mode: 0o600});
			const result = await runCli(['list'], {home});
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(`The store ${file} is damaged`);
			expect(result.stderr).toMatch(reason);
			expect(result.stderr).not.toContain('sk-live');
			expect(result.stderr).not.toContain('SECRET');
			expect(result.stderr).not.toContain('\u001B');
			expect(fs.readFileSync(file, 'utf8')).toBe(content);
		});
	}
});

describe('messages that show text from a file', () => {
	it('keep the real text for the library; the CLI prints it printable', () => {
		const error = new UserError('The file has "\u001B[2J\u0007\u009B" in it.\nSecond line.');
		expect(error.message).toBe('The file has "\u001B[2J\u0007\u009B" in it.\nSecond line.');
	});

	it('a store path with an escape byte is shown escaped', async () => {
		const home = path.join(tempDir(), 'h\u001B[31m');
		fs.mkdirSync(home, {mode: 0o777});
		fs.chmodSync(home, 0o777);
		const result = await runCli(['list'], {home});
		expect(result.code).toBe(1);
		expect(result.stderr).not.toContain('\u001B');
		expect(result.stderr).toContain('h\\x1b[31m');
		execFileSync('chmod', ['700', home]);
	});
});
