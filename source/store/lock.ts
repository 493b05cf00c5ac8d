// One writer at a time: every read-modify-write of the store holds this lock (conf alone loses
// updates under concurrent writers; see shared/NOTES.md).
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import {UserError} from '../core/errors.js';

/** Creates the store folder 0700 when it is missing (conf would make it 0755). */
export function ensureDir(dir: string): void {
	try {
		fs.mkdirSync(dir, {recursive: true, mode: 0o700});
	} catch (error) {
		throw new UserError(`Cannot create the store folder ${dir}: ${(error as Error).message}.`);
	}
}

export async function withLock<T>(file: string, action: () => T | Promise<T>): Promise<T> {
	ensureDir(path.dirname(file));
	let release: () => Promise<void>;
	try {
		release = await lockfile.lock(file, {
			realpath: false,
			stale: 10_000,
			retries: {retries: 200, factor: 1.3, minTimeout: 5, maxTimeout: 100, randomize: true},
		});
	} catch (error) {
		throw new UserError(
			`The store ${file} is locked by another secrets-tui process (${(error as Error).message}). ` +
				`Try again; if no other secrets-tui is running, remove the folder ${file}.lock.`,
		);
	}

	try {
		return await action();
	} finally {
		await release().catch(() => undefined);
	}
}
