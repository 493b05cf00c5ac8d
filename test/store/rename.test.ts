// SecretStore.rename on real temp folders: one locked write within one store, the secret's dates, note
// and expiry kept, an existing name refused unless overwrite, team stores (lab/OLD lab/NEW), and a
// rename stalled inside the lock that another writer overtakes loses nothing (real processes).
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {addTeam} from '../../source/store/teams.js';
import {CLI, cliEnv, runCli} from '../helpers/cli.js';
import {refusal} from '../helpers/refusal.js';
import {tempDir, tempHome} from '../helpers/temp.js';
import {requireRoot} from '../helpers/users.js';

function storeIn(home: string) {
	return new SecretStore(path.join(home, 'secrets.json'));
}


const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('SecretStore.rename', () => {
	it('moves the value, created, note and expiry to the new name; updated is now', async () => {
		const store = storeIn(tempHome());
		await store.set('ghe-token', 'ghp_value', {note: 'from github.example.com', expires: '2027-03-01'});
		await store.set('OTHER', 'o');
		const before = store.get('ghe-token')!;
		await pause();
		const result = await store.rename('ghe-token', 'gh-token');
		expect(store.get('ghe-token')).toBeUndefined();
		const after = store.get('gh-token')!;
		// What the TUI's undo keeps: the secret as it was and as it is now.
		expect(result).toEqual({replaced: false, before, after});
		expect(after).toEqual({...before, updated: after.updated});
		expect(after.created).toBe(before.created);
		expect(Date.parse(after.updated)).toBeGreaterThan(Date.parse(before.updated));
		expect(store.list().map((entry) => entry.name)).toEqual(['gh-token', 'OTHER']);
		expect(fs.readdirSync(path.dirname(store.file))).toEqual(['secrets.json']);
	});

	it('refuses an existing new name unless overwrite, leaving the file as it was; overwrite replaces it whole', async () => {
		const store = storeIn(tempHome());
		await store.set('ghe-token', 'new-value', {note: 'kept'});
		await store.set('gh-token', 'old-value', {note: 'replaced', expires: '2026-01-01'});
		const before = fs.readFileSync(store.file);
		const error = await refusal(() => store.rename('ghe-token', 'gh-token'));
		expect(error.message).toBe('A secret named gh-token already exists; nothing was renamed. To replace it with ghe-token: secrets-tui rename ghe-token gh-token --overwrite.');
		expect(fs.readFileSync(store.file).equals(before)).toBe(true);
		const moved = store.get('ghe-token')!;
		const overwritten = store.get('gh-token')!;
		const result = await store.rename('ghe-token', 'gh-token', {overwrite: true});
		expect(store.get('gh-token')).toEqual({...moved, updated: store.get('gh-token')!.updated});
		expect(result).toEqual({replaced: true, before: moved, after: store.get('gh-token'), overwritten});
		expect(store.get('ghe-token')).toBeUndefined();
	});

	it('checks the new name by the rules of set, and a missing old name says the nearest', async () => {
		const store = storeIn(tempHome());
		await store.set('GITHUB_TOKEN', 'v');
		const before = fs.readFileSync(store.file);
		expect((await refusal(() => store.rename('GITHUB_TOKEN', 'has space'))).message).toContain('"has space" is not a valid name');
		expect((await refusal(() => store.rename('GITHUB_TOKEN', ''))).message).toContain('The name is empty');
		expect((await refusal(() => store.rename('GITHUB_TOKEN', 'x'.repeat(129)))).message).toContain('129 characters long');
		const missing = await refusal(() => store.rename('github_token', 'B'));
		expect(missing.message).toBe(`There is no secret named github_token in ${store.file} (did you mean GITHUB_TOKEN?); \`secrets-tui list\` shows the names.`);
		const same = await refusal(() => store.rename('GITHUB_TOKEN', 'GITHUB_TOKEN'));
		expect(same.exitCode).toBe(2);
		expect(fs.readFileSync(store.file).equals(before)).toBe(true);
		// Names differing only in case are two names.
		await store.rename('GITHUB_TOKEN', 'github_token');
		expect(store.list().map((entry) => entry.name)).toEqual(['github_token']);
	});

	it('keeps both when renames and sets race in one process', async () => {
		const store = storeIn(tempHome());
		await store.setMany(Array.from({length: 20}, (_, index) => ({name: `K${index}`, value: `v${index}`})));
		await Promise.all(
			Array.from({length: 20}, (_, index) => [new SecretStore(store.file).rename(`K${index}`, `R${index}`), new SecretStore(store.file).set(`S${index}`, 's')]).flat(),
		);
		const names = store.list().map((entry) => entry.name);
		expect(names).toHaveLength(40);
		expect(names.filter((name) => name.startsWith('K'))).toEqual([]);
		expect(store.get('R7')!.value).toBe('v7');
	});
});

