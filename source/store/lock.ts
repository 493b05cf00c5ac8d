// One writer at a time: every read-modify-write of the store holds this lock (conf alone loses
// updates under concurrent writers; see shared/NOTES.md). The lock is the folder `secrets.json.lock`,
// made 0700 with one mkdir (atomic), as proper-lockfile made it, so older versions and this one
// exclude each other. Its mtime is refreshed while held; a lock not refreshed for 10 s belongs to a
// process that died (kill -9) and is taken over. Written here rather than loaded from proper-lockfile,
// whose load (graceful-fs patching fs) cost `set` about a third of Node's own start.
// Only "held by another process" is retried; any other failure (a read-only folder, a full disk) is
// reported at once as what it is.
import fs from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {UserError} from '../util/errors.js';
import {checkFolder} from './read.js';
import {writeFailure} from './write.js';

/** A lock whose mtime is older than this is stale. */
const STALE_MS = 10_000;
const REFRESH_MS = STALE_MS / 2;
const ATTEMPTS = 200;

/** Creates the store folder 0700 when it is missing (conf would make it 0755). */
function ensureDir(dir: string): void {
	try {
		fs.mkdirSync(dir, {recursive: true, mode: 0o700});
	} catch (error) {
		throw new UserError(`Cannot create the store folder ${dir}: ${(error as Error).message}.`);
	}
}

export async function withLock<T>(file: string, action: () => T | Promise<T>): Promise<T> {
	const dir = path.dirname(file);
	ensureDir(dir);
	checkFolder(dir);
	try {
		fs.accessSync(dir, fs.constants.W_OK);
	} catch (error) {
		throw writeFailure(file, error as NodeJS.ErrnoException);
	}

	const lock = `${file}.lock`;
	for (let attempt = 0; !tryLock(file, lock); attempt++) {
		if (attempt >= ATTEMPTS) {
			throw new UserError(
				`The store ${file} is locked by another secrets-tui process. ` +
					`Try again; if no other secrets-tui is running, remove the folder ${lock}.`,
			);
		}

		await sleep(Math.min(100, 5 * 1.3 ** attempt) * (1 + Math.random()));
	}

	const release = () => {
		try {
			fs.rmdirSync(lock);
		} catch {
			// Already gone.
		}
	};

	// Kept fresh while held, so a long write is never taken for a dead one; removed however we end.
	const refresh = setInterval(() => {
		const now = new Date();
		fs.utimes(lock, now, now, () => undefined);
	}, REFRESH_MS).unref();
	process.on('exit', release);
	try {
		return await action();
	} finally {
		clearInterval(refresh);
		process.off('exit', release);
		release();
	}
}

/** Takes the lock, or returns false when a live process holds it; a stale lock is taken over. */
function tryLock(file: string, lock: string): boolean {
	try {
		fs.mkdirSync(lock, {mode: 0o700});
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
			throw writeFailure(file, error as NodeJS.ErrnoException);
		}
	}

	let mtime: number;
	try {
		mtime = fs.statSync(lock).mtimeMs;
	} catch {
		return false; // Released just now: try again.
	}

	if (Date.now() - mtime > STALE_MS) {
		try {
			fs.rmdirSync(lock);
		} catch {
			// Another process took it over first.
		}
	}

	return false;
}
