// Team stores between real users: a group (stui17lab) with two members, a colleague outside it and a
// stranger. Every command runs the built program as that user (setpriv), each with a personal store
// of their own in their home.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {fileAccounts, projectFolder, runAs} from '../../helpers/users.js';
import {tempDir} from '../../helpers/temp.js';

const GROUP = 'stui17lab';
const A = 'stui17a';
const B = 'stui17b';
const COLLEAGUE = 'stui17c';
const STRANGER = 'stui17d';
const accounts = fileAccounts(GROUP, [A, B], [COLLEAGUE, STRANGER]);

beforeEach(() => {
	// Each test starts with empty personal stores (and so no registered team store).
	for (const user of [A, B, COLLEAGUE, STRANGER]) {
		fs.rmSync(`/home/${user}/.secrets-tui`, {recursive: true, force: true});
	}
});


async function ok(user: string, args: string[], options: Parameters<typeof runAs>[3] = {}) {
	const result = await runAs(user, accounts.cli, args, options);
	expect(result.stderr.replace(/^(Created|Registered|Saved|Overwrote|Unregistered|stui17\w+ can now|stui17\w+ no longer)[^\n]*\n/gm, '')).toBe('');
	expect(result.code).toBe(0);
	return result;
}

/** A new team store `lab` made by A for the group, registered by A and B. */
async function labStore(): Promise<string> {
	const folder = path.join(projectFolder(tempDir(), GROUP), 'lab-secrets');
	await ok(A, ['store', 'add', 'lab', folder, '--group', GROUP]);
	await ok(B, ['store', 'add', 'lab', folder]);
	return folder;
}

function modeOf(file: string): number {
	return fs.statSync(file).mode & 0o7777;
}

function groupOf(file: string): string {
	return execFileSync('stat', ['-c', '%G', file], {encoding: 'utf8'}).trim();
}

