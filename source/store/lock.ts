// One writer at a time: every read-modify-write of a store file holds this lock. The lock is the folder
// `<file>.lock`, made with one mkdir (atomic), as proper-lockfile and older secrets-tui made it, so old
// and new versions exclude each other. Inside it, the file `owner` holds this writer's token
// (`<host>-<pid namespace>-<pid>-<random>`), so a writer can tell whether the lock is still its own.
//
// A lock is stale, and taken over, when its holder is a dead process of this host, or when it has not
// been refreshed for 10 s by the file server's clock (on NFS the local clock may differ from the
// server's by minutes). A live holder can be taken over too (stopped with Ctrl+Z, a slow NFS server, a
// synchronous write no timer can interrupt): that is why the lock alone does not protect the store.
// The writer checks, just before its rename, that the lock is still its own and the store is still the
// file it read (see change.ts), so a writer that was overtaken never renames over another's save.
// Only "held by another process" is retried; any other failure (a read-only folder, a full disk) is
// reported at once as what it is.
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {UserError} from '../util/errors.js';
import {isAlive, isLocalProcess, parseProcessTag, processTag} from '../util/process-tag.js';
import {checkFolder} from './read.js';
import {writeFailure} from './write.js';
import type {GroupInfo} from './groups.js';
import type {TeamEntry} from './registry.js';
import {checkTeamFolder, describeTeam} from './team-rules.js';
import {makeFolders} from '../util/make-folders.js';

function readOnlyTeam(team: TeamEntry): UserError {
	return new UserError(`You can read ${describeTeam(team)} but not write to it (a read-only grant, or the folder lost its group write); nothing was changed.`);
}

const STALE_MS = 10_000;
/** How long a writer waits for a live holder before it gives up with a sentence. */
const WAIT_MS = 30_000;
const OWNER = 'owner';

export type LockOptions = {
	/** The lock folder's mode: 0700 for a personal store; the owner file gets the same read and write bits. */
	mode?: number;
	/** The group given to the lock folder and its owner file (a store shared by a group), looked up once per write. */
	group?: GroupInfo;
	/** A team store: its folder exists already (store add made it) and is checked by the team's rules. */
	team?: TeamEntry;
};

export type HeldLock = {
	/** The lock folder. */
	readonly folder: string;
	/** Whether the lock folder still holds this writer's token (no other writer took it over). */
	isMine(): boolean;
	/** Marks the lock as alive now, by the file server's clock (a synchronous step can call it). */
	refresh(): void;
};

/**
 * The stale threshold. SECRETS_TUI_TEST_LOCK_STALE_MS shortens it for tests of takeovers; it is safe
 * anywhere, as a writer whose lock is taken over never renames over the other's save.
 */
export function staleMs(env: NodeJS.ProcessEnv = process.env): number {
	const fromTest = Number(env.SECRETS_TUI_TEST_LOCK_STALE_MS);
	return Number.isFinite(fromTest) && fromTest > 0 ? fromTest : STALE_MS;
}

/** Creates the store folder 0700 when it is missing (a plain recursive mkdir would make it 0755). */
function ensureDir(dir: string): void {
	try {
		makeFolders(dir, 0o700);
	} catch (error) {
		throw new UserError(`Cannot create the store folder ${dir}: ${(error as Error).message}.`);
	}
}

export async function withLock<T>(file: string, action: (lock: HeldLock) => T | Promise<T>, options: LockOptions = {}): Promise<T> {
	const dir = path.dirname(file);
	const {team} = options;
	if (team) {
		checkTeamFolder(team, options.group);
	} else {
		ensureDir(dir);
		checkFolder(dir);
	}

	try {
		fs.accessSync(dir, fs.constants.W_OK);
	} catch (error) {
		throw team ? readOnlyTeam(team) : writeFailure(file, error as NodeJS.ErrnoException);
	}

	const folder = `${file}.lock`;
	const token = `${processTag()}-${randomBytes(6).toString('hex')}`;
	const clock = new ServerClock(file);
	const stale = staleMs();
	const started = Date.now();
	for (let attempt = 0; !tryLock(file, folder, token, options, clock, stale); attempt++) {
		if (Date.now() - started > Math.max(WAIT_MS, 3 * stale)) {
			throw new UserError(
				`The store ${file} is locked by another secrets-tui process. ` +
					`Try again; if no other secrets-tui is running, remove the folder ${folder}.`,
			);
		}

		await sleep(Math.min(100, 5 * 1.3 ** attempt) * (1 + Math.random()));
	}

	// Our lock folder's mtime is the server's time now: the offset from our clock dates each refresh in it.
	const offset = offsetFrom(folder);
	const lock: HeldLock = {
		folder,
		isMine: () => readOwner(folder) === token,
		refresh() {
			const now = new Date(Date.now() + offset);
			try {
				fs.utimesSync(folder, now, now);
			} catch {
				// Gone: taken over, which the check before the rename finds.
			}
		},
	};

	const release = () => {
		if (lock.isMine()) {
			removeLock(folder);
		}
	};

	// Kept fresh while the action awaits; synchronous steps call refresh() themselves.
	const refresh = setInterval(() => lock.refresh(), stale / 2).unref();
	process.on('exit', release);
	try {
		return await action(lock);
	} finally {
		clearInterval(refresh);
		process.off('exit', release);
		release();
	}
}

