// Runs a bundled script with a V8 code cache, so the TUI's ink + React half is not compiled anew on
// every start (Node 20 has no module compile cache; `vm.Script` takes `cachedData`). The script is one
// function, `(async function (require, metaUrl, exportAll) {…})`, written by scripts/build.mjs.
//
// The cache holds compiled code, never a value: it is made from the script alone, before the user can
// reveal anything, and V8's code cache serializes bytecode and the script's own literals. It lives in
// the user's cache folder (XDG_CACHE_HOME, else ~/.cache; SECRETS_TUI_CACHE overrides), in a folder
// 0700 and a file 0600, named for the script's hash and Node's version and architecture. Compiled code
// decides what runs, so a cache file or folder that is not ours or that others can write is ignored;
// a stale or damaged one is rejected by V8 (its source hash and version check) and written anew.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import {currentUid} from './current-user.js';

/** How long after the start the cache is written: by then the first frames have compiled their code. */
const WRITE_AFTER_MS = 1500;
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

type ScriptFunction = (require: NodeJS.Require, metaUrl: string, exportAll: (exports: Record<string, unknown>) => void) => Promise<void>;

export async function runCachedScript(url: URL): Promise<Record<string, unknown>> {
	const file = fileURLToPath(url);
	const source = fs.readFileSync(file, 'utf8');
	const cacheFile = cachePath(path.basename(file, '.js'));
	const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
	const script = new vm.Script(source, {filename: file, cachedData});
	const run = script.runInThisContext() as ScriptFunction;
	let exports: Record<string, unknown> = {};
	await run(createRequire(url), url.href, (all) => {
		exports = all;
	});
	if (cacheFile && (!cachedData || script.cachedDataRejected)) {
		setTimeout(() => writeCache(script, cacheFile), WRITE_AFTER_MS).unref();
	}

	return exports;
}

/** The cache file for `key`, or undefined where there is no home to keep it in. */
function cachePath(key: string): string | undefined {
	const base = process.env.SECRETS_TUI_CACHE || (process.env.XDG_CACHE_HOME ? path.join(process.env.XDG_CACHE_HOME, 'secrets-tui') : undefined);
	const home = os.homedir();
	const folder = base ?? (home ? path.join(home, '.cache', 'secrets-tui') : undefined);
	if (!folder || !path.isAbsolute(folder)) {
		return undefined;
	}

	return path.join(folder, `${key}-node${process.versions.node}-${process.arch}.v8cache`);
}

/** The file's bytes when it and its folder are ours and no one else can write them; else undefined. */
function readOwnFile(file: string): Buffer | undefined {
	let fd: number | undefined;
	try {
		if (!isOwnAndPrivate(fs.lstatSync(path.dirname(file)))) {
			return undefined;
		}

		fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
		const stat = fs.fstatSync(fd);
		if (!stat.isFile() || !isOwnAndPrivate(stat) || stat.size > MAX_CACHE_BYTES) {
			return undefined;
		}

		return fs.readFileSync(fd);
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}

function isOwnAndPrivate(stat: fs.Stats): boolean {
	return stat.uid === currentUid() && (stat.mode & 0o022) === 0 && !stat.isSymbolicLink();
}

/** Writes the cache atomically (0600 temp file, rename) and removes caches of other builds; failures are ignored. */
function writeCache(script: vm.Script, file: string): void {
	const folder = path.dirname(file);
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		fs.mkdirSync(folder, {recursive: true, mode: 0o700});
		if (!isOwnAndPrivate(fs.lstatSync(folder))) {
			return;
		}

		const data = script.createCachedData();
		fs.writeFileSync(temporary, data, {mode: 0o600, flag: 'wx'});
		fs.renameSync(temporary, file);
		for (const name of fs.readdirSync(folder)) {
			if (name.endsWith('.v8cache') && name !== path.basename(file)) {
				fs.rmSync(path.join(folder, name), {force: true});
			}
		}
	} catch {
		fs.rmSync(temporary, {force: true});
	}
}
