// The library API, as built (dist/api.mjs): the CLI's store, rules, lock and sentences.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ROOT, runCli} from './helpers/cli.js';
import {tempDir, tempHome} from './helpers/temp.js';

type Api = typeof import('../source/api.js');

const api = (await import(path.join(ROOT, 'dist/api.mjs'))) as Api;
const saved = process.env.SECRETS_TUI_HOME;

afterEach(() => {
	if (saved === undefined) {
		delete process.env.SECRETS_TUI_HOME;
	} else {
		process.env.SECRETS_TUI_HOME = saved;
	}
});

describe('the library API', () => {
	it('sets, gets, lists and deletes in the store the CLI uses ({home})', async () => {
		const home = tempHome();
		expect(await api.setSecret('API_TOKEN', 'tok-123', {home})).toEqual({created: true});
		expect((await runCli(['get', 'API_TOKEN'], {home})).stdout).toBe('tok-123\n');
		expect(fs.statSync(path.join(home, 'secrets.json')).mode & 0o777).toBe(0o600);
		expect((await runCli(['set', 'DB', 'pw'], {home})).code).toBe(0);
		expect(await api.getSecret('DB', {home})).toBe('pw');

		const listed = await api.listSecrets({home});
		expect(listed.map((secret) => Object.keys(secret).sort())).toEqual([
			['created', 'name', 'updated'],
			['created', 'name', 'updated'],
		]);
		expect(listed.map((secret) => secret.name)).toEqual(['API_TOKEN', 'DB']);
		expect(listed).toEqual(JSON.parse((await runCli(['list', '--json'], {home})).stdout));
		expect((await api.listSecrets({home, values: true})).map((secret) => secret.value)).toEqual(['tok-123', 'pw']);

		await api.deleteSecret('API_TOKEN', {home});
		expect((await runCli(['list', '--names'], {home})).stdout).toBe('DB\n');
	});

	it('reads {home: "~"} and {home: "~/x"} as the home folder, as a shell does, and makes no folder named ~', async () => {
		const fakeHome = tempDir();
		const cwd = tempDir();
		const savedHome = process.env.HOME;
		const savedCwd = process.cwd();
		process.env.HOME = fakeHome;
		process.chdir(cwd);
		try {
			await api.setSecret('IN_HOME', 'one', {home: '~'});
			await api.setSecret('IN_SUB', 'two', {home: '~/store'});
			expect(await api.getSecret('IN_HOME', {home: '~'})).toBe('one');
			expect(fs.readdirSync(fakeHome).sort()).toEqual(['secrets.json', 'store']);
			expect((await runCli(['get', 'IN_SUB'], {home: path.join(fakeHome, 'store')})).stdout).toBe('two\n');
			expect(fs.readdirSync(cwd)).toEqual([]);
		} finally {
			process.chdir(savedCwd);
			process.env.HOME = savedHome;
		}
	});

	it('refuses a relative home with a sentence, creating nothing', async () => {
		const cwd = tempDir();
		const savedCwd = process.cwd();
		process.chdir(cwd);
		try {
			for (const home of ['store', './store', '~other/store']) {
				await expect(api.setSecret('A', 'x', {home})).rejects.toThrow(
					`The home option ${home} is a relative path, so the store would move with the current folder; give an absolute folder, as in {home: "/path/to/folder"} or {home: "~/secrets"}.`,
				);
				await expect(api.listSecrets({home})).rejects.toThrow('is a relative path');
			}

			expect(fs.readdirSync(cwd)).toEqual([]);
		} finally {
			process.chdir(savedCwd);
		}
	});

	it('reads SECRETS_TUI_HOME=~/x as the home folder too', async () => {
		const fakeHome = tempDir();
		expect((await runCli(['set', 'A', 'tilde'], {home: '~/store', cwd: fakeHome, env: {HOME: fakeHome}})).code).toBe(0);
		expect(fs.readdirSync(fakeHome)).toEqual(['store']);
		expect(fs.readdirSync(path.join(fakeHome, 'store'))).toEqual(['secrets.json']);
	});

	it('uses SECRETS_TUI_HOME when no home is given', async () => {
		const home = tempHome();
		process.env.SECRETS_TUI_HOME = home;
		await api.setSecret('FROM_ENV', 'x');
		expect((await runCli(['get', 'FROM_ENV'], {home})).stdout).toBe('x\n');
		expect(await api.getSecret('FROM_ENV')).toBe('x');
	});

	it('rejects with the CLI sentences: missing name, existing name, invalid name and value', async () => {
		const home = tempHome();
		await api.setSecret('A', '1', {home});
		const cli = await runCli(['get', 'MISSING'], {home});
		await expect(api.getSecret('MISSING', {home})).rejects.toThrow(cli.stderr.replace(/^secrets-tui: /, '').trimEnd());
		await expect(api.deleteSecret('MISSING', {home})).rejects.toThrow('There is no secret named MISSING');
		await expect(api.setSecret('A', '2', {home})).rejects.toThrow('A secret named A already exists');
		expect(await api.setSecret('A', '2', {home, overwrite: true})).toEqual({created: false});
		expect(await api.getSecret('A', {home})).toBe('2');
		await expect(api.setSecret('1BAD', 'x', {home})).rejects.toThrow('is not a valid name');
		await expect(api.setSecret('EMPTY', '', {home})).rejects.toThrow('The value is empty');
		const error = await api.getSecret('MISSING', {home}).catch((error: unknown) => error);
		expect(api.isSecretsError(error)).toBe(true);
		expect((error as {exitCode: number}).exitCode).toBe(1);
	});

	it('keeps every write when the API and CLI processes write at the same time (the lock)', async () => {
		const home = tempHome();
		await Promise.all([
			...Array.from({length: 10}, (_, index) => api.setSecret(`API_${index}`, 'v', {home})),
			...Array.from({length: 5}, (_, index) => runCli(['set', `CLI_${index}`, 'v'], {home})),
		]);
		expect(await api.listSecrets({home})).toHaveLength(15);
	});
});