/** Takes the lock, or returns false when another process holds it; a stale lock is removed for the next try. */
function tryLock(file: string, folder: string, token: string, options: LockOptions, clock: ServerClock, stale: number): boolean {
	try {
		fs.mkdirSync(folder, {mode: options.mode ?? 0o700});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
			throw writeFailure(file, error as NodeJS.ErrnoException);
		}

		removeIfStale(folder, clock, stale);
		return false;
	}

	try {
		if (options.mode !== undefined) {
			fs.chmodSync(folder, options.mode);
		}

		const owner = path.join(folder, OWNER);
		fs.writeFileSync(owner, token, {flag: 'wx', mode: (options.mode ?? 0o700) & 0o666});
		if (options.mode !== undefined) {
			fs.chmodSync(owner, options.mode & 0o666); // whatever the umask: the group's members read it
		}
		if (options.group !== undefined) {
			fs.chownSync(folder, -1, options.group.gid);
			fs.chownSync(owner, -1, options.group.gid);
		}
	} catch (error) {
		removeLock(folder);
		throw writeFailure(file, error as NodeJS.ErrnoException);
	}

	return true;
}

/** Removes the lock when its holder is a dead process of this host, or it is older than `stale` by the server's clock. */
function removeIfStale(folder: string, clock: ServerClock, stale: number): void {
	const owner = readOwner(folder);
	let mtime: number;
	try {
		mtime = fs.statSync(folder).mtimeMs;
	} catch {
		return; // Released just now: try again.
	}

	const holder = owner === undefined ? undefined : parseProcessTag(owner);
	const dead = holder !== undefined && isLocalProcess(holder) && holder.pid !== process.pid && !isAlive(holder.pid);
	if (!dead && clock.now() - mtime <= stale) {
		return;
	}

	// Taken over only if it is still the lock judged above (not a new holder's in the meantime).
	if (readOwner(folder) === owner) {
		removeLock(folder);
	}
}

function removeLock(folder: string): void {
	try {
		fs.unlinkSync(path.join(folder, OWNER));
	} catch {
		// An older version's lock has none; or gone already.
	}

	try {
		fs.rmdirSync(folder);
	} catch {
		// Taken by another process in between, or gone already.
	}
}

/** The holder's token; undefined for an older version's lock, or one whose holder is still writing it. */
function readOwner(folder: string): string | undefined {
	try {
		return fs.readFileSync(path.join(folder, OWNER), 'utf8');
	} catch {
		return undefined;
	}
}

/** The server's clock minus ours, read from a folder just created or touched. */
function offsetFrom(folder: string): number {
	try {
		return fs.statSync(folder).mtimeMs - Date.now();
	} catch {
		return 0;
	}
}

/**
 * The file server's time: the mtime of a file just made in the store folder, measured once per wait
 * (only when a lock is found held) and then followed by our clock.
 */
class ServerClock {
	private offset: number | undefined;

	constructor(private readonly file: string) {}

	now(): number {
		this.offset ??= this.measure();
		return Date.now() + this.offset;
	}

	private measure(): number {
		// Named as a temp file of this process, so the writer's sweep removes it if we die right here.
		const probe = `${this.file}.tmp-${processTag()}-clock`;
		let fd: number | undefined;
		try {
			fs.rmSync(probe, {force: true});
			fd = fs.openSync(probe, 'wx', 0o600);
			return fs.fstatSync(fd).mtimeMs - Date.now();
		} catch {
			return 0; // Cannot write here: the local clock it is.
		} finally {
			if (fd !== undefined) {
				fs.closeSync(fd);
				fs.rmSync(probe, {force: true});
			}
		}
	}
}
