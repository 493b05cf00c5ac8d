// Writing the store: our own writer, not conf's. conf writes through atomically 2.1.1, whose single
// `fs.writeSync` ignores a short write, so on a full disk it renamed a truncated file over the store.
// Here every byte is written (a loop over short writes), the temp file is synced and its size checked,
// and only then renamed over the store; the folder is synced after the rename. On any failure before
// the rename the old store is untouched and the temp file removed. Called under the store's lock.
// A temp file's name carries its writer (`secrets.json.tmp-<host>-<pid namespace>-<pid>-<random>`), so
// the files of writers that died (kill -9), which hold old values, are removed, and never the file of a
// live writer that is merely slow (one stopped inside a lock that was then taken over).
import nodeFs from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {isAlive, isLocalProcess, parseProcessTag, processTag} from '../util/process-tag.js';
import type {StoreData} from './read.js';
import {MAX_STORE_BYTES} from './rules.js';
import {TEAM_FILE_MODE} from './team-rules.js';

/** The calls the writer makes; a test passes its own to give short writes and ENOSPC. */
export type WriterFs = Pick<
	typeof nodeFs,
	'openSync' | 'writeSync' | 'fsyncSync' | 'fstatSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'readdirSync'
>;

const TEMP_MARK = '.tmp-';
/** A temp file of another host (whose PID cannot be asked about), or of an older version, is removed only when this old. */
const FOREIGN_TEMP_AGE_MS = 60 * 60 * 1000;

/** The store as text: tab-indented JSON, as conf wrote it. */
export function serializeStore(data: StoreData): string {
	return JSON.stringify(data, undefined, '\t');
}

/** A team store's files are group-readable and -writable and carry its group, whatever the umask. */
export type SharedMode = {gid: number};

/**
 * Writes `data` as the store `file`. `beforeRename` runs after the temp file is complete and synced,
 * just before the rename: it throws to stop the write (the temp file is then removed, the store untouched).
 * `shared`: a team store's file, 0660 with the team's group whatever the umask.
 */
export function writeStore(file: string, data: StoreData, fs: WriterFs = nodeFs, beforeRename?: () => void, shared?: SharedMode): void {
	writeStoreBytes(file, [Buffer.from(serializeStore(data), 'utf8')], fs, beforeRename, shared);
}

/**
 * As writeStore, the store's bytes given in pieces written one after the other (change.ts makes them,
 * whole or spliced: a splice writes the old file's bytes around the new entry without copying them).
 */
export function writeStoreBytes(file: string, pieces: readonly Uint8Array[], fs: WriterFs = nodeFs, beforeRename?: () => void, shared?: SharedMode): void {
	const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
	if (length > MAX_STORE_BYTES) {
		throw new UserError(
			`The store ${file} would grow to ${mebibytes(length)} MiB, more than the ${mebibytes(MAX_STORE_BYTES)} MiB secrets-tui reads; nothing was changed. Delete secrets you no longer need, or keep large files outside the store.`,
		);
	}

	const temp = `${file}${TEMP_MARK}${processTag()}-${Math.random().toString(36).slice(2, 10)}`;
	let fd: number | undefined;
	let vetoed: unknown;
	try {
		fd = fs.openSync(temp, 'wx', shared ? TEAM_FILE_MODE : 0o600);
		if (shared) {
			// Before the rename: the umask (077 included) and a folder without setgid change neither.
			nodeFs.fchownSync(fd, -1, shared.gid);
			nodeFs.fchmodSync(fd, TEAM_FILE_MODE);
		}

		// The new temp file's mtime is the file server's time now, against which foreign leftovers are dated.
		removeLeftovers(file, temp, fs.fstatSync(fd).mtimeMs, fs);
		for (const bytes of pieces) {
			for (let offset = 0; offset < bytes.length; ) {
				const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
				if (written <= 0) {
					throw Object.assign(new Error('no bytes were written'), {code: 'ENOSPC'});
				}

				offset += written;
			}
		}

		fs.fsyncSync(fd);
		const size = fs.fstatSync(fd).size;
		if (size !== length) {
			throw Object.assign(new Error(`the temp file holds ${size} of ${length} bytes`), {code: 'ESHORT'});
		}

		fs.closeSync(fd);
		fd = undefined;
		try {
			beforeRename?.();
		} catch (error) {
			vetoed = error;
			throw error;
		}

		fs.renameSync(temp, file);
	} catch (error) {
		if (fd !== undefined) {
			try {
				fs.closeSync(fd);
			} catch {
				// Closing can fail too on a full disk (NFS); the unlink below still runs.
			}
		}

		try {
			fs.unlinkSync(temp);
		} catch {
			// Never created, or already gone.
		}

		throw error === vetoed ? error : writeFailure(file, error as NodeJS.ErrnoException);
	}

	syncFolder(path.dirname(file));
}

/** A failed write as a sentence: the store itself was not changed. */
export function writeFailure(file: string, error: NodeJS.ErrnoException): UserError {
	switch (error.code) {
		case 'ENOSPC':
			return new UserError(`The disk holding ${file} is full; nothing was changed. Free some space and try again.`);
		case 'EDQUOT':
			return new UserError(`Your disk quota on the disk holding ${file} is used up; nothing was changed. Free some space and try again.`);
		case 'EROFS':
			return new UserError(`The store folder ${path.dirname(file)} is on a read-only file system; nothing was changed.`);
		case 'EACCES':
		case 'EPERM':
			return new UserError(`The store folder ${path.dirname(file)} cannot be written by you; nothing was changed. Make it yours and writable: chmod 700 '${path.dirname(file)}'.`);
		default:
			return new UserError(`Cannot write the store ${file} (${error.code ?? error.message}); nothing was changed.`);
	}
}

/**
 * Temp files of writers that are gone: a dead process of this host and PID namespace, or, for another
 * host's file or an older version's (no host in its name), one untouched for an hour by the server's clock.
 */
function removeLeftovers(file: string, ours: string, serverNow: number, fs: WriterFs): void {
	const dir = path.dirname(file);
	const prefix = path.basename(file) + TEMP_MARK;
	let names: string[];
	try {
		names = fs.readdirSync(dir);
	} catch {
		return;
	}

	for (const name of names) {
		const temp = path.join(dir, name);
		if (!name.startsWith(prefix) || temp === ours) {
			continue;
		}

		const writer = parseProcessTag(name.slice(prefix.length));
		const gone =
			writer && isLocalProcess(writer)
				? writer.pid !== process.pid && !isAlive(writer.pid)
				: serverNow - (nodeFs.statSync(temp, {throwIfNoEntry: false})?.mtimeMs ?? serverNow) > FOREIGN_TEMP_AGE_MS;
		if (gone) {
			try {
				fs.unlinkSync(temp);
			} catch {
				// Gone already.
			}
		}
	}
}

/** Makes the rename itself durable. Some file systems cannot sync a folder: that is not a failure. */
function syncFolder(dir: string): void {
	let fd: number | undefined;
	try {
		fd = nodeFs.openSync(dir, 'r');
		nodeFs.fsyncSync(fd);
	} catch {
		// EINVAL/EISDIR on some file systems; the file itself is already synced.
	} finally {
		if (fd !== undefined) {
			nodeFs.closeSync(fd);
		}
	}
}

function mebibytes(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(0);
}
