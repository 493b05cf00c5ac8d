// Real faults on real file systems: a small tmpfs mounted here (CI runs as root), a read-only mount,
// and a writer killed with SIGKILL in the middle of its write.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {afterEach, describe, expect, it} from 'vitest';
import {ROOT, runCli} from '../../helpers/cli.js';
import {tempDir} from '../../helpers/temp.js';

const mounted: string[] = [];

afterEach(() => {
	for (const dir of mounted.splice(0)) {
		execFileSync('umount', [dir]);
	}
});

/** A tmpfs of `size` mounted on a fresh folder; unmounted after the test. */
function tmpfs(size: string): string {
	const dir = tempDir('secrets-tui-tmpfs-');
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=700`, 'tmpfs', dir], {stdio: 'pipe'});
	} catch (error) {
		throw new Error(
			`This test mounts a small tmpfs to fill it, which needs root (CI runs as root): mount -t tmpfs failed: ${String((error as {stderr?: Buffer}).stderr ?? error)}`,
		);
	}

	mounted.push(dir);
	return dir;
}

/** Fills the file system holding `dir` until a write fails. */
function fill(dir: string): void {
	const fd = fs.openSync(path.join(dir, 'filler'), 'w');
	const block = Buffer.alloc(4096, 120);
	try {
		while (fs.writeSync(fd, block) > 0) {
			// Until ENOSPC.
		}
	} catch (error) {
		expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
	} finally {
		fs.closeSync(fd);
	}
}

describe('a full disk never costs the store', () => {
	it('refuses a value that does not fit: exit 1, a sentence, the store byte-identical, no temp file', async () => {
		const disk = tmpfs('256k');
		const home = path.join(disk, 'home');
		expect((await runCli(['set', 'A', 'first'], {home})).code).toBe(0);
		const file = path.join(home, 'secrets.json');
		const before = fs.readFileSync(file);
		const big = 'x'.repeat(300 * 1024);
		const result = await runCli(['set', 'BIG', '-'], {home, input: big});
		expect(result.stderr).toBe(`secrets-tui: The disk holding ${file} is full; nothing was changed. Free some space and try again.\n`);
		expect(result.code).toBe(1);
		expect(fs.readFileSync(file).equals(before)).toBe(true);
		expect(fs.readdirSync(home)).toEqual(['secrets.json']);
		expect((await runCli(['get', 'A'], {home})).stdout).toBe('first\n');
	});

	it('says so when the disk is already full, for set, import and delete', async () => {
		const disk = tmpfs('256k');
		const home = path.join(disk, 'home');
		expect((await runCli(['set', 'A', 'first'], {home})).code).toBe(0);
		const file = path.join(home, 'secrets.json');
		const before = fs.readFileSync(file);
		fill(disk);
		const dotenv = path.join(tempDir(), 'x.env');
		fs.writeFileSync(dotenv, 'B=2\n');
		for (const args of [['set', 'B', 'second'], ['import', dotenv], ['delete', 'A'], ['set', 'A', 'other', '--overwrite']]) {
			const result = await runCli(args, {home});
			expect(result.stderr, args.join(' ')).toContain(`The disk holding ${file} is full; nothing was changed.`);
			expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
			expect(result.code).toBe(1);
			expect(fs.readFileSync(file).equals(before)).toBe(true);
		}

		expect(fs.readdirSync(home)).toEqual(['secrets.json']);
	});
});

describe('a read-only store folder', () => {
	it('says the folder is read-only, not that the store is locked', async () => {
		const disk = tmpfs('256k');
		const home = path.join(disk, 'home');
		expect((await runCli(['set', 'A', 'first'], {home})).code).toBe(0);
		execFileSync('mount', ['-o', 'remount,ro', disk]);
		const result = await runCli(['set', 'B', 'second'], {home});
		expect(result.stderr).toBe(`secrets-tui: The store folder ${home} is on a read-only file system; nothing was changed.\n`);
		expect(result.code).toBe(1);
		expect((await runCli(['get', 'A'], {home})).stdout).toBe('first\n');
	});
});

/** A writer that stops for good halfway through writing the temp file, then says so on stdout. */
async function stalledWriter(dir: string): Promise<string> {
	const entry = path.join(dir, 'stalled-writer.ts');
	fs.writeFileSync(
		entry,
		`import fs from 'node:fs';
import {emptyStore} from ${JSON.stringify(path.join(ROOT, 'source/store/read.ts'))};
import {writeStore} from ${JSON.stringify(path.join(ROOT, 'source/store/write.ts'))};
const data = emptyStore();
data.secrets.DELETED_LATER = {value: 'old-secret-value', created: 'x', updated: 'x'};
writeStore(process.argv[2], data, {
	...fs,
	writeSync(fd, buffer, offset, length) {
		const written = fs.writeSync(fd, buffer, offset, Math.min(length, 20));
		process.stdout.write('stalled\\n');
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
		return written;
	},
});
`,
	);
	const out = path.join(dir, 'stalled-writer.mjs');
	await build({entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent'});
	return out;
}

describe('a writer killed mid-write', () => {
	it('leaves a temp file that the next write removes', async () => {
		const home = path.join(tempDir(), 'home');
		expect((await runCli(['set', 'A', 'first'], {home})).code).toBe(0);
		const file = path.join(home, 'secrets.json');
		const before = fs.readFileSync(file);
		const writer = spawn(process.execPath, [await stalledWriter(tempDir()), file], {stdio: ['ignore', 'pipe', 'inherit']});
		await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
		const killed = new Promise((resolve) => writer.once('close', resolve));
		writer.kill('SIGKILL');
		await killed;
		const leftovers = fs.readdirSync(home).filter((name) => name.startsWith('secrets.json.tmp-'));
		expect(leftovers).toHaveLength(1);
		expect(fs.readFileSync(file).equals(before)).toBe(true);

		expect((await runCli(['set', 'B', 'second'], {home})).code).toBe(0);
		expect(fs.readdirSync(home)).toEqual(['secrets.json']);
	});
});
