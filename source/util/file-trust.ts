// Who besides you may change a file that decides what a run does (definitions, settings, a shell): the
// file itself (its owner, its group and other bits) and every folder above it up to / (a folder others can
// write without the sticky bit lets them rename the file away and put their own in its place). Symlinks are
// followed, and the folders of both the path as given and the real path are checked. Root counts as you.
// One check for every caller: files beside the store, --envs files, matflow/hpcflow configurations, shells.
import fs from 'node:fs';
import path from 'node:path';
import {UserError} from './errors.js';
import {currentUid} from './current-user.js';

/** One way another user can change the file. */
export type WriteExposure = {
	/** The file or folder that lets them. */
	target: string;
	/** `owner`: it belongs to another user; `group`: its group may write; `others`: everyone may write. */
	by: 'owner' | 'group' | 'others';
	isFolder: boolean;
	uid: number;
	gid: number;
	/** Its permission bits, as `chmod` takes them (e.g. 0o666). */
	mode: number;
};

/**
 * Every way someone other than you (and root) can change `file`: empty when nobody can. A missing file or
 * folder says nothing (the caller decides what a missing file means). Always empty on Windows.
 */
export function othersCanWrite(file: string): WriteExposure[] {
	if (process.platform === 'win32') {
		return [];
	}

	const me = currentUid() ?? 0;
	const given = path.resolve(file);
	let real = given;
	try {
		real = fs.realpathSync(given);
	} catch {
		// Missing: only the folders above it are checked.
	}

	const found: WriteExposure[] = [];
	const seen = new Set<string>();
	const check = (target: string, follow: boolean) => {
		if (seen.has(target)) {
			return;
		}

		seen.add(target);
		let stat: fs.Stats;
		try {
			stat = follow ? fs.statSync(target) : fs.lstatSync(target);
		} catch {
			return;
		}

		const mode = stat.mode & 0o7777;
		const sticky = stat.isDirectory() && (mode & 0o1000) !== 0;
		const base = {target, isFolder: stat.isDirectory(), uid: stat.uid, gid: stat.gid, mode};
		if (stat.uid !== me && stat.uid !== 0) {
			found.push({...base, by: 'owner'});
		}

		if (stat.isSymbolicLink()) {
			return; // A link's own mode means nothing; its owner and its folder are what matter.
		}

		if ((mode & 0o002) !== 0 && !sticky) {
			found.push({...base, by: 'others'});
		} else if ((mode & 0o020) !== 0 && !sticky) {
			found.push({...base, by: 'group'});
		}
	};

	if (given !== real) {
		check(given, false); // The link itself (its owner can point it elsewhere).
	}

	check(real, true);
	for (const start of new Set([given, real])) {
		for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
			check(dir, true);
			if (dir === path.dirname(dir)) {
				break;
			}
		}
	}

	return found;
}

/** The name of a group id, from /etc/group; `group N` when it is not there. */
export function groupName(gid: number): string {
	return nameIn('/etc/group', gid) ?? `group ${gid}`;
}

/** The name of a user id, from /etc/passwd; `uid N` when it is not there. */
export function userName(uid: number): string {
	return nameIn('/etc/passwd', uid) ?? `uid ${uid}`;
}

/** The first field of the line whose third field is `id` (the layout of /etc/passwd and /etc/group). */
function nameIn(file: string, id: number): string | undefined {
	try {
		for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
			const [name, , field] = line.split(':');
			if (name && Number(field) === id) {
				return name;
			}
		}
	} catch {
		// Not readable: the caller shows the number.
	}

	return undefined;
}

function octal(mode: number): string {
	return (mode & 0o7777).toString(8).padStart(3, '0');
}

/** `/tmp/x (mode 777) lets every user replace it` and the like, for one exposure. */
export function describeExposure(exposure: WriteExposure): string {
	const what = `${exposure.isFolder ? 'the folder ' : ''}${exposure.target}`;
	switch (exposure.by) {
		case 'owner': {
			return `${what} belongs to ${userName(exposure.uid)}`;
		}

		case 'group': {
			return `${what} (mode ${octal(exposure.mode)}) can be written by the group ${groupName(exposure.gid)}`;
		}

		case 'others': {
			return `${what} (mode ${octal(exposure.mode)}) can be written by every user`;
		}
	}
}

/**
 * How much trust a file needs:
 * - `private`: beside the store; yours, no write for group or others, nor in any folder above it.
 * - `shared`: a definitions file or configuration: refused when every user can change it; one warning when
 *   a group or a named user can (shared project definitions are normal).
 * - `program`: a program secrets-tui starts with the secrets (a shell): nobody else may change it.
 */
export type TrustLevel = 'private' | 'shared' | 'program';

/**
 * Refuses `file` (a UserError naming what lets others change it and how to fix it) when it needs more
 * trust than it has; returns the warnings to show (only for `shared`). `what` names the file for people:
 * "the definitions file", "settings.yaml beside the store", "the shell".
 */
export function checkTrusted(file: string, what: string, level: TrustLevel, risk = 'change what runs with your secrets'): string[] {
	const exposures = othersCanWrite(file);
	if (exposures.length === 0) {
		return [];
	}

	const refused = level === 'shared' ? exposures.filter((exposure) => exposure.by === 'others') : exposures;
	if (refused.length > 0) {
		const fixes = refused.map((exposure) => fixFor(exposure)).filter((fix, index, all) => fix && all.indexOf(fix) === index);
		throw new UserError(
			`secrets-tui will not use ${what} ${path.resolve(file)}: ${refused.map((exposure) => describeExposure(exposure)).join('; ')}, so another user could ${risk}. ` +
				[
					fixes.length > 0 ? `Check its content, then run: ${fixes.join(' && ')}.` : '',
					refused.some((exposure) => exposure.by === 'owner') ? 'Use only files and folders that belong to you (or root): copy it into a folder of your own.' : '',
				]
					.filter(Boolean)
					.join(' '),
		);
	}

	return [
		`${exposures.map((exposure) => describeExposure(exposure)).join('; ')}; they can change ${what} ${path.resolve(file)}, which runs with your secrets.`,
	];
}

function fixFor(exposure: WriteExposure): string | undefined {
	return exposure.by === 'owner' ? undefined : `chmod go-w '${exposure.target}'`;
}
