// StrictModes for a team store, checked on every read and write by every member: nobody outside the
// group (and the users an ACL names) has any access, and the folder and its files carry the registered
// group. A loosened store is refused for everyone, with the command that fixes it. (The personal store
// keeps its own rules, in read.ts.)
import fs from 'node:fs';
import {UserError} from '../util/errors.js';
import {userName} from '../util/file-trust.js';
import {findGroup, type GroupInfo} from './groups.js';
import type {TeamEntry} from './registry.js';

/** How a team store's folder is made: group read/write, setgid so new files keep the group. */
export const TEAM_FOLDER_MODE = 0o2770;
export const TEAM_FILE_MODE = 0o660;

export function describeTeam(team: TeamEntry): string {
	return `the team store ${team.name} (${team.path})`;
}

function octal(mode: number): string {
	return (mode & 0o7777).toString(8).padStart(3, '0');
}

/** The registered group, as the system knows it now. */
export function teamGroup(team: TeamEntry): GroupInfo {
	const group = findGroup(team.group);
	if (!group) {
		throw new UserError(`The group ${team.group} of ${describeTeam(team)} does not exist on this machine (neither /etc/group nor getent knows it); ask your administrator, or register the store again with the right group.`);
	}

	return group;
}

/** Throws when `stat` (the folder, the store or a file in it) lets anyone outside the group in. */
export type Ownership = Pick<fs.Stats, 'mode' | 'gid' | 'uid'>;

export function checkTeamEntry(team: TeamEntry, target: string, stat: Ownership, group: GroupInfo): void {
	if (process.platform === 'win32') {
		return;
	}

	if ((stat.mode & 0o007) !== 0) {
		throw new UserError(
			`${capital(describeTeam(team))} is open to users outside the group ${team.group}: ${target} has mode ${octal(stat.mode)}, so secrets-tui will not use it, for any member. ` +
				`Check who could have copied it, then ${fixer(stat)} run: chmod o= '${target}'.`,
		);
	}

	if (stat.gid !== group.gid) {
		const now = findGroup(stat.gid)?.name ?? `gid ${stat.gid}`;
		throw new UserError(
			`${capital(describeTeam(team))} is registered for the group ${team.group}, but ${target} belongs to the group ${now}, so secrets-tui will not use it, for any member: the members of ${now} could read it. ` +
				`Check who could have, then ${fixer(stat)} run: chgrp ${team.group} '${target}'.`,
		);
	}
}

/**
 * The folder of a team store: it must exist, be reachable, and pass the checks. Returns the group
 * (`known`: the team's group, when the caller has looked it up already).
 */
export function checkTeamFolder(team: TeamEntry, known?: GroupInfo): GroupInfo {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(team.path);
	} catch (error) {
		throw teamAccessError(team, error as NodeJS.ErrnoException);
	}

	if (!stat.isDirectory()) {
		throw new UserError(`${capital(describeTeam(team))} is not a folder; \`secrets-tui store remove ${team.name}\` unregisters it.`);
	}

	const group = known ?? teamGroup(team);
	checkTeamEntry(team, team.path, stat, group);
	return group;
}

/** A failed access to a team store as a sentence: missing, or not yours to read. */
export function teamAccessError(team: TeamEntry, error: NodeJS.ErrnoException): UserError {
	if (error.code === 'ENOENT') {
		return new UserError(`The folder of ${describeTeam(team)} does not exist; add it again with \`secrets-tui store add ${team.name} PATH\`, or unregister it with \`secrets-tui store remove ${team.name}\`.`);
	}

	if (error.code === 'EACCES' || error.code === 'EPERM') {
		return new UserError(
			`You cannot read ${describeTeam(team)}: you are not in its group ${team.group} and no ACL gives you access. A member can give it to you with \`secrets-tui store grant ${team.name} USER\`.`,
		);
	}

	return new UserError(`Cannot read ${describeTeam(team)}: ${error.message}.`);
}

/** Who can run the fix: the owner of what is loose. */
function fixer(stat: Ownership): string {
	return stat.uid === process.getuid?.() ? 'you can' : `its owner (${userName(stat.uid)}) can`;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
