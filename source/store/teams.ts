// Registering, creating and sharing team stores: what `store add`, `store remove`, `store list`,
// `store grant` and `store revoke` do, without their printing.
import fs from 'node:fs';
import path from 'node:path';
import {UserError, UsageError} from '../util/errors.js';
import {setAcl, readAcl, type AclEntry} from './acl.js';
import {userName} from '../util/file-trust.js';
import {findGroup, groupMembers, inGroup, userExists} from './groups.js';
import type {SecretStore} from './store.js';
import {STORE_FILE_NAME} from './paths.js';
import {emptyStore, readStore} from './read.js';
import {readSettings, writeRegistry, type TeamEntry} from './registry.js';
import {storeNameProblem} from './rules.js';
import {checkTeamFolder, describeTeam, TEAM_FOLDER_MODE} from './team-rules.js';
import {writeStore} from './write.js';
import {makeFolders} from '../util/make-folders.js';

export type AddResult = {team: TeamEntry; created: boolean};

/**
 * Registers the folder `folder` as the team store `name`. A missing folder is created for `group`
 * (the user must be a member): 2770, owned by the user, with an empty secrets.json 0660. An existing
 * folder (a colleague's) is taken with its own group, after the team checks.
 */
export function addTeam(home: string, name: string, folder: string, group: string | undefined): AddResult {
	const problem = storeNameProblem(name);
	if (problem) {
		throw new UsageError(problem);
	}

	const registry = readSettings(home);
	const known = registry.find((entry) => entry.name === name);
	if (known) {
		throw new UserError(`A team store named ${name} is registered already (${known.path}); \`secrets-tui store remove ${name}\` unregisters it first.`);
	}

	const dir = path.resolve(folder);
	let stat: fs.Stats | undefined;
	try {
		stat = fs.statSync(dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			throw new UserError(`Cannot reach the folder ${dir}: ${(error as Error).message}.`);
		}
	}

	let created = false;
	let team: TeamEntry;
	if (stat === undefined || (isUnsetFolder(dir, stat) && group !== undefined)) {
		if (group === undefined) {
			throw new UsageError(`The folder ${dir} does not exist yet; give the group that will share it: secrets-tui store add ${name} '${dir}' --group GROUP.`);
		}

		team = {name, path: dir, group: memberGroup(group, dir).name};
		createFolder(team, stat === undefined);
		created = true;
	} else {
		if (!stat.isDirectory()) {
			throw new UserError(`${dir} is not a folder; give the folder that holds (or will hold) the team's secrets.json.`);
		}

		const owner = findGroup(stat.gid);
		if (!owner) {
			throw new UserError(`The folder ${dir} belongs to gid ${stat.gid}, which has no group name on this machine; ask its owner to give it a group: chgrp GROUP '${dir}'.`);
		}

		if (group !== undefined && group !== owner.name) {
			throw new UserError(`The folder ${dir} belongs to the group ${owner.name}, not ${group}; leave out --group to register it with ${owner.name}, or have its owner run: chgrp -R ${group} '${dir}'.`);
		}

		team = {name, path: dir, group: owner.name};
		// Refused now rather than at the first `get`: loosened, or not readable by this user.
		readStore(path.join(dir, STORE_FILE_NAME), team);
	}

	writeRegistry(home, [...registry, team]);
	return {team, created};
}

/** A folder of one's own with no store in it yet (made by hand before `store add`): set it up too. */
function isUnsetFolder(dir: string, stat: fs.Stats): boolean {
	return stat.isDirectory() && stat.uid === process.getuid?.() && !fs.existsSync(path.join(dir, STORE_FILE_NAME)) && fs.readdirSync(dir).length === 0;
}

function memberGroup(name: string, dir: string) {
	const group = findGroup(name);
	if (!group) {
		throw new UserError(`There is no group named ${name} on this machine (neither /etc/group nor getent knows it); \`id -nG\` lists your groups.`);
	}

	if (!inGroup(group.gid)) {
		throw new UserError(`You are not a member of the group ${name}, so ${dir} cannot be shared with it; \`id -nG\` lists your groups (a new membership shows after you log in again).`);
	}

	return group;
}

function createFolder(team: TeamEntry, missing: boolean): void {
	const gid = findGroup(team.group)!.gid;
	try {
		if (missing) {
			makeFolders(path.dirname(team.path));
			fs.mkdirSync(team.path, {mode: 0o700});
		}

		fs.chownSync(team.path, process.getuid!(), gid);
		fs.chmodSync(team.path, TEAM_FOLDER_MODE); // whatever the umask
	} catch (error) {
		throw new UserError(`Cannot create the team store folder ${team.path}: ${(error as Error).message}.`);
	}

	writeStore(path.join(team.path, STORE_FILE_NAME), emptyStore(), undefined, undefined, {gid});
}

/** Unregisters `name`; its folder and secrets are left as they are. */
export function removeTeam(home: string, name: string): TeamEntry {
	const registry = readSettings(home);
	const team = registry.find((entry) => entry.name === name);
	if (!team) {
		throw new UserError(`There is no team store named ${name}; \`secrets-tui store list\` shows them.`);
	}

	writeRegistry(
		home,
		registry.filter((entry) => entry !== team),
	);
	return team;
}

export type Readers = {members: string[]; acl: AclEntry[]};

/** Who can read the team store: the group's members, and the users and groups its ACL names. */
export function teamReaders(team: TeamEntry): Readers {
	const group = findGroup(team.group);
	const members = group ? groupMembers(group) : [];
	let acl: AclEntry[] = [];
	try {
		acl = readAcl(team.path);
	} catch {
		// No getfacl, or the folder cannot be read: the group is all we know.
	}

	return {members, acl};
}

/**
 * Gives `user` access to the team store through the folder's ACL: read and write, or read only. The
 * folder's default entries pass the access on to each file a write makes (every write renames a new
 * secrets.json into place), and the store is rewritten at once so that secrets.json has it now.
 */
export async function grantTeam(store: SecretStore, user: string, readOnly: boolean): Promise<void> {
	const team = ownTeamFolder(store);
	if (!userExists(user)) {
		throw new UserError(`There is no user named ${user} on this machine; give a login name, as \`id USER\` shows it.`);
	}

	const access = readOnly ? 'r-x' : 'rwx';
	setAcl(['-m', `u:${user}:${access},d:u:${user}:${access}`], team.path);
	await store.rewrite();
}

/** Takes a user's ACL entries away (and rewrites the store); returns whether they still read it through the group. */
export async function revokeTeam(store: SecretStore, user: string): Promise<{stillMember: boolean}> {
	const team = ownTeamFolder(store);
	const had = readAcl(team.path).some((entry) => entry.kind === 'user' && entry.name === user);
	const group = findGroup(team.group);
	const stillMember = group ? groupMembers(group).includes(user) : false;
	if (!had && !stillMember) {
		throw new UserError(`${user} has no access to ${describeTeam(team)} to revoke: no ACL entry names them and they are not in the group ${team.group}.`);
	}

	if (had) {
		setAcl(['-x', `u:${user},d:u:${user}`], team.path);
		await store.rewrite();
	}

	return {stillMember};
}

/** Only a folder's owner can change its ACL: the member who created the team store. */
function ownTeamFolder(store: SecretStore): TeamEntry {
	const team = store.team!;
	checkTeamFolder(team);
	const owner = fs.statSync(team.path).uid;
	if (owner !== process.getuid?.()) {
		throw new UserError(`Only the owner of ${team.path} (${userName(owner)}, who created the team store ${team.name}) can change who may use it; ask them to run the command.`);
	}

	return team;
}
