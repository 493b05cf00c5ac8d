// The V8 code caches (source/util/code-cache.ts), on the built program: the TUI's (in a real terminal)
// and each command's. Each is written private (0600 in a 0700 folder) under its code's hash and Node's
// version, holds no value or name of the store, and a cache that others could write, or a damaged one,
// is never used: the program runs as usual and writes its own in its place.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {PtySession, delay} from '../helpers/pty.js';
import {tempHome} from '../helpers/temp.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

const VALUE = 'cache-probe-value-7f3a9c';

async function storeWithOneSecret(): Promise<{home: string; cache: string}> {
	const home = tempHome();
	const result = await runCli(['set', 'PROBE', '-'], {home, input: VALUE});
	expect(result.code, result.stderr).toBe(0);
	return {home, cache: path.join(path.dirname(home), 'cache')};
}

/** Opens the TUI, reveals the value, waits until the cache is written (1.5 s after the start), quits. */
async function session(home: string): Promise<void> {
	const tui = new PtySession({home});
	sessions.push(tui);
	await tui.waitFor('PROBE');
	await delay(100);
	await tui.press('v');
	await tui.waitFor(VALUE);
	await delay(2500);
	await tui.press('q');
	expect(await tui.exited).toBe(0);
}

const cacheFiles = (cache: string, code = 'session') => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((name) => name.startsWith(`${code}-`) && name.endsWith('.v8cache')) : []);
const nameFor = (code: string) => new RegExp(`^${code}-[0-9a-f]{16}-node${process.versions.node.replaceAll('.', '\\.')}-${process.arch}\\.v8cache$`);

/** Whether any cache file in `cache` holds `text` (as UTF-8/Latin-1 or UTF-16). */
function anyCacheHolds(cache: string, text: string): boolean {
	return fs.readdirSync(cache).some((name) => {
		const bytes = fs.readFileSync(path.join(cache, name));
		return bytes.includes(text) || bytes.includes(Buffer.from(text, 'utf16le'));
	});
}

describe('the code cache of the TUI', () => {
	it('is written 0600 in a 0700 folder, named for the bundle and Node, and holds no value', async () => {
		const {home, cache} = await storeWithOneSecret();
		await session(home);
		const [name, ...others] = cacheFiles(cache);
		expect(others).toEqual([]);
		expect(name).toMatch(nameFor('session'));
		// The TUI's start (a chunk, as every command) has its own, beside it.
		expect(cacheFiles(cache, 'start')).toEqual([expect.stringMatching(nameFor('start'))]);
		expect(anyCacheHolds(cache, VALUE)).toBe(false);
		expect(anyCacheHolds(cache, 'PROBE')).toBe(false);
		expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
		const file = path.join(cache, name!);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		const bytes = fs.readFileSync(file);
		expect(bytes.length).toBeGreaterThan(100_000);
		expect(bytes.includes(VALUE)).toBe(false);
		expect(bytes.includes(Buffer.from(VALUE, 'utf16le'))).toBe(false);
		// A second start uses it and leaves it as it was.
		const before = fs.statSync(file).mtimeMs;
		await session(home);
		expect(fs.statSync(file).mtimeMs).toBe(before);
	});

	it('ignores a cache file that others can write and a damaged one, and writes its own in their place', async () => {
		const {home, cache} = await storeWithOneSecret();
		await session(home);
		const [name] = cacheFiles(cache);
		const file = path.join(cache, name!);
		for (const [mode, bytes] of [
			[0o666, fs.readFileSync(file)],
			[0o600, Buffer.from('not a code cache at all')],
		] as const) {
			fs.writeFileSync(file, bytes);
			fs.chmodSync(file, mode);
			await session(home);
			expect(fs.statSync(file).mode & 0o777).toBe(0o600);
			expect(fs.readFileSync(file).length).toBeGreaterThan(100_000);
		}
	});

	it('is not used from a folder others can write', async () => {
		const {home, cache} = await storeWithOneSecret();
		await session(home);
		fs.chmodSync(cache, 0o777);
		const [name] = cacheFiles(cache);
		const file = path.join(cache, name!);
		fs.writeFileSync(file, 'planted by someone else');
		await session(home);
		// Neither read nor replaced: the folder is not private, so the TUI keeps away from it.
		expect(fs.readFileSync(file, 'utf8')).toBe('planted by someone else');
	});
});

