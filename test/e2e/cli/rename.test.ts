// `secrets-tui rename OLD NEW` (alias mv) as a user runs it: exit codes, the sentences with the real
// names, the environments that still name OLD (listed, never edited), team stores, and the library's
// renameSecret.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {requireRoot} from '../../helpers/users.js';

type Api = typeof import('../../../source/api.js');
const api = (await import(path.join(ROOT, 'dist/api.mjs'))) as Api;

type StoredSecret = {value: string; created: string; updated: string; note?: string; expires?: string; updatedBy?: string};

function stored(home: string): Record<string, StoredSecret> {
	return (JSON.parse(fs.readFileSync(path.join(home, 'secrets.json'), 'utf8')) as {secrets: Record<string, StoredSecret>}).secrets;
}

async function ok(args: string[], home: string, input?: string) {
	const result = await runCli(args, {home, input});
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return result;
}

async function storeWith(names: Record<string, string>): Promise<string> {
	const home = tempHome();
	for (const [name, value] of Object.entries(names)) {
		await ok(['set', name, '-', '--note', `note of ${name}`, '--expires', '2027-03-01'], home, value);
	}

	return home;
}

const YAML = `- name: python_env
  secrets: [WANDB_API_KEY=ghe-token]
  executables: []
- name: train_env
  secrets: [ghe-token, OTHER]
  executables: []
- name: other_env
  secrets: [OTHER]
  executables: []
`;

describe('secrets-tui rename', () => {
	it('renames, keeping the value, created, note and expiry; prints nothing to a pipe', async () => {
		const home = await storeWith({'ghe-token': 'ghp_value_1'});
		const before = stored(home)['ghe-token']!;
		const result = await ok(['rename', 'ghe-token', 'gh-token'], home);
		expect(result.stdout).toBe('');
		const after = stored(home);
		expect(Object.keys(after)).toEqual(['gh-token']);
		expect(after['gh-token']).toEqual({...before, updated: after['gh-token']!.updated});
		expect((await ok(['get', 'gh-token'], home)).stdout).toBe('ghp_value_1\n');
	});

	it('answers to mv', async () => {
		const home = await storeWith({A: 'a'});
		await ok(['mv', 'A', 'B'], home);
		expect(Object.keys(stored(home))).toEqual(['B']);
	});

	it('refuses an existing NEW with the command that replaces it (exit 1), and replaces it with --overwrite', async () => {
		const home = await storeWith({'ghe-token': 'new', 'gh-token': 'old'});
		const before = fs.readFileSync(path.join(home, 'secrets.json'));
		const refused = await runCli(['rename', 'ghe-token', 'gh-token'], {home});
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe('secrets-tui: A secret named gh-token already exists; nothing was renamed. To replace it with ghe-token: secrets-tui rename ghe-token gh-token --overwrite.\n');
		expect(fs.readFileSync(path.join(home, 'secrets.json')).equals(before)).toBe(true);
		await ok(['rename', 'ghe-token', 'gh-token', '--overwrite'], home);
		expect(Object.keys(stored(home))).toEqual(['gh-token']);
		expect((await ok(['get', 'gh-token'], home)).stdout).toBe('new\n');
	});

	it('a missing OLD says the nearest name (exit 1); a bad NEW gives the rule (exit 1)', async () => {
		const home = await storeWith({GITHUB_TOKEN: 'v'});
		const missing = await runCli(['rename', 'github_token', 'GH'], {home});
		expect(missing.code).toBe(1);
		expect(missing.stderr).toBe(`secrets-tui: There is no secret named github_token in ${path.join(home, 'secrets.json')} (did you mean GITHUB_TOKEN?); \`secrets-tui list\` shows the names.\n`);
		const bad = await runCli(['rename', 'GITHUB_TOKEN', '9lives'], {home});
		expect(bad.code).toBe(1);
		expect(bad.stderr).toBe('secrets-tui: "9lives" is not a valid name: a name starts with a letter or _, then has only letters, digits, _, . and -, at most 128 characters.\n');
		expect(Object.keys(stored(home))).toEqual(['GITHUB_TOKEN']);
	});

	it('usage mistakes exit 2 and say what to type', async () => {
		const home = await storeWith({A: 'a'});
		const one = await runCli(['rename', 'A'], {home});
		expect(one.code).toBe(2);
		expect(one.stderr).toMatch(/^secrets-tui: .*secrets-tui rename OLD NEW/);
		expect((await runCli(['rename', 'A', 'B', 'C'], {home})).code).toBe(2);
		expect((await runCli(['mv', 'A', 'B', '--overwirte'], {home})).stderr).toContain('(did you mean --overwrite?)');
		const same = await runCli(['rename', 'A', 'A'], {home});
		expect(same.code).toBe(2);
		expect(same.stderr).toBe('secrets-tui: A and A are the same name; give the new name second, as in: secrets-tui rename A NEW_NAME.\n');
		const help = await runCli(['mv', '--help'], {home});
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/^Usage\n {2}\$ secrets-tui rename OLD NEW \[--overwrite\]\n/);
		expect(Object.keys(stored(home))).toEqual(['A']);
	});

	it('lists the environments that still name OLD, with their file, and edits nothing', async () => {
		const home = await storeWith({'ghe-token': 'v', OTHER: 'o'});
		const file = path.join(home, 'environments.yaml');
		fs.writeFileSync(file, YAML, {mode: 0o600});
		const result = await runCli(['rename', 'ghe-token', 'gh-token'], {home});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe(`secrets-tui: python_env and train_env in ${file} still name ghe-token in secrets: (not edited); change it to gh-token there.\n`);
		expect(fs.readFileSync(file, 'utf8')).toBe(YAML);
		const one = await runCli(['mv', 'OTHER', 'OTHER2'], {home});
		expect(one.stderr).toBe(`secrets-tui: train_env and other_env in ${file} still name OTHER in secrets: (not edited); change it to OTHER2 there.\n`);
		const none = await ok(['mv', 'gh-token', 'gh'], home);
		expect(none.stderr).toBe('');
	});

	it('renames within a team store and refuses between stores, naming the commands', async () => {
		requireRoot();
		const home = await storeWith({wandb: 'personal'});
		const folder = path.join(tempDir(), 'lab');
		expect((await runCli(['store', 'add', 'lab', folder, '--group', 'root'], {home})).code).toBe(0);
		await ok(['set', 'lab/wandb', '-', '--note', 'lab key'], home, 'team');
		fs.writeFileSync(path.join(home, 'environments.yaml'), '- name: team_env\n  secrets: [WANDB_API_KEY=lab/wandb]\n  executables: []\n', {mode: 0o600});
		const renamed = await runCli(['rename', 'lab/wandb', 'lab/wandb-key'], {home});
		expect(renamed.code).toBe(0);
		expect(renamed.stderr).toBe(`secrets-tui: team_env in ${path.join(home, 'environments.yaml')} still names lab/wandb in secrets: (not edited); change it to lab/wandb-key there.\n`);
		expect((await ok(['list', '--store', 'lab', '--names'], home)).stdout).toBe('wandb-key\n');
		expect((await ok(['get', 'lab/wandb-key'], home)).stdout).toBe('team\n');
		const across = await runCli(['mv', 'wandb', 'lab/wandb'], {home});
		expect(across.code).toBe(1);
		expect(across.stderr).toBe(
			`secrets-tui: wandb and lab/wandb are in two stores (the store ${path.join(home, 'secrets.json')} and the team store lab (${folder})); rename works within one store, so nothing was renamed. ` +
				'To move it, copy it and delete the old one: secrets-tui get wandb | secrets-tui set lab/wandb - && secrets-tui delete wandb.\n',
		);
		expect((await ok(['list', '--all', '--names'], home)).stdout).toBe('wandb\nlab/wandb-key\n');
	});
});

