// A writer that stalls inside the lock (stopped, a slow NFS server, a slow fsync) while another writer
// takes the lock over as stale and saves: the stalled one must never rename over that save. Real
// processes of the built program; the stall is a SIGSTOP through the store's test hook, or strace's
// fault injection delaying the store's first open or the temp file's fsync (no code change at all).
// SECRETS_TUI_TEST_LOCK_STALE_MS=500 lets the second writer take over after half a second, not 10 s.
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../helpers/cli.js';
import {tempHome} from '../helpers/temp.js';

const started: ChildProcess[] = [];

afterEach(() => {
	for (const child of started.splice(0)) {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGKILL');
		}
	}
});

type Finished = {code: number | null; stderr: string};

/** Starts `command` with the store at `home`; resolves with its exit code and stderr when it ends. */
function start(command: string[], home: string, env: Record<string, string> = {}): {child: ChildProcess; done: Promise<Finished>} {
	const child = spawn(command[0]!, command.slice(1), {env: cliEnv(home, env), stdio: ['ignore', 'ignore', 'pipe']});
	started.push(child);
	let stderr = '';
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const done = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({code, stderr})));
	return {child, done};
}

async function until(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting until ${what}.`);
		}

		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** The state letter of a process (T: stopped). */
function stateOf(pid: number): string {
	return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]!;
}

async function storeWithKeep(): Promise<{home: string; file: string}> {
	const home = tempHome();
	expect((await runCli(['set', 'KEEP', 'kept-value'], {home})).code).toBe(0);
	return {home, file: path.join(home, 'secrets.json')};
}

async function namesIn(home: string): Promise<string[]> {
	const list = await runCli(['list'], {home});
	expect(list.code).toBe(0);
	return list.stdout.split('\n').slice(1).map((line) => line.split(' ')[0]!).filter(Boolean);
}

/** B takes the lock over from the stalled A and saves; once A goes on, nothing may be lost. */
async function overtake(home: string, stalled: {child: ChildProcess; done: Promise<Finished>}, whileStalled = () => undefined as unknown): Promise<void> {
	const second = await runCli(['set', 'B', 'value-b'], {home, env: {SECRETS_TUI_TEST_LOCK_STALE_MS: '500'}});
	expect(second.stderr).toBe('');
	expect(second.code).toBe(0);
	// B saved while A was still stalled inside the lock: otherwise this test proved nothing.
	expect(stalled.child.exitCode).toBeNull();
	expect((await runCli(['get', 'B'], {home})).stdout).toBe('value-b\n');
	whileStalled();
	if (stalled.child.signalCode === null) {
		stalled.child.kill('SIGCONT');
	}

	const first = await stalled.done;
	if (first.code === 0) {
		expect(await namesIn(home)).toEqual(['A', 'B', 'KEEP']);
		expect((await runCli(['get', 'A'], {home})).stdout).toBe('value-a\n');
	} else {
		// Allowed: A fails with a sentence, and B's save (and everything before) is still there.
		expect(first.stderr).toMatch(/^secrets-tui: [^\n]*\.\n$/);
		expect(await namesIn(home)).toEqual(['B', 'KEEP']);
	}

	expect((await runCli(['get', 'B'], {home})).stdout).toBe('value-b\n');
	expect(fs.readdirSync(home)).toEqual(['secrets.json']);
}

describe('a writer stalled inside the lock never loses another writer\'s save', () => {
	it('stopped with SIGSTOP after reading the store (the test hook), then continued', async () => {
		const {home} = await storeWithKeep();
		const stalled = start([process.execPath, CLI, 'set', 'A', 'value-a'], home, {SECRETS_TUI_TEST_PAUSE_IN_LOCK: '1'});
		await until('writer A stops inside the lock', () => stalled.child.exitCode === null && stateOf(stalled.child.pid!) === 'T');
		expect(fs.existsSync(path.join(home, 'secrets.json.lock'))).toBe(true);
		await overtake(home, stalled);
	});

	it('its first open of the store delayed by strace (a slow NFS server)', async () => {
		const {home, file} = await storeWithKeep();
		const stalled = start(
			['strace', '-qq', '-f', '-o', '/dev/null', '-P', file, '-e', 'inject=openat:delay_exit=6000000:when=1', process.execPath, CLI, 'set', 'A', 'value-a'],
			home,
		);
		await until('writer A holds the lock', () => fs.existsSync(path.join(home, 'secrets.json.lock', 'owner')));
		await overtake(home, stalled);
	});

	it('its fsync of the temp file delayed by strace: its temp file is not swept as a leftover', async () => {
		const {home} = await storeWithKeep();
		const stalled = start(
			['strace', '-qq', '-f', '-o', '/dev/null', '-e', 'inject=fsync:delay_enter=6000000:when=1', process.execPath, CLI, 'set', 'A', 'value-a'],
			home,
		);
		const tempOfA = () => fs.readdirSync(home).filter((name) => name.startsWith('secrets.json.tmp-'));
		await until('writer A has written its temp file', () => tempOfA().length === 1);
		const [temp] = tempOfA();
		await overtake(home, stalled, () => expect(tempOfA()).toEqual([temp]));
	});

	it('judges the lock\'s age by the file server\'s clock: a writer whose clock is a minute ahead still waits for a live holder', async () => {
		const {home} = await storeWithKeep();
		const owner = path.join(home, 'secrets.json.lock', 'owner');
		const stalled = start([process.execPath, CLI, 'set', 'A', 'value-a'], home, {SECRETS_TUI_TEST_PAUSE_IN_LOCK: '1'});
		await until('writer A stops inside the lock', () => stalled.child.exitCode === null && stateOf(stalled.child.pid!) === 'T');
		const token = fs.readFileSync(owner, 'utf8');
		// faketime moves only B's clock; the files' times still come from the kernel (the "server").
		const ahead = start(['faketime', '-f', '+60s', process.execPath, CLI, 'set', 'B', 'value-b'], home);
		// Long enough for B to start and find the lock held (a minute old by its own clock).
		await new Promise((resolve) => setTimeout(resolve, 2500));
		expect(ahead.child.exitCode).toBeNull();
		expect(fs.readFileSync(owner, 'utf8')).toBe(token);
		stalled.child.kill('SIGCONT');
		expect((await stalled.done).code).toBe(0);
		const second = await ahead.done;
		expect(second.stderr).toBe('');
		expect(second.code).toBe(0);
		expect(await namesIn(home)).toEqual(['A', 'B', 'KEEP']);
	});
});