describe('the code cache of each command', () => {
	const NAME = 'probe-name-q8w2e';

	async function storeAndRun(): Promise<{home: string; cache: string}> {
		const home = tempHome();
		const cache = path.join(path.dirname(home), 'cache');
		expect((await runCli(['set', NAME, '-'], {home, input: VALUE})).code).toBe(0);
		for (const args of [['get', NAME], ['list'], ['exec', '--secret', `X=${NAME}`, '--', 'sh', '-c', 'test "$X" = ' + VALUE]]) {
			const result = await runCli(args, {home});
			expect(result.code, result.stderr).toBe(0);
		}

		return {home, cache};
	}

	it('is written as a command ends, 0600 in a 0700 folder, named for the chunk and Node, holding no name or value', async () => {
		const {home, cache} = await storeAndRun();
		expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
		for (const code of ['set', 'get', 'list', 'exec']) {
			const [name, ...others] = cacheFiles(cache, code);
			expect(others, code).toEqual([]);
			expect(name, code).toMatch(nameFor(code));
			expect(fs.statSync(path.join(cache, name!)).mode & 0o777, code).toBe(0o600);
		}

		expect(anyCacheHolds(cache, VALUE)).toBe(false);
		expect(anyCacheHolds(cache, NAME)).toBe(false);
		// The next run uses it (V8 accepts it) and leaves it as it was.
		const file = path.join(cache, cacheFiles(cache, 'get')[0]!);
		const before = fs.statSync(file).mtimeMs;
		const again = await runCli(['get', NAME], {home});
		expect(again.stdout).toBe(`${VALUE}\n`);
		expect(fs.statSync(file).mtimeMs).toBe(before);
	});

	it('replaces a damaged cache and one others can write, and removes only the same chunk\'s caches of other builds', async () => {
		const {home, cache} = await storeAndRun();
		const file = path.join(cache, cacheFiles(cache, 'get')[0]!);
		const older = path.join(cache, 'get-0123456789abcdef-node18.0.0-x64.v8cache');
		const otherChunk = cacheFiles(cache, 'exec')[0]!;
		for (const [mode, bytes] of [
			[0o600, Buffer.from('not a code cache at all')],
			[0o666, fs.readFileSync(file)],
		] as const) {
			fs.writeFileSync(file, bytes);
			fs.chmodSync(file, mode);
			fs.writeFileSync(older, 'an older build', {mode: 0o600});
			const result = await runCli(['get', NAME], {home});
			expect(result.stdout).toBe(`${VALUE}\n`);
			expect(result.stderr).toBe('');
			expect(fs.statSync(file).mode & 0o777).toBe(0o600);
			expect(fs.readFileSync(file).length).toBeGreaterThan(10_000);
			expect(fs.existsSync(older)).toBe(false);
			expect(cacheFiles(cache, 'exec')).toEqual([otherChunk]);
		}
	});

	it('is written for every chunk a command loaded, silently: completion loads them all', async () => {
		const home = tempHome();
		const cache = path.join(path.dirname(home), 'cache');
		const result = await runCli(['completion', 'bash'], {home});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		for (const code of ['completion', 'set', 'get', 'list', 'exec', 'run', 'store']) {
			expect(cacheFiles(cache, code), code).toEqual([expect.stringMatching(nameFor(code))]);
		}
	});

	it('is neither read nor written in a folder others can write', async () => {
		const {home, cache} = await storeAndRun();
		fs.chmodSync(cache, 0o777);
		const file = path.join(cache, cacheFiles(cache, 'get')[0]!);
		fs.writeFileSync(file, 'planted by someone else');
		const result = await runCli(['get', NAME], {home});
		expect(result.stdout).toBe(`${VALUE}\n`);
		expect(fs.readFileSync(file, 'utf8')).toBe('planted by someone else');
	});
});
