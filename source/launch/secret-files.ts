// Secret files: each run gets a private 0700 folder (under $XDG_RUNTIME_DIR when set, else the temp
// dir) holding one 0600 file per secret. The folder's name says it is ours and which process made it:
//   secrets-tui-<uid>-<host>-<pid namespace>-<pid>-<random>
// so a later run can sweep the folders of processes that died without cleaning up (kill -9). A PID
// means something only on its host and in its PID namespace (a container, `unshare`, a temp folder
// shared between hosts): the sweep removes only folders of this host and namespace whose process is
// gone. Folders of the older name (no host, no namespace) are left alone: whose they are cannot be told.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {hostTag, isAlive, pidNamespace} from '../util/process-tag.js';

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

	return os.tmpdir();
}

function uid(): number {
	return typeof process.getuid === 'function' ? process.getuid() : 0;
}

export type SecretFolder = {dir: string; paths: Map<string, string>};

/** Creates the folder and writes the files; returns each variable's file path. */
export function writeSecretFiles(files: Array<{variable: string; secret: string}>, values: ReadonlyMap<string, string>, base = secretFilesBase()): SecretFolder {
	const dir = fs.mkdtempSync(path.join(base, folderPrefix()));
	fs.chmodSync(dir, 0o700);
	const paths = new Map<string, string>();
	try {
		for (const {variable, secret} of files) {
			const file = path.join(dir, variable);
			fs.writeFileSync(file, values.get(secret) ?? '', {mode: 0o600, flag: 'wx'});
			paths.set(variable, file);
		}
	} catch (error) {
		removeSecretFolder(dir);
		throw error;
	}

	return {dir, paths};
}

export function removeSecretFolder(dir: string): void {
	fs.rmSync(dir, {recursive: true, force: true});
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

			removeSecretFolder(dir);
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
