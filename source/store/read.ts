// Reading the store file: plain fs + JSON.parse, no conf, so `get` and `list` start fast.
// A file that is loose (group/other bits), not JSON, or not our shape is refused and never touched.
import fs from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {lineAndColumn, locateJsonDamage} from './json-damage.js';
import {isValidName, MAX_STORE_BYTES} from './rules.js';
import type {GroupInfo} from './groups.js';
import type {TeamEntry} from './registry.js';
import {checkTeamEntry, checkTeamFolder, teamAccessError} from './team-rules.js';
import {currentUid} from '../util/current-user.js';

export type Secret = {
	value: string;
	/** ISO 8601 */
	created: string;
	/** ISO 8601 */
	updated: string;
} & SecretExtras;

/** Optional fields kept beside a value; a store without them reads as before. */
export type SecretExtras = {
	/** A free note (where it came from, who to ask). */
	note?: string;
	/** The day it stops working, YYYY-MM-DD. */
	expires?: string;
	/** Team stores: the user who last set it. */
	updatedBy?: string;
};

/** The optional fields, each a string when present: add a field here and to SecretExtras. */
export const EXTRA_FIELDS = ['note', 'expires'] as const satisfies ReadonlyArray<keyof SecretExtras>;
/** Every field an entry may lack, in the order the writer writes them after value, created and updated. */
export const OPTIONAL_FIELDS = [...EXTRA_FIELDS, 'updatedBy'] as const satisfies ReadonlyArray<keyof SecretExtras>;

/** The secret's own fields only, in the store's order (an object handed in may carry more, such as `name`). */
export function copyOf(secret: Secret): Secret {
	const copy: Secret = {value: secret.value, created: secret.created, updated: secret.updated};
	for (const field of OPTIONAL_FIELDS) {
		if (secret[field] !== undefined) {
			copy[field] = secret[field];
		}
	}

	return copy;
}

export type StoreData = {
	version: 1;
	secrets: Record<string, Secret>;
};

export function emptyStore(): StoreData {
	return {version: 1, secrets: Object.create(null) as Record<string, Secret>};
}

/**
 * Which file the store is: a writer compares it just before its rename with the one it read, so it
 * never renames over a store another writer saved meanwhile. `absent` when there is no store file.
 */
export type StoreIdentity = {dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint} | 'absent';

/**
 * Reads and checks the store file. A missing file is an empty store. A team store (`team`) is checked
 * by the team's rules (team-rules.ts), the personal store by the personal ones.
 */
export function readStore(file: string, team?: TeamEntry): StoreData {
	return readStoreFile(file, team).data;
}

/** The store's data and which file it was read from. */
export function readStoreFile(file: string, team?: TeamEntry): {data: StoreData; identity: StoreIdentity} {
	const {bytes, identity} = readStoreBytes(file, team);
	return {data: bytes ? parseStore(file, bytes.toString('utf8')) : emptyStore(), identity};
}

/**
 * The store file's bytes, after every check of who may use it; undefined (and `absent`) when there is
 * no store file. Parse them with parseStore, or read parts of them with scan.ts. `known`: the team's
 * group, when the caller (a write) has looked it up already.
 */
export function readStoreBytes(file: string, team?: TeamEntry, known?: GroupInfo): {bytes: Buffer | undefined; identity: StoreIdentity} {
	const group = team ? checkTeamFolder(team, known) : undefined;
	if (!team) {
		checkFolder(path.dirname(file));
	}

	let fd: number;
	try {
		// O_NOFOLLOW: a store file that is a symbolic link is refused (below), never followed.
		fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			return {bytes: undefined, identity: 'absent'};
		}

		if (code === 'ELOOP') {
			throw linkedStore(file);
		}

		if (team) {
			throw teamAccessError(team, error as NodeJS.ErrnoException);
		}

		throw new UserError(`Cannot read the store ${file}: ${(error as Error).message}.`);
	}

	try {
		const stat = fs.fstatSync(fd, {bigint: true});
		const identity = identityOf(stat);
		if (stat.isDirectory()) {
			throw new UserError(`The store ${file} is a folder, not a file, so secrets-tui will not use it. Move it aside to start a new store.`);
		}

		if (team) {
			checkTeamEntry(team, file, {mode: Number(stat.mode), gid: Number(stat.gid), uid: Number(stat.uid)}, group!);
		} else {
			checkMode(file, Number(stat.mode));
			checkOwner(file, 'store', Number(stat.uid));
		}

		if (stat.size > MAX_STORE_BYTES) {
			throw new UserError(
				`The store ${file} is ${Math.round(Number(stat.size) / 1024 / 1024)} MiB, more than the ${MAX_STORE_BYTES / 1024 / 1024} MiB secrets-tui reads, so it was not read. ` +
					'It was left as it is; if it is not your store, move it aside; otherwise restore it from a backup.',
			);
		}

		// Bytes, not text: a 16 MB store read as a string is held twice while it is decoded.
		return {bytes: fs.readFileSync(fd), identity};
	} finally {
		fs.closeSync(fd);
	}
}

/** Which file is at `file` now (without following a symbolic link). */
export function currentIdentity(file: string): StoreIdentity {
	const stat = fs.lstatSync(file, {bigint: true, throwIfNoEntry: false});
	return stat ? identityOf(stat) : 'absent';
}

