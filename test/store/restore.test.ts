// SecretStore.restore (the TUI's undo) on real stores in temp folders: a secret comes back whole, with
// its own times, note and expiry; it writes only over what it expects, unless forced; and it goes
// through the store's lock like every change.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sameSecret} from '../../source/store/restore.js';
import {SecretStore} from '../../source/store/store.js';
import {UserError} from '../../source/util/errors.js';
import {CLI, cliEnv} from '../helpers/cli.js';
import {tempHome} from '../helpers/temp.js';

const storeIn = (home: string) => new SecretStore(path.join(home, 'secrets.json'));
const OLD = {value: 'old-value', created: '2025-01-02T03:04:05.000Z', updated: '2025-06-07T08:09:10.000Z', note: 'from the lab wiki', expires: '2027-03-01'};

/** The store file's entry for `name`, as written on disk. */
function onDisk(store: SecretStore, name: string): unknown {
	return (JSON.parse(fs.readFileSync(store.file, 'utf8')) as {secrets: Record<string, unknown>}).secrets[name];
}

describe('SecretStore.restore', () => {
	it('brings a deleted secret back whole: value, created, updated, note and expiry as they were', async () => {
		const store = storeIn(tempHome());
		await store.restore('wandb', OLD, undefined);
		const deleted = await store.delete('wandb');
		expect(deleted).toEqual(OLD);
		expect(store.get('wandb')).toBeUndefined();
		expect(await store.restore('wandb', deleted, undefined)).toEqual({restored: true, replaced: undefined});
		expect(onDisk(store, 'wandb')).toEqual(OLD);
		expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
	});

	it('puts back the value an overwrite replaced, over what the overwrite wrote', async () => {
		const store = storeIn(tempHome());
		await store.restore('wandb', OLD, undefined);
		const {previous, secret} = await store.set('wandb', 'new-value', {overwrite: true});
		expect(previous).toEqual(OLD);
		expect(secret).toEqual({...OLD, value: 'new-value', updated: secret.updated});
		expect(await store.restore('wandb', previous!, secret)).toEqual({restored: true, replaced: secret});
		expect(onDisk(store, 'wandb')).toEqual(OLD);
	});

	it('writes nothing over a secret it did not expect (re-created, or changed again), unless forced', async () => {
		const store = storeIn(tempHome());
		await store.set('wandb', 'created-again');
		const current = store.get('wandb')!;
		const before = fs.readFileSync(store.file, 'utf8');
		expect(await store.restore('wandb', OLD, undefined)).toEqual({restored: false, current});
		const {secret} = await store.set('wandb', 'changed-again', {overwrite: true});
		expect(await store.restore('wandb', OLD, current)).toEqual({restored: false, current: secret});
		expect(fs.readFileSync(store.file, 'utf8')).not.toBe(before);
		expect(store.get('wandb')?.value).toBe('changed-again');
		expect(await store.restore('wandb', OLD, current, {force: true})).toEqual({restored: true, replaced: secret});
		expect(onDisk(store, 'wandb')).toEqual(OLD);
	});

	it('keeps updatedBy and drops fields a store entry does not have', async () => {
		const store = storeIn(tempHome());
		await store.restore('T', {...OLD, updatedBy: 'alice', name: 'T', extra: 1} as typeof OLD, undefined);
		expect(onDisk(store, 'T')).toEqual({...OLD, updatedBy: 'alice'});
	});

	it('refuses a secret with a bad name, value, expiry or time, with a sentence, writing nothing', async () => {
		const store = storeIn(tempHome());
		await expect(store.restore('bad name', OLD, undefined)).rejects.toBeInstanceOf(UserError);
		await expect(store.restore('T', {...OLD, expires: '2027-13-01'}, undefined)).rejects.toBeInstanceOf(UserError);
		await expect(store.restore('T', {...OLD, updated: 'yesterday'}, undefined)).rejects.toThrow('The updated time of a restored secret is an ISO 8601 time');
		expect(fs.existsSync(store.file)).toBe(false);
	});

	it('waits for the lock another process holds, and both changes survive', async () => {
		const home = tempHome();
		const store = storeIn(home);
		await store.set('KEEP', 'k');
		// A real `secrets-tui set` stopped (SIGSTOP) inside the lock, after it read the store.
		const child = spawn(process.execPath, [CLI, 'set', 'OTHER'], {env: cliEnv(home, {SECRETS_TUI_TEST_PAUSE_IN_LOCK: '1'}), stdio: ['pipe', 'ignore', 'ignore']});
		child.stdin.end('other-value');
		const closed = new Promise((resolve) => child.on('close', resolve));
		for (let waited = 0; stateOf(child.pid!) !== 'T'; waited += 20) {
			expect(waited).toBeLessThan(15_000);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		let done = false;
		const restoring = store.restore('wandb', OLD, undefined).then((result) => {
			done = true;
			return result;
		});
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(done).toBe(false);
		process.kill(child.pid!, 'SIGCONT');
		await closed;
		expect(await restoring).toEqual({restored: true, replaced: undefined});
		expect(store.list().map((entry) => entry.name)).toEqual(['KEEP', 'OTHER', 'wandb']);
		expect(onDisk(store, 'wandb')).toEqual(OLD);
	});
});

describe('sameSecret', () => {
	it('compares every field', () => {
		expect(sameSecret(undefined, undefined)).toBe(true);
		expect(sameSecret(OLD, undefined)).toBe(false);
		expect(sameSecret(OLD, {...OLD})).toBe(true);
		expect(sameSecret(OLD, {...OLD, note: undefined})).toBe(false);
		expect(sameSecret(OLD, {...OLD, updated: '2025-06-07T08:09:11.000Z'})).toBe(false);
	});
});

function stateOf(pid: number): string {
	return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]!;
}

