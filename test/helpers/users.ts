// Real users and groups for tests (CI runs as root): created with useradd/groupadd, removed with
// userdel -r/groupdel. Each test file passes names of its own (e.g. stui13b, stui17a) so parallel
// files never share one.
import {execFileSync, spawn} from 'node:child_process';
import {afterAll, beforeAll} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {finished, ROOT, type CliResult} from './cli.js';

/** Creates the user (and its private group); returns its uid and gid. Leftovers of an aborted run are removed first. */
export function addUser(name: string): {uid: number; gid: number} {
	removeUser(name);
	execFileSync('useradd', ['-m', '-s', '/bin/sh', name], {stdio: 'ignore'});
	const uid = Number(execFileSync('id', ['-u', name], {encoding: 'utf8'}).trim());
	const gid = Number(execFileSync('id', ['-g', name], {encoding: 'utf8'}).trim());
	return {uid, gid};
}

export function removeUser(name: string): void {
	try {
		execFileSync('userdel', ['-r', name], {stdio: 'ignore'});
	} catch {
		// Not there.
	}
}

/** Runs a shell command as the user, `input` on its stdin; throws when it fails. */
export function asUser(name: string, script: string, input = ''): string {
	return execFileSync('runuser', ['-u', name, '--', 'sh', '-c', script], {encoding: 'utf8', input});
}

/** The user for the whole test file: created before its tests, removed after. Read `.uid`/`.gid` inside tests. */
export function secondUser(name: string): {name: string; uid: number; gid: number} {
	const user = {name, uid: -1, gid: -1};
	beforeAll(() => {
		Object.assign(user, addUser(name));
	});
	afterAll(() => {
		removeUser(name);
	});
	return user;
}

export function requireRoot(): void {
	if (process.getuid?.() !== 0) {
		throw new Error('These tests create users and groups: run them as root (CI does), e.g. `sudo npx vitest run` in a container.');
	}
}

/** Creates a group and users (each with a home); `members` join the group. Leftovers of an earlier run are removed first. */
export function createAccounts(group: string, members: string[], others: string[] = []): void {
	removeAccounts(group, [...members, ...others]);
	execFileSync('groupadd', [group]);
	for (const user of members) {
		execFileSync('useradd', ['-m', '-G', group, user]);
	}

	for (const user of others) {
		execFileSync('useradd', ['-m', user]);
	}
}

export function removeAccounts(group: string, users: string[]): void {
	for (const user of users) {
		removeUser(user);
	}

	try {
		execFileSync('groupdel', [group], {stdio: 'ignore'});
	} catch {
		// Not there.
	}
}

/**
 * The group and users of a whole test file, and a copy of the built program they can run: created
 * before its tests (as root), removed after. Read `.cli` inside tests.
 */
export function fileAccounts(group: string, members: string[], others: string[] = []): {cli: string} {
	const accounts = {cli: '', dir: ''};
	beforeAll(() => {
		requireRoot();
		createAccounts(group, members, others);
		({dir: accounts.dir, cli: accounts.cli} = publicCli());
	});
	afterAll(() => {
		removeAccounts(group, [...members, ...others]);
		if (accounts.dir) {
			fs.rmSync(accounts.dir, {recursive: true, force: true});
		}
	});
	return accounts;
}

/** A copy of the built program every user can read (the worktree may not be); removed by the caller. */
export function publicCli(): {dir: string; cli: string} {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-public-'));
	fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), {recursive: true});
	fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
	execFileSync('chmod', ['-R', 'a+rX', dir]);
	return {dir, cli: path.join(dir, 'dist', 'cli.js')};
}

/** A folder of `group`'s members (others may pass through, not list): where a team store goes. */
export function projectFolder(base: string, group: string): string {
	const dir = path.join(base, 'project');
	fs.mkdirSync(dir);
	execFileSync('chgrp', [group, dir]);
	fs.chmodSync(dir, 0o2771);
	fs.chmodSync(base, 0o711);
	return dir;
}

export type AsOptions = {input?: string; umask?: string; env?: Record<string, string>; cwd?: string; timeoutMs?: number};

/**
 * Runs `node cli ARGS` as `user`, with the user's own personal store in their home: setpriv (the
 * user's groups, a clean environment) rather than runuser: in one full `npm test` run, runuser's PAM
 * session wrote "Session terminated, killing shell..." into the stderr of a dozen of 50 parallel writes.
 */
export function runAs(user: string, cli: string, args: string[], options: AsOptions = {}): Promise<CliResult> {
	const env = {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: `/home/${user}`, SECRETS_TUI_HOME: `/home/${user}/.secrets-tui`, NO_COLOR: '1', ...options.env};
	const script = `umask ${options.umask ?? '022'}; exec "$0" "$@"`;
	const gid = execFileSync('id', ['-g', user], {encoding: 'utf8'}).trim();
	const child = spawn('setpriv', [`--reuid=${user}`, `--regid=${gid}`, '--init-groups', '--', 'env', '-i', ...Object.entries(env).map(([key, value]) => `${key}=${value}`), 'sh', '-c', script, process.execPath, cli, ...args], {
		cwd: options.cwd ?? '/',
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	return finished(child, {input: options.input, timeoutMs: options.timeoutMs ?? 60_000});
}
