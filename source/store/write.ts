// Writing the store: our own writer, not conf's. conf writes through atomically 2.1.1, whose single
// `fs.writeSync` ignores a short write, so on a full disk it renamed a truncated file over the store.
// Here every byte is written (a loop over short writes), the temp file is synced and its size checked,
// and only then renamed over the store; the folder is synced after the rename. On any failure before
// the rename the old store is untouched and the temp file removed. Called under the store's lock, so
// temp files left by a writer that was killed (kill -9) can be removed first: they hold old values.
import nodeFs from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import type {StoreData} from './read.js';
import {MAX_STORE_BYTES} from './rules.js';

/** The calls the writer makes; a test passes its own to give short writes and ENOSPC. */
export type WriterFs = Pick<
	typeof nodeFs,
	'openSync' | 'writeSync' | 'fsyncSync' | 'fstatSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'readdirSync'
>;

const TEMP_MARK = '.tmp-';

/** The store as text: tab-indented JSON, as conf wrote it. */
export function serializeStore(data: StoreData): string {
	return JSON.stringify(data, undefined, '\t');
}

export function writeStore(file: string, data: StoreData, fs: WriterFs = nodeFs): void {
	const bytes = Buffer.from(serializeStore(data), 'utf8');
	if (bytes.length > MAX_STORE_BYTES) {
		throw new UserError(
			`The store ${file} would grow to ${mebibytes(bytes.length)} MiB, more than the ${mebibytes(MAX_STORE_BYTES)} MiB secrets-tui reads; nothing was changed. Delete secrets you no longer need, or keep large files outside the store.`,
		);
	}

	removeLeftovers(file, fs);
	const temp = `${file}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
	let fd: number | undefined;
	try {
		fd = fs.openSync(temp, 'wx', 0o600);
		let offset = 0;
		while (offset < bytes.length) {
			const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
			if (written <= 0) {
				throw Object.assign(new Error('no bytes were written'), {code: 'ENOSPC'});
			}

			offset += written;
		}

		fs.fsyncSync(fd);
		const size = fs.fstatSync(fd).size;
		if (size !== bytes.length) {
			throw Object.assign(new Error(`the temp file holds ${size} of ${bytes.length} bytes`), {code: 'ESHORT'});
		}

		fs.closeSync(fd);
		fd = undefined;
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

		throw writeFailure(file, error as NodeJS.ErrnoException);
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

/** Temp files of earlier writers that died (we hold the lock, so none is being written now). */
function removeLeftovers(file: string, fs: WriterFs): void {
	const prefix = path.basename(file) + TEMP_MARK;
	let names: string[];
	try {
		names = fs.readdirSync(path.dirname(file));
	} catch {
		return;
	}

	for (const name of names) {
		if (name.startsWith(prefix)) {
			try {
				fs.unlinkSync(path.join(path.dirname(file), name));
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
