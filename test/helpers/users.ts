// A real second user for attack tests (CI runs as root): created with useradd, removed with userdel -r.
// Each test file passes a name of its own (e.g. stui13b) so parallel files never share one.
import {execFileSync} from 'node:child_process';
import {afterAll, beforeAll} from 'vitest';


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