describe('SecretStore.renameBack', () => {
	it('undoes a rename whole: the old name as it was, the new name gone or holding what it held', async () => {
		const store = storeIn(tempHome());
		await store.restore('ghe-token', OLD, undefined);
		const done = await store.rename('ghe-token', 'gh-token');
		expect(await store.renameBack('ghe-token', 'gh-token', done)).toEqual({restored: true});
		expect(onDisk(store, 'ghe-token')).toEqual(OLD);
		expect(onDisk(store, 'gh-token')).toBeUndefined();
		const kept = {...OLD, value: 'kept-value', note: 'replaced by the rename'};
		await store.restore('gh-token', kept, undefined);
		const replacing = await store.rename('ghe-token', 'gh-token', {overwrite: true});
		expect(replacing.overwritten).toEqual(kept);
		expect(await store.renameBack('ghe-token', 'gh-token', replacing)).toEqual({restored: true});
		expect(onDisk(store, 'ghe-token')).toEqual(OLD);
		expect(onDisk(store, 'gh-token')).toEqual(kept);
	});

	it('writes nothing when the new name changed since, or the old name was added again', async () => {
		const store = storeIn(tempHome());
		await store.restore('ghe-token', OLD, undefined);
		const done = await store.rename('ghe-token', 'gh-token');
		await store.set('gh-token', 'changed-since', {overwrite: true});
		const before = fs.readFileSync(store.file, 'utf8');
		expect(await store.renameBack('ghe-token', 'gh-token', done)).toEqual({restored: false, changed: 'new'});
		expect(fs.readFileSync(store.file, 'utf8')).toBe(before);
		const again = await store.rename('gh-token', 'token');
		await store.set('gh-token', 'added-again');
		expect(await store.renameBack('gh-token', 'token', again)).toEqual({restored: false, changed: 'old'});
		expect(store.get('gh-token')?.value).toBe('added-again');
		expect(store.get('token')?.value).toBe('changed-since');
	});
});
