// The command's own output: a reader that closes early ends it quietly; a full device is a failure.
// Real pipes closed early, a real /dev/full, a store of 10,000 secrets.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir} from '../../helpers/temp.js';

let home: string;
let dotenv: string;

beforeAll(async () => {
	// Not tempHome(): it is removed after each test, and this store serves every test here.
	home = path.join(fs.mkdtempSync('/tmp/secrets-tui-output-'), 'home');
	dotenv = path.join(path.dirname(home), 'many.env');
	const lines = Array.from({length: 10_000}, (_, index) => `S${String(index).padStart(5, '0')}=value-${index}-${'x'.repeat(40)}`);
	fs.writeFileSync(dotenv, lines.join('\n') + '\n');
	expect((await runCli(['import', dotenv], {home})).code).toBe(0);
	expect((await runCli(['set', 'BIG', '-'], {home, input: 'b'.repeat(1024 * 1024 - 1)})).code).toBe(0);
	return () => fs.rmSync(path.dirname(home), {recursive: true, force: true});
});

/** Runs the CLI with stdout a pipe that is closed after the first chunk arrives. */
function closedEarly(args: string[], storeHome = home): Promise<{code: number | null; signal: string | null; stderr: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], {env: cliEnv(storeHome), stdio: ['ignore', 'pipe', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.stdout.once('data', () => child.stdout.destroy());
		child.on('close', (code, signal) => resolve({code, signal, stderr}));
	});
}

/** Runs the CLI with stdout /dev/full. */
function toFullDevice(args: string[], storeHome = home): Promise<{code: number | null; stderr: string}> {
	const full = fs.openSync('/dev/full', 'w');
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], {env: cliEnv(storeHome), stdio: ['ignore', full, 'pipe']});
		fs.closeSync(full);
		let stderr = '';
		child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('close', (code) => resolve({code, stderr}));
	});
}

const commands: string[][] = [['list'], ['list', '--values'], ['list', '--json', '--values'], ['get', 'BIG']];

describe('a reader that closes the pipe early (secrets-tui list | head -1)', () => {
	for (const args of commands) {
		it(`ends ${args.join(' ')} quietly: no message, no stack trace`, async () => {
			const result = await closedEarly(args);
			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
		});
	}

	it('ends import quietly when its report cannot be read', async () => {
		const fresh = path.join(tempDir(), 'home');
		const result = await closedEarly(['import', dotenv], fresh);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect((await runCli(['get', 'S09999'], {home: fresh})).stdout).toBe(`value-9999-${'x'.repeat(40)}\n`);
	});
});

describe('output to a full device (> /dev/full)', () => {
	for (const args of commands) {
		it(`fails ${args.join(' ')} with exit 1 and a sentence`, async () => {
			const result = await toFullDevice(args);
			expect(result.stderr).toBe('secrets-tui: Cannot write to standard output: the device it goes to is full; the output is incomplete.\n');
			expect(result.code).toBe(1);
		});
	}
});

describe('exec passing a child’s output on', () => {
	it('fails with exit 1 and a sentence when the output goes to a full device, even when the child succeeds', async () => {
		for (const command of [['echo', 'hi'], ['seq', '100000']]) {
			const result = await toFullDevice(['exec', '--secret', 'S00001', '--', ...command]);
			expect(result.stderr, command.join(' ')).toBe('secrets-tui: Cannot write to standard output: the device it goes to is full; the output is incomplete.\n');
			expect(result.code).toBe(1);
		}
	});

	it('ends quietly when the reader closes early: the child gets its SIGPIPE (128 + 13), no message', async () => {
		const result = await closedEarly(['exec', '--secret', 'S00001', '--', 'seq', '1000000']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(141);
	});
});

describe('a pipe its writer set non-blocking, full while the reader waits (a parent with O_NONBLOCK)', () => {
	it('list waits until the reader takes more, and writes every row', () => {
		// python3 makes the pipe, sets O_NONBLOCK on its write end, starts list on it, reads only after 300 ms.
		const script = [
			'import fcntl, os, subprocess, sys, time',
			'r, w = os.pipe()',
			'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
			'child = subprocess.Popen(sys.argv[1:], stdout=w)',
			'os.close(w)',
			'time.sleep(0.3)',
			'data = b""',
			'while True:',
			'    chunk = os.read(r, 65536)',
			'    if not chunk: break',
			'    data += chunk',
			'sys.stdout.write(str(child.wait()) + " " + str(data.count(b"\\n")) + " " + data.splitlines()[-1].decode().split()[0])',
		].join('\n');
		const result = spawnSync('python3', ['-c', script, process.execPath, CLI, 'list'], {env: cliEnv(home), encoding: 'utf8', timeout: 20_000});
		expect(result.stderr).toBe('');
		// The header, 10,000 rows and BIG; the last row is S09999.
		expect(result.stdout).toBe('0 10002 S09999');
	});
});
