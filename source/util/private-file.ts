// Writes a file only its owner can read: 0600 from its first byte (a temp file beside it, created 0600 with
// O_EXCL), synced, then renamed over the target (atomic: a reader sees the old file or the new, never half).
import fs from 'node:fs';
import path from 'node:path';
import {UserError} from './errors.js';

/** `what` names the file in the sentence of a failure (e.g. "Nextflow's secrets store"). */
export function writePrivateFile(file: string, text: string, what: string): void {
	const dir = path.dirname(file);
	const temp = path.join(dir, `.${path.basename(file)}.secrets-tui-${process.pid}-${Math.random().toString(36).slice(2)}`);
	let fd: number | undefined;
	try {
		fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
		fs.fchmodSync(fd, 0o600);
		fs.writeFileSync(fd, text);
		fs.fsyncSync(fd);
		fs.closeSync(fd);
		fd = undefined;
		fs.renameSync(temp, file);
	} catch (error) {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}

		fs.rmSync(temp, {force: true});
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOSPC' ? 'the device is full' : code === 'EACCES' ? `you cannot write in ${dir}` : (error as Error).message;
		throw new UserError(`Cannot write ${what} ${file}: ${why}; it is unchanged.`);
	}
}