export function sameIdentity(a: StoreIdentity, b: StoreIdentity): boolean {
	if (a === 'absent' || b === 'absent') {
		return a === b;
	}

	return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function identityOf(stat: fs.BigIntStats): StoreIdentity {
	return {dev: stat.dev, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs};
}

/**
 * A store file that is a symbolic link is refused, as ssh refuses linked keys: a chmod or a write
 * would act on whatever the link points at. (A linked store folder, /home -> /gpfs/home, is fine.)
 */
function linkedStore(file: string): UserError {
	let target: string;
	try {
		target = fs.readlinkSync(file);
	} catch {
		return new UserError(`Cannot read the store ${file}: it is a symbolic link that cannot be read.`);
	}

	const resolved = path.resolve(path.dirname(file), target);
	const isFolder = fs.statSync(resolved, {throwIfNoEntry: false})?.isDirectory() === true;
	const fix = isFolder
		? `Remove the link (rm '${file}') to start a new store there, or point SECRETS_TUI_HOME at the folder that holds your store.`
		: `If ${resolved} is your store, put it in the link's place: mv '${resolved}' '${file}'.`;
	return new UserError(
		`The store ${file} is a symbolic link to ${isFolder ? 'the folder ' : ''}${target}, so secrets-tui will not use it: it reads and writes only a plain file there. ${fix}`,
	);
}

/**
 * The store folder, as ssh's StrictModes checks ~/.ssh: it must belong to the user and nobody else may
 * write to it (another user could rename the store away or plant a lock). A missing folder is fine.
 */
export function checkFolder(dir: string): void {
	if (process.platform === 'win32') {
		return;
	}

	let stat: fs.Stats;
	try {
		stat = fs.statSync(dir);
	} catch {
		return;
	}

	checkOwner(dir, 'store folder', stat.uid);
	if ((stat.mode & 0o022) !== 0) {
		const octal = (stat.mode & 0o7777).toString(8).padStart(3, '0');
		throw new UserError(
			`The store folder ${dir} can be written by other users (mode ${octal}), so secrets-tui will not use it: they could replace or remove the store. ` +
				`Check its content, then run: chmod 700 '${dir}'.`,
		);
	}
}

function checkOwner(target: string, what: 'store' | 'store folder', owner: number): void {
	const uid = currentUid();
	if (uid === undefined || owner === uid) {
		return;
	}

	throw new UserError(
		`The ${what} ${target} belongs to another user (uid ${owner}; you are uid ${uid}), so secrets-tui will not use it. ` +
			`Point SECRETS_TUI_HOME at a folder of your own, or have its owner give it to you: chown ${uid} '${target}'.`,
	);
}

export function checkMode(file: string, mode: number): void {
	if (process.platform === 'win32') {
		return;
	}

	if ((mode & 0o077) !== 0) {
		const octal = (mode & 0o777).toString(8).padStart(3, '0');
		throw new UserError(
			`The store ${file} can be read or written by other users (mode ${octal}), so secrets-tui will not use it. ` +
				`Check that nobody has copied it, then run: chmod 600 '${file}'.`,
		);
	}
}

/** The store's text checked and parsed. A damage report names the place and the kind, never content. */
export function parseStore(file: string, text: string): StoreData {
	const damaged = (what: string, offset?: number) => {
		let where = '';
		if (offset !== undefined) {
			const {line, column} = lineAndColumn(text, offset);
			where = ` at line ${line}, column ${column} (byte ${Buffer.byteLength(text.slice(0, offset), 'utf8')})`;
		}

		return new UserError(
			`The store ${file} is damaged${where}: ${what}. It was left as it is; restore it from a backup, or move it aside to start a new store.`,
		);
	};

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		const {offset, kind} = locateJsonDamage(text);
		throw damaged(`it is not valid JSON: ${kind}`, offset);
	}

	if (!isObject(data)) {
		throw damaged('it does not hold a JSON object');
	}

	if (data.version !== 1) {
		const version = data.version === undefined ? 'missing' : typeof data.version === 'number' ? String(data.version) : `a ${typeof data.version}`;
		throw damaged(`its "version" is ${version}, expected 1`);
	}

	if (!isObject(data.secrets)) {
		throw damaged('it has no "secrets" object');
	}

	// Checked in place (no copy of a million entries): without a prototype, a name such as
	// `constructor` or `__proto__` (JSON.parse makes it an own key) is only ever a secret.
	const secrets = Object.setPrototypeOf(data.secrets, null) as Record<string, unknown>;
	let position = 0;
	for (const name in secrets) {
		const entry = secrets[name];
		position++;
		if (!isValidName(name)) {
			throw damaged(`secret number ${position} has an invalid name`, keyOffset(text, name));
		}

		if (
			!isObject(entry) ||
			typeof entry.value !== 'string' ||
			typeof entry.created !== 'string' ||
			typeof entry.updated !== 'string' ||
			(entry.updatedBy !== undefined && typeof entry.updatedBy !== 'string')
		) {
			throw damaged(`the entry "${name}" is not a {value, created, updated} object of strings`, keyOffset(text, name));
		}

		const secret: Secret = {value: entry.value, created: entry.created, updated: entry.updated};
		// updatedBy: who last set it, in a team store (store.ts writes it, never the caller).
		for (const field of OPTIONAL_FIELDS) {
			const extra = entry[field];
			if (extra !== undefined && typeof extra !== 'string') {
				throw damaged(`the entry "${name}" has a "${field}" that is not a string`, keyOffset(text, name));
			}

			if (extra !== undefined) {
				secret[field] = extra;
			}
		}

		secrets[name] = secret;
	}

	return {version: 1, secrets: secrets as Record<string, Secret>};
}

/** Where a key is written in the text, when it is written plainly (for the damage report only). */
function keyOffset(text: string, name: string): number | undefined {
	const offset = text.indexOf(JSON.stringify(name) + ':');
	return offset === -1 ? undefined : offset;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
