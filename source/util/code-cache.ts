// Runs bundled code with a V8 code cache, so it is not compiled anew on every start (Node 20 has no
// module compile cache; `vm.Script` takes `cachedData`): the TUI's ink + React half, a script that is one
// function, `(async function (require, metaUrl, exportAll) {…})` (runCachedScript), and every command's
// chunk, a CommonJS file that dist/cli.js loads (requireChunk). Both are written by scripts/build.mjs.
// A chunk's cache is written as the command ends, so it holds every function the command compiled.
//
// The cache holds compiled code, never a value: V8's code cache serializes bytecode and the script's own
// literals, not what the code computed (test/util/code-cache.test.ts looks for a name and a value of the
// store in every cache file, after a session that showed them and after commands that read them). It lives in
// the user's cache folder (XDG_CACHE_HOME, else ~/.cache; SECRETS_TUI_CACHE overrides), in a folder
// 0700 and a file 0600, named for the script's hash and Node's version and architecture. Compiled code
// decides what runs, so a cache file or folder that is not ours or that others can write is ignored;
// a stale or damaged one is rejected by V8 (its source hash and version check) and written anew.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';
import {currentUid} from './current-user.js';
import {makeFolders} from './make-folders.js';

/** How long after the start the cache is written: by then the first frames have compiled their code. */
const WRITE_AFTER_MS = 1500;
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

type ScriptFunction = (require: NodeJS.Require, metaUrl: string, exportAll: (exports: Record<string, unknown>) => void) => Promise<void>;

/**
 * Runs the session script `file`. `require` is the caller's (a chunk of dist/): the script requires only
 * Node's own modules with it. (node:module's createRequire would load Node's ES module loader, ~2 ms.)
 */
export async function runCachedScript(file: string, require: NodeJS.Require): Promise<Record<string, unknown>> {
	const {script, cacheFile} = compile(file, fs.readFileSync(file, 'utf8'), path.basename(file, '.js'));
	const run = script.runInThisContext() as ScriptFunction;
	let exports: Record<string, unknown> = {};
	await run(require, pathToFileURL(file).href, (all) => {
		exports = all;
	});
	if (cacheFile) {
		setTimeout(() => writeCache(script, cacheFile), WRITE_AFTER_MS).unref();
	}

	return exports;
}

/**
 * Loads a CommonJS chunk of dist/ (what require() would do) with the code cache named `key`: the chunk's
 * name and its hash, which scripts/build.mjs writes into dist/cli.js (V8 checks a cache against the
 * source's length only, so a cache must never outlive the text it was made from). `require` is
 * dist/cli.js's own: a chunk is whole, and requires only Node's own modules.
 */
export function requireChunk(file: string, key: string, require: NodeJS.Require): unknown {
	const {script, cacheFile} = compile(file, `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`, key);
	const module = {exports: {}};
	const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
	run(module.exports, require, module, file, path.dirname(file));
	if (cacheFile) {
		writeAtExit(script, cacheFile);
	}

	return module.exports;
}

/** `source` compiled with the cache named `key`; `cacheFile` when that cache is to be written (missing, stale or damaged). */
function compile(file: string, source: string, key: string): {script: vm.Script; cacheFile?: string} {
	const cacheFile = cachePath(key);
	const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
	const script = new vm.Script(source, {filename: file, cachedData});
	return cacheFile && (!cachedData || script.cachedDataRejected) ? {script, cacheFile} : {script};
}

const toWrite = new Map<string, vm.Script>();

/** Writes the cache when the process ends, with one listener however many chunks it loaded (`completion` loads them all). */
function writeAtExit(script: vm.Script, file: string): void {
	if (toWrite.size === 0) {
		process.once('exit', () => {
			for (const [cacheFile, written] of toWrite) {
				writeCache(written, cacheFile);
			}
		});
	}

	toWrite.set(file, script);
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

/** Writes the cache atomically (0600 temp file, rename) and removes the caches of the same code's other builds; failures are ignored. */
function writeCache(script: vm.Script, file: string): void {
	const folder = path.dirname(file);
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		makeFolders(folder, 0o700);
		if (!isOwnAndPrivate(fs.lstatSync(folder))) {
			return;
		}

		const data = script.createCachedData();
		fs.writeFileSync(temporary, data, {mode: 0o600, flag: 'wx'});
		fs.renameSync(temporary, file);
		const own = path.basename(file);
		const sameCode = otherBuildsOf(own);
		for (const name of fs.readdirSync(folder)) {
			if (name !== own && sameCode.test(name)) {
				fs.rmSync(path.join(folder, name), {force: true});
			}
		}
	} catch {
		fs.rmSync(temporary, {force: true});
	}
}

/** The cache files of other builds of the same code as `name` (`exec-HASH-nodeV-ARCH.v8cache`: any hash, Node or architecture). */
function otherBuildsOf(name: string): RegExp {
	const code = name.replace(/-[0-9a-f]{16}-node.*$/, '');
	return new RegExp(`^${code.replaceAll(/[^a-z0-9]/gi, (c) => `\\${c}`)}-[0-9a-f]{16}-node[^/]*\\.v8cache$`);
}
