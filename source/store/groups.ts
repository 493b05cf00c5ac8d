// Unix groups and users as the system knows them: /etc/group and /etc/passwd, then `getent` for
// directories such as LDAP or SSSD that those files do not list.
import {childProcess} from '../util/child-process.js';
import fs from 'node:fs';

export type GroupInfo = {name: string; gid: number; members: string[]};

type Row = string[];

function rows(file: string): Row[] {
	try {
		return fs
			.readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => line !== '' && !line.startsWith('#'))
			.map((line) => line.split(':'));
	} catch {
		return [];
	}
}

function getent(database: 'group' | 'passwd', key: string): Row | undefined {
	const result = childProcess().spawnSync('getent', [database, key], {encoding: 'utf8'});
	const line = result.status === 0 ? result.stdout.split('\n')[0] : undefined;
	return line ? line.split(':') : undefined;
}

function toGroup(row: Row): GroupInfo {
	return {name: row[0]!, gid: Number(row[2]), members: (row[3] ?? '').split(',').filter(Boolean)};
}

/** The group by name or by gid, or undefined when the system has none. */
export function findGroup(key: string | number): GroupInfo | undefined {
	const local = rows('/etc/group').find((row) => (typeof key === 'number' ? Number(row[2]) === key : row[0] === key));
	const row = local ?? getent('group', String(key));
	return row && row.length >= 3 ? toGroup(row) : undefined;
}

/** Whether a user by this name exists. */
export function userExists(name: string): boolean {
	return rows('/etc/passwd').some((fields) => fields[0] === name) || getent('passwd', name) !== undefined;
}

/** Everyone in the group: its listed members and the users whose primary group it is (local ones). */
export function groupMembers(group: GroupInfo): string[] {
	const primary = rows('/etc/passwd')
		.filter((fields) => Number(fields[3]) === group.gid)
		.map((fields) => fields[0]!);
	return [...new Set([...group.members, ...primary])].sort();
}

/** Whether this process is in the group (its primary or supplementary groups). */
export function inGroup(gid: number): boolean {
	if (typeof process.getgroups !== 'function') {
		return false;
	}

	return process.getegid!() === gid || process.getgroups().includes(gid);
}
