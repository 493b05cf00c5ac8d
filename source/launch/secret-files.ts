// Secret files: each run gets a private 0700 folder (under $XDG_RUNTIME_DIR when set, else the temp
// dir) holding one 0600 file per secret. The folder's name says it is ours and which process made it:
//   secrets-tui-<uid>-<host>-<pid namespace>-<pid>-<random>
// so a later run can sweep the folders of processes that died without cleaning up (kill -9). A PID
// means something only on its host and in its PID namespace (a container, `unshare`, a temp folder
// shared between hosts): the sweep removes only folders of this host and namespace whose process is
// gone. Folders of the older name (no host, no namespace) are left alone: whose they are cannot be told.
// A base folder that others can write without the sticky bit is refused (they could swap the folder);
// the folder and files are checked through their open descriptors (owner, mode, no symlink, still the
// same folder at the same path), and the folder is removed only while it is still the one made here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {hostTag, isAlive, pidNamespace} from '../util/process-tag.js';
import {UserError} from '../util/errors.js';
import {checkTrusted} from '../util/file-trust.js';
import {currentUid} from '../util/current-user.js';

const PREFIX = 'secrets-tui-';
const NAME = /^secrets-tui-(\d+)-(.+)-(\d+)-(\d+)-[A-Za-z0-9]+$/;

/** The start of this process's folder names: ours, this host, this PID namespace, this PID. */
export function folderPrefix(pid = process.pid): string {
	return `${PREFIX}${uid()}-${hostTag()}-${pidNamespace()}-${pid}-`;
}

export function secretFilesBase(env: NodeJS.ProcessEnv = process.env): string {
	const runtime = env.XDG_RUNTIME_DIR;
	if (runtime && path.isAbsolute(runtime) && isWritableDir(runtime)) {
		return runtime;
	}

	// TMPDIR may be relative (`TMPDIR=tmp`): the child may start in another folder, so make it absolute.
	return path.resolve(os.tmpdir());
}

function uid(): number {
	return currentUid() ?? 0;
}

export type SecretFolder = {dir: string; paths: Map<string, string>; dev: number; ino: number};

const {O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_WRONLY} = fs.constants;

/**
 * Creates the folder and writes the files; returns each variable's file path. Refuses a base folder that
 * others can write without the sticky bit, and a folder or file that is not what was just made.
 */
export function writeSecretFiles(files: Array<{variable: string; secret: string}>, values: ReadonlyMap<string, string>, base = secretFilesBase()): SecretFolder {
	const absolute = path.resolve(base);
	checkTrusted(absolute, 'the folder for secret files', 'program', 'swap the secret files (set TMPDIR to a folder only you can write)');
	const dir = fs.mkdtempSync(path.join(absolute, folderPrefix()));
	let folder: SecretFolder | undefined;
	try {
		const dirFd = fs.openSync(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
		try {
			fs.fchmodSync(dirFd, 0o700);
			const stat = fs.fstatSync(dirFd);
			folder = {dir, paths: new Map(), dev: stat.dev, ino: stat.ino};
			expectOurs(stat, 0o700, dir);
		} finally {
			fs.closeSync(dirFd);
		}

		for (const {variable, secret} of files) {
			const file = path.join(dir, variable);
			const fd = fs.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
			let written: fs.Stats;
			try {
				fs.fchmodSync(fd, 0o600); // Whatever the umask.
				written = fs.fstatSync(fd);
				expectOurs(written, 0o600, file);
				fs.writeFileSync(fd, values.get(secret) ?? '');
			} finally {
				fs.closeSync(fd);
			}

			folder.paths.set(variable, file);
			// Still the file written, in the folder made (nobody renamed either in between).
			if (!sameFile(fs.lstatSync(file), written) || !sameFile(fs.lstatSync(dir), folder)) {
				throw new UserError(`The secret folder ${dir} was replaced while secrets-tui wrote to it, so nothing was started. Set TMPDIR to a folder only you can write.`);
			}
		}
	} catch (error) {
		const problem = folder ? removeSecretFolder(folder) : undefined;
		if (problem) {
			process.stderr.write(`secrets-tui: ${problem}\n`);
		}

		throw error;
	}

	return folder;
}

function expectOurs(stat: fs.Stats, mode: number, target: string): void {
	if (stat.uid !== uid() || (stat.mode & 0o777) !== mode || stat.nlink > (stat.isDirectory() ? 2 : 1)) {
		throw new UserError(`${target} is not the private ${stat.isDirectory() ? 'folder' : 'file'} secrets-tui just made (owner uid ${stat.uid}, mode ${(stat.mode & 0o777).toString(8)}), so nothing was started. Set TMPDIR to a folder only you can write.`);
	}
}

function sameFile(a: {dev: number; ino: number}, b: {dev: number; ino: number}): boolean {
	return a.dev === b.dev && a.ino === b.ino;
}

const reported = new Set<string>();

/**
 * Removes the folder while it is still the one made here; never throws. Returns a sentence naming what
 * was left behind, once per folder (undefined when all is gone, or when it was already said).
 */
export function removeSecretFolder(folder: SecretFolder): string | undefined {
	let problem: string | undefined;
	try {
		if (sameFile(fs.lstatSync(folder.dir), folder)) {
			fs.rmSync(folder.dir, {recursive: true, force: true});
		} else {
			problem = `The secret folder ${folder.dir} was replaced by another folder while the program ran; secrets-tui left that one alone, and the secret files may remain where it was moved.`;
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT') {
			problem = `Could not remove the secret files in ${folder.dir} (${code ?? (error as Error).message}); remove that folder yourself.`;
		}
	}

	if (problem === undefined || reported.has(folder.dir)) {
		return undefined;
	}

	reported.add(folder.dir);
	return problem;
}

/** Removes the folders of our processes that no longer exist. Returns the folders removed. */
export function sweepSecretFolders(base = secretFilesBase()): string[] {
	let names: string[];
	try {
		names = fs.readdirSync(base);
	} catch {
		return [];
	}

	const removed: string[] = [];
	const host = hostTag();
	const namespace = String(pidNamespace());
	for (const name of names) {
		const match = NAME.exec(name);
		if (!match || Number(match[1]) !== uid() || match[2] !== host || match[3] !== namespace) {
			continue;
		}

		const pid = Number(match[4]);
		if (pid === process.pid || isAlive(pid)) {
			continue;
		}

		const dir = path.join(base, name);
		try {
			const stat = fs.lstatSync(dir);
			if (!stat.isDirectory() || stat.uid !== uid()) {
				continue;
			}

			fs.rmSync(dir, {recursive: true, force: true});
			removed.push(dir);
		} catch {
			// Gone already, or not ours to remove.
		}
	}

	return removed;
}

function isWritableDir(dir: string): boolean {
	try {
		fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
		return fs.statSync(dir).isDirectory();
	} catch {
		return false;
	}
}
