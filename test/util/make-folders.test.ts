// makeFolders: mkdir -p with a mode, which fails where Node 20's recursive mkdir spins for ever
// (/proc/nonexistent). Checked through the program too: a cache folder or a store folder that cannot be
// made is a sentence or nothing, never a hang at exit.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeFolders} from '../../source/util/make-folders.js';
import {runCli} from '../helpers/cli.js';
import {tempDir, tempHome} from '../helpers/temp.js';

describe('makeFolders', () => {
	it('makes each missing folder with the mode, and leaves an existing one as it is', () => {
		const base = tempDir();
		fs.chmodSync(base, 0o755);
		const deep = path.join(base, 'a', 'b', 'c');
		makeFolders(deep, 0o700);
		for (const folder of [path.join(base, 'a'), path.join(base, 'a', 'b'), deep]) {
			expect(fs.statSync(folder).mode & 0o777).toBe(0o700 & ~process.umask());
		}

		makeFolders(deep, 0o700);
		expect(fs.statSync(base).mode & 0o777).toBe(0o755);
	});

	it('throws where a folder cannot be made', () => {
		const base = tempDir();
		fs.writeFileSync(path.join(base, 'file'), '');
		expect(() => makeFolders(path.join(base, 'file', 'x'))).toThrow(/ENOTDIR/);
	});
});

describe('a folder the program cannot make', () => {
	it('a code cache folder under /proc: the command runs and ends (Node 20 spun for ever at exit)', async () => {
		const home = tempHome();
		expect((await runCli(['set', 'A', '-'], {home, input: 'abcdefgh'})).code).toBe(0);
		const result = await runCli(['get', 'A'], {home, env: {SECRETS_TUI_CACHE: '/proc/nonexistent/cache'}, timeoutMs: 8000});
		expect(result.signal).toBe(null);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('abcdefgh\n');
		expect(result.stderr).toBe('');
	});

	it('a store folder under /proc: set says it cannot create it', async () => {
		const result = await runCli(['set', 'A', '-'], {home: '/proc/nonexistent/store', cwd: tempDir(), input: 'abcdefgh', timeoutMs: 8000});
		expect(result.signal).toBe(null);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Cannot create the store folder /proc/nonexistent/store');
	});
});