describe('renameSecret (the library)', () => {
	it('renames, keeps the dates and note, and refuses an existing name saying {overwrite: true}', async () => {
		const home = tempHome();
		await api.setSecret('ghe-token', 'v1', {home, note: 'n', expires: '2027-03-01'});
		await api.setSecret('gh-token', 'v0', {home});
		const [before] = (await api.listSecrets({home})).filter((secret) => secret.name === 'ghe-token');
		await expect(api.renameSecret('ghe-token', 'gh-token', {home})).rejects.toMatchObject({
			name: 'UserError',
			exitCode: 1,
			message: 'A secret named gh-token already exists; nothing was renamed. To replace it with ghe-token, pass {overwrite: true}.',
		});
		expect(await api.renameSecret('ghe-token', 'gh-token', {home, overwrite: true})).toEqual({replaced: true});
		const after = await api.listSecrets({home});
		expect(after).toEqual([{...before, name: 'gh-token', updated: after[0]!.updated}]);
		expect(await api.getSecret('gh-token', {home})).toBe('v1');
		expect(await api.renameSecret('gh-token', 'token', {home})).toEqual({replaced: false});
		await expect(api.renameSecret('nope', 'x', {home})).rejects.toMatchObject({exitCode: 1, message: expect.stringContaining('There is no secret named nope')});
		await expect(api.renameSecret('token', 42 as unknown as string, {home})).rejects.toMatchObject({message: "A secret's name is a string, not number."});
	});
});
