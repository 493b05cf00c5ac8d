// `lab/NAME` wherever a name is taken, through the one resolver (SecretStore.resolve). Run as root,
// whose group root is enough for a team store; the store's checks between real users are in
// test/e2e/cli/team-stores.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {ROOT, runCli, type CliResult} from '../helpers/cli.js';
import {tempDir, tempHome} from '../helpers/temp.js';
import {requireRoot} from '../helpers/users.js';

type Api = typeof import('../../source/api.js');
const api = (await import(path.join(ROOT, 'dist/api.mjs'))) as Api;

let home: string;
let folder: string;

async function cli(args: string[], input?: string): Promise<CliResult> {
	return runCli(args, {home, input});
}

async function ok(args: string[], input?: string): Promise<CliResult> {
	const result = await cli(args, input);
	expect(result.stderr.replace(/^(Created|Registered|Unregistered)[^\n]*\n/gm, '')).toBe('');
	expect(result.code).toBe(0);
	return result;
}

beforeEach(async () => {
	requireRoot();
	home = tempHome();
	folder = path.join(tempDir(), 'lab');
	await ok(['store', 'add', 'lab', folder, '--group', 'root']);
	await ok(['set', 'lab/wandb', '-'], 'wandb-team-key-42');
	await ok(['set', 'wandb', '-'], 'wandb-personal-key-7');
});

describe('names across stores', () => {
	it('get, set, delete and list take lab/NAME; the personal NAME is another secret', async () => {
		expect((await ok(['get', 'lab/wandb'])).stdout).toBe('wandb-team-key-42\n');
		expect((await ok(['get', 'wandb'])).stdout).toBe('wandb-personal-key-7\n');
		expect((await ok(['list', '--store', 'lab', '--names'])).stdout).toBe('wandb\n');
		expect((await ok(['list', '--names'])).stdout).toBe('wandb\n');
		expect((await ok(['list', '--all', '--names'])).stdout).toBe('wandb\nlab/wandb\n');
		const again = await cli(['set', 'lab/wandb', 'x']);
		expect(again.stderr).toBe('secrets-tui: A secret named lab/wandb already exists; add --overwrite to replace its value.\n');
		await ok(['delete', 'lab/wandb']);
		const gone = await cli(['get', 'lab/wandb']);
		expect(gone.code).toBe(1);
		expect(gone.stderr).toBe(`secrets-tui: There is no secret named wandb in the team store lab (${folder}); \`secrets-tui list --store lab\` shows the names.\n`);
		expect((await ok(['get', 'wandb'])).stdout).toBe('wandb-personal-key-7\n');
	});

	it('an unknown store or a bad name is a sentence', async () => {
		const unknown = await cli(['get', 'nolab/x']);
		expect(unknown.stderr).toBe('secrets-tui: There is no team store named nolab; `secrets-tui store list` shows them and `secrets-tui store add nolab PATH` adds one.\n');
		expect((await cli(['set', 'lab/a/b', 'v'])).stderr).toContain('"a/b" is not a valid name');
		expect((await cli(['list', '--store', 'nolab'])).code).toBe(1);
		expect((await cli(['set', '9lab/x', 'v'])).stderr).toContain('"9lab" is not a valid store name');
	});

	it('exec --secret VAR=lab/NAME and a definition\'s secrets: [VAR=lab/NAME] inject the team value, redacted', async () => {
		const exec = await ok(['exec', '--secret', 'KEY=lab/wandb', '--secret', 'wandb', '--', 'sh', '-c', 'test "$KEY" = wandb-team-key-42 && test "$wandb" = wandb-personal-key-7 && echo "$KEY"']);
		expect(exec.stdout).toBe('[secret:lab/wandb]\n');
		fs.writeFileSync(
			path.join(home, 'environments.yaml'),
			`- name: team\n  secrets: [WANDB_API_KEY=lab/wandb]\n  executables:\n    - label: show\n      instances:\n        - command: 'test "$WANDB_API_KEY" = wandb-team-key-42 && echo ok'\n`,
			{mode: 0o600},
		);
		expect((await ok(['run', 'team'])).stdout).toBe('ok\n');
	});

	it('a template names a team secret as secrets["lab/NAME"] (inject)', async () => {
		const template = path.join(tempDir(), 'config.tmpl');
		fs.writeFileSync(template, 'key = {{ secrets["lab/wandb"] }}\nmine = {{ secrets.wandb }}\n');
		expect((await ok(['inject', '-i', template])).stdout).toBe('key = wandb-team-key-42\nmine = wandb-personal-key-7\n');
	});

	it('the library takes lab/NAME and lists a team store with who set each secret', async () => {
		expect(await api.getSecret('lab/wandb', {home})).toBe('wandb-team-key-42');
		await api.setSecret('lab/other', 'other-value', {home});
		expect((await ok(['get', 'lab/other'])).stdout).toBe('other-value\n');
		const listed = await api.listSecrets({home, store: 'lab'});
		expect(listed.map(({name, updatedBy}) => [name, updatedBy])).toEqual([
			['other', 'root'],
			['wandb', 'root'],
		]);
		await api.deleteSecret('lab/other', {home});
		expect((await api.listSecrets({home, store: 'lab'})).map((secret) => secret.name)).toEqual(['wandb']);
	});

	it('store remove unregisters and keeps the folder; completion offers team names and store names', async () => {
		for (const shell of ['bash', 'zsh', 'fish']) {
			const script = (await ok(['completion', shell])).stdout;
			expect(script).toContain('secrets-tui list --names --all');
			expect(script).toContain('secrets-tui store list --names');
		}

		expect((await ok(['store', 'list', '--names'])).stdout).toBe('lab\n');
		await ok(['store', 'remove', 'lab']);
		expect((await ok(['store', 'list', '--names'])).stdout).toBe('');
		expect(fs.existsSync(path.join(folder, 'secrets.json'))).toBe(true);
		expect((await cli(['get', 'lab/wandb'])).code).toBe(1);
		await ok(['store', 'add', 'lab', folder]);
		expect((await ok(['get', 'lab/wandb'])).stdout).toBe('wandb-team-key-42\n');
	});
});
