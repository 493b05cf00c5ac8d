// One writer at a time: every read-modify-write of the store holds this lock (conf alone loses
// updates under concurrent writers; see shared/NOTES.md). The lock is proper-lockfile's folder
// `secrets.json.lock`, created 0700 like the store folder. Only "locked by another process" is retried;
// any other failure (a read-only folder, a full disk) is reported at once as what it is.
import fs from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import {UserError} from '../core/errors.js';
import {checkFolder} from './read.js';
import {writeFailure} from './write.js';

/** Creates the store folder 0700 when it is missing (conf would make it 0755). */
export function ensureDir(dir: string): void {
	try {
		fs.mkdirSync(dir, {recursive: true, mode: 0o700});
	} catch (error) {
		throw new UserError(`Cannot create the store folder ${dir}: ${(error as Error).message}.`);
	}
}

/** proper-lockfile's file system, with its lock folder made 0700 (a plain mkdir makes it 0755). */
const lockFs = {
	...fs,
	mkdir: (dir: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.mkdir(dir, {mode: 0o700}, callback),
};

const ATTEMPTS = 200;

export async function withLock<T>(file: string, action: () => T | Promise<T>): Promise<T> {
	const dir = path.dirname(file);
	ensureDir(dir);
	checkFolder(dir);
	try {
		fs.accessSync(dir, fs.constants.W_OK);
	} catch (error) {
		throw writeFailure(file, error as NodeJS.ErrnoException);
	}

	let release: (() => Promise<void>) | undefined;
	for (let attempt = 0; release === undefined; attempt++) {
		try {
			release = await lockfile.lock(file, {realpath: false, stale: 10_000, retries: 0, fs: lockFs});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'ELOCKED') {
				throw writeFailure(file, error as NodeJS.ErrnoException);
			}

			if (attempt >= ATTEMPTS) {
				throw new UserError(
					`The store ${file} is locked by another secrets-tui process. ` +
						`Try again; if no other secrets-tui is running, remove the folder ${file}.lock.`,
				);
			}

			await sleep(Math.min(100, 5 * 1.3 ** attempt) * (1 + Math.random()));
		}
	}

	try {
		return await action();
	} finally {
		await release().catch(() => undefined);
	}
}
