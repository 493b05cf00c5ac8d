// The TUI's V8 code cache (source/util/code-cache.ts), on the built program in a real terminal: it is
// written private (0600 in a 0700 folder) under the bundle's hash and Node's version, holds no value
// shown in the session, and a cache that others could write, or a damaged one, is never used: the TUI
// starts as usual and writes its own in its place.
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

const cacheFiles = (cache: string) => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((name) => name.endsWith('.v8cache')) : []);

describe('the code cache of the TUI', () => {
	it('is written 0600 in a 0700 folder, named for the bundle and Node, and holds no value', async () => {
		const {home, cache} = await storeWithOneSecret();
		await session(home);
		const [name, ...others] = cacheFiles(cache);
		expect(others).toEqual([]);
		expect(name).toMatch(new RegExp(`^session-[0-9a-f]{16}-node${process.versions.node.replaceAll('.', '\\.')}-${process.arch}\\.v8cache$`));
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