describe('SecretStore.rename in team stores', () => {
	async function withTeam() {
		requireRoot();
		const home = tempHome();
		const folder = path.join(tempDir(), 'lab');
		addTeam(home, 'lab', folder, 'root');
		const store = storeIn(home);
		await store.set('lab/wandb', 'team-key', {note: 'the lab key', expires: '2027-01-31'});
		await store.set('wandb', 'personal-key');
		return {home, folder, store};
	}

	it('renames lab/OLD to lab/NEW within the team store, recording who renamed it, and keeps its group and mode', async () => {
		const {folder, store} = await withTeam();
		const before = store.get('lab/wandb')!;
		await pause();
		await store.rename('lab/wandb', 'lab/wandb-team');
		const after = store.get('lab/wandb-team')!;
		expect(after.value).toBe('team-key');
		expect({created: after.created, note: after.note, expires: after.expires}).toEqual({created: before.created, note: before.note, expires: before.expires});
		expect(after.updatedBy).toBe('root');
		expect(store.get('lab/wandb')).toBeUndefined();
		expect(store.get('wandb')!.value).toBe('personal-key');
		const file = fs.statSync(path.join(folder, 'secrets.json'));
		expect(file.mode & 0o777).toBe(0o660);
	});

	it('refuses a rename between two stores with the commands that move it, changing neither', async () => {
		const {home, folder, store} = await withTeam();
		const personal = fs.readFileSync(store.file);
		const team = fs.readFileSync(path.join(folder, 'secrets.json'));
		const error = await refusal(() => store.rename('wandb', 'lab/other'));
		expect(error.message).toBe(
			`wandb and lab/other are in two stores (the store ${path.join(home, 'secrets.json')} and the team store lab (${folder})); rename works within one store, so nothing was renamed. ` +
				'To move it, copy it and delete the old one: secrets-tui get wandb | secrets-tui set lab/other - && secrets-tui delete wandb.',
		);
		await refusal(() => store.rename('lab/wandb', 'wandb2'));
		expect(fs.readFileSync(store.file).equals(personal)).toBe(true);
		expect(fs.readFileSync(path.join(folder, 'secrets.json')).equals(team)).toBe(true);
		expect((await refusal(() => store.rename('lab/wandb', 'lab/a/b'))).message).toContain('"a/b" is not a valid name');
		expect((await refusal(() => store.rename('nolab/x', 'nolab/y'))).message).toContain('There is no team store named nolab');
	});
});

describe('rename and the lock', () => {
	const started: ChildProcess[] = [];
	afterEach(() => {
		for (const child of started.splice(0)) {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGKILL');
			}
		}
	});

	it('a rename stopped inside the lock, overtaken by a set, renames on a fresh read: both survive', async () => {
		const home = tempHome();
		expect((await runCli(['set', 'OLD', 'old-value', '--note', 'n'], {home})).code).toBe(0);
		const child = spawn(process.execPath, [CLI, 'rename', 'OLD', 'NEW'], {env: cliEnv(home, {SECRETS_TUI_TEST_PAUSE_IN_LOCK: '1'}), stdio: ['ignore', 'ignore', 'pipe']});
		started.push(child);
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const done = new Promise<number | null>((resolve) => child.on('close', resolve));
		const deadline = Date.now() + 15_000;
		while (fs.readFileSync(`/proc/${child.pid!}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'T') {
			expect(Date.now()).toBeLessThan(deadline);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		// The lock is held by the stopped rename: a set waits, then takes it over as stale and saves.
		expect(fs.existsSync(path.join(home, 'secrets.json.lock'))).toBe(true);
		const second = await runCli(['set', 'B', 'value-b'], {home, env: {SECRETS_TUI_TEST_LOCK_STALE_MS: '500'}});
		expect(second.code).toBe(0);
		expect(child.exitCode).toBeNull();
		child.kill('SIGCONT');
		expect(await done).toBe(0);
		expect(stderr).toBe('');
		const store = storeIn(home);
		expect(store.list().map((entry) => entry.name)).toEqual(['B', 'NEW']);
		expect(store.get('NEW')).toMatchObject({value: 'old-value', note: 'n'});
		expect(fs.readdirSync(home)).toEqual(['secrets.json']);
	});
});