describe('team stores between users', () => {
	it('store add creates the folder 2770 for the group and secrets.json 0660; a colleague adds it by path and reads what a member set', async () => {
		const folder = await labStore();
		expect(modeOf(folder)).toBe(0o2770);
		expect(groupOf(folder)).toBe(GROUP);
		expect(modeOf(path.join(folder, 'secrets.json'))).toBe(0o660);
		await ok(A, ['set', 'lab/wandb', '-'], {input: 'wandb-key-1234\n'});
		expect((await ok(B, ['get', 'lab/wandb'])).stdout).toBe('wandb-key-1234\n');
		const list = await ok(A, ['store', 'list']);
		expect(list.stdout).toMatch(new RegExp(`^lab +${folder.replaceAll('/', '\\/')} +${GROUP} +${A}, ${B} \\(group\\)$`, 'm'));
		expect(fs.readFileSync(`/home/${B}/.secrets-tui/settings.yaml`, 'utf8')).toContain(`path: "${folder}"`);
	});

	it('a member must be in the group to create a store for it', async () => {
		const folder = path.join(projectFolder(tempDir(), GROUP), 'theirs');
		const result = await runAs(COLLEAGUE, accounts.cli, ['store', 'add', 'lab', folder, '--group', GROUP]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`You are not a member of the group ${GROUP}`);
		expect(fs.existsSync(folder)).toBe(false);
	});

	it('two members writing 25 secrets each at once lose nothing', async () => {
		const folder = await labStore();
		const writes = [A, B].flatMap((user) => Array.from({length: 25}, (_, index) => runAs(user, accounts.cli, ['set', `lab/${user}_${index}`, '-'], {input: `value-${user}-${index}`})));
		const results = await Promise.all(writes);
		expect(results.map((result) => result.stderr).join('')).toBe('');
		expect(results.every((result) => result.code === 0)).toBe(true);
		const names = (await ok(B, ['list', '--store', 'lab', '--names'])).stdout.split('\n').filter(Boolean);
		expect(names).toHaveLength(50);
		const stored = JSON.parse(fs.readFileSync(path.join(folder, 'secrets.json'), 'utf8')) as {secrets: Record<string, {value: string; updatedBy: string}>};
		for (const user of [A, B]) {
			for (let index = 0; index < 25; index++) {
				expect(stored.secrets[`${user}_${index}`]).toMatchObject({value: `value-${user}-${index}`, updatedBy: user});
			}
		}

		expect(modeOf(path.join(folder, 'secrets.json'))).toBe(0o660);
		expect(groupOf(path.join(folder, 'secrets.json'))).toBe(GROUP);
		expect(fs.readdirSync(folder)).toEqual(['secrets.json']);
	});

	it('a non-member is refused with a sentence and reads nothing', async () => {
		const folder = await labStore();
		await ok(A, ['set', 'lab/db', '-'], {input: 'db-password-9876'});
		const add = await runAs(STRANGER, accounts.cli, ['store', 'add', 'lab', folder]);
		expect(add.code).toBe(1);
		expect(add.stderr).toBe(`secrets-tui: You cannot read the team store lab (${folder}): you are not in its group ${GROUP} and no ACL gives you access. A member can give it to you with \`secrets-tui store grant lab USER\`.\n`);
		// Registered by hand, the store still reads nothing.
		fs.mkdirSync(`/home/${STRANGER}/.secrets-tui`, {recursive: true});
		fs.writeFileSync(`/home/${STRANGER}/.secrets-tui/settings.yaml`, `stores:\n  lab:\n    path: "${folder}"\n    group: "${GROUP}"\n`);
		execFileSync('chown', ['-R', STRANGER, `/home/${STRANGER}/.secrets-tui`]);
		execFileSync('chmod', ['700', `/home/${STRANGER}/.secrets-tui`]);
		for (const args of [['get', 'lab/db'], ['list', '--store', 'lab', '--values'], ['exec', '--secret', 'DB=lab/db', '--', 'sh', '-c', 'echo "$DB"']]) {
			const result = await runAs(STRANGER, accounts.cli, args);
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toContain('you are not in its group stui17lab and no ACL gives you access');
			expect(result.stderr).not.toContain('db-password');
		}
	});

	it('a read-only grantee reads and cannot write; revoke takes access away', async () => {
		const folder = await labStore();
		await ok(A, ['set', 'lab/token', '-'], {input: 'token-abcdef'});
		await ok(A, ['store', 'grant', 'lab', COLLEAGUE, '--read-only']);
		expect((await ok(A, ['store', 'list'])).stdout).toContain(`${COLLEAGUE} (ACL, read-only)`);
		await ok(COLLEAGUE, ['store', 'add', 'lab', folder]);
		expect((await ok(COLLEAGUE, ['get', 'lab/token'])).stdout).toBe('token-abcdef\n');
		const write = await runAs(COLLEAGUE, accounts.cli, ['set', 'lab/token', 'changed', '--overwrite']);
		expect(write.code).toBe(1);
		expect(write.stderr).toBe(`secrets-tui: You can read the team store lab (${folder}) but not write to it (a read-only grant, or the folder lost its group write); nothing was changed.\n`);
		// A member's later write keeps the grant (the folder's default ACL), and the grantee still cannot write.
		await ok(B, ['set', 'lab/token', 'token-second', '--overwrite']);
		expect((await ok(COLLEAGUE, ['get', 'lab/token'])).stdout).toBe('token-second\n');
		expect((await runAs(COLLEAGUE, accounts.cli, ['delete', 'lab/token'])).code).toBe(1);

		const notOwner = await runAs(B, accounts.cli, ['store', 'revoke', 'lab', COLLEAGUE]);
		expect(notOwner.code).toBe(1);
		expect(notOwner.stderr).toContain(`Only the owner of ${folder} (${A}, who created the team store lab)`);
		await ok(A, ['store', 'revoke', 'lab', COLLEAGUE]);
		const after = await runAs(COLLEAGUE, accounts.cli, ['get', 'lab/token']);
		expect(after.code).toBe(1);
		expect(after.stdout).toBe('');
		expect(after.stderr).toContain('no ACL gives you access');
		expect((await ok(A, ['store', 'list'])).stdout).not.toContain(COLLEAGUE);
	});

	it('a store opened to others (o+r) or given to another group is refused for every member, with the command that fixes it', async () => {
		const folder = await labStore();
		await ok(A, ['set', 'lab/key', '-'], {input: 'key-value-1'});
		await ok(B, ['set', 'lab/key', '-', '--overwrite'], {input: 'key-value-2'});
		const file = path.join(folder, 'secrets.json');
		fs.chmodSync(file, 0o664);
		for (const user of [A, B]) {
			const result = await runAs(user, accounts.cli, ['get', 'lab/key']);
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toBe(
				`secrets-tui: The team store lab (${folder}) is open to users outside the group ${GROUP}: ${file} has mode 664, so secrets-tui will not use it, for any member. ` +
					`Check who could have copied it, then ${user === B ? 'you can' : `its owner (${B}) can`} run: chmod o= '${file}'.\n`,
			);
		}

		// The write path refuses it too, and leaves the file as it was.
		expect((await runAs(A, accounts.cli, ['set', 'lab/other', 'x'])).code).toBe(1);
		execFileSync('runuser', ['-u', B, '--', 'chmod', 'o=', file]);
		expect((await ok(A, ['get', 'lab/key'])).stdout).toBe('key-value-2\n');

		execFileSync('chgrp', [B, folder]);
		for (const user of [A, B]) {
			const result = await runAs(user, accounts.cli, ['list', '--store', 'lab']);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(`is registered for the group ${GROUP}, but ${folder} belongs to the group ${B}`);
			expect(result.stderr).toContain(`then ${user === A ? 'you can' : `its owner (${A}) can`} run: chgrp ${GROUP} '${folder}'.`);
		}
	});

	it('a lock left by a member whose writer died (umask 077) is group-writable, and another member takes it over and saves', async () => {
		const folder = await labStore();
		await ok(A, ['set', 'lab/before', 'one']);
		const stalled = runAs(A, accounts.cli, ['set', 'lab/stalled', 'two'], {umask: '077', env: {SECRETS_TUI_TEST_PAUSE_IN_LOCK: '1'}});
		const lock = path.join(folder, 'secrets.json.lock');
		for (let tries = 0; tries < 200 && !fs.existsSync(path.join(lock, 'owner')); tries++) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}

		expect(modeOf(lock) & 0o777).toBe(0o770);
		expect(modeOf(path.join(lock, 'owner'))).toBe(0o660);
		expect(groupOf(lock)).toBe(GROUP);
		// The writer inside the lock is stopped (SIGSTOP by the test hook), then killed: its lock stays behind.
		const holder = execFileSync('pgrep', ['-u', A, '-f', 'lab/stalled'], {encoding: 'utf8'}).trim().split('\n');
		for (const pid of holder) {
			process.kill(Number(pid), 'SIGKILL');
		}

		await stalled;
		expect(fs.existsSync(lock)).toBe(true);
		await ok(B, ['set', 'lab/after', 'three']);
		expect(fs.existsSync(lock)).toBe(false);
		expect((await ok(A, ['list', '--store', 'lab', '--names'])).stdout).toBe('after\nbefore\n');
	});

	it('a member with umask 077 writes a store the others can read and write', async () => {
		const folder = await labStore();
		await ok(A, ['set', 'lab/first', 'one'], {umask: '077'});
		const file = path.join(folder, 'secrets.json');
		expect(modeOf(file)).toBe(0o660);
		expect(groupOf(file)).toBe(GROUP);
		expect((await ok(B, ['get', 'lab/first'])).stdout).toBe('one\n');
		await ok(B, ['set', 'lab/second', 'two'], {umask: '077'});
		expect((await ok(A, ['get', 'lab/second'])).stdout).toBe('two\n');
		expect(modeOf(file)).toBe(0o660);
	});

	it('shows who last set each secret: list --store, list --json, list --all', async () => {
		await labStore();
		await ok(A, ['set', 'lab/one', 'value-one']);
		await ok(B, ['set', 'lab/two', 'value-two']);
		await ok(A, ['set', 'mine', 'personal-value']);
		const table = (await ok(A, ['list', '--store', 'lab'])).stdout;
		expect(table).toMatch(new RegExp(`^one .* by ${A}$`, 'm'));
		expect(table).toMatch(new RegExp(`^two .* by ${B}$`, 'm'));
		const rows = JSON.parse((await ok(B, ['list', '--store', 'lab', '--json'])).stdout) as Array<{name: string; updatedBy: string}>;
		expect(rows.map(({name, updatedBy}) => [name, updatedBy])).toEqual([
			['one', A],
			['two', B],
		]);
		expect((await ok(A, ['list', '--all', '--names'])).stdout).toBe('mine\nlab/one\nlab/two\n');
	});
});
