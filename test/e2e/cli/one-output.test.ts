// exec … > file 2>&1: the child's stdout and stderr keep the child's own order when secrets-tui's
// stdout and stderr are one file; they stay two streams when they are two.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const VALUE = 'sk-live-0123456789';
// Alternates between stdout and stderr, 300 times, each a separate write; the value on both.
const CHILD = `for i in $(seq 1 300); do echo "out $i $TOKEN"; echo "err $i $TOKEN" >&2; done`;
const EXPECTED = Array.from({length: 300}, (_, index) => `out ${index + 1} [secret:TOKEN]\nerr ${index + 1} [secret:TOKEN]\n`).join('');

/** Runs the CLI with its stdout and stderr the given file descriptors. */
function runTo(args: string[], home: string, stdout: number, stderr: number): Promise<number | null> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], {env: cliEnv(home), stdio: ['ignore', stdout, stderr]});
		child.on('close', (code) => resolve(code));
	});
}

async function storeWithToken(): Promise<string> {
	const home = tempHome();
	expect((await runCli(['set', 'TOKEN', VALUE], {home})).code).toBe(0);
	return home;
}

describe('exec with stdout and stderr in one file', () => {
	it('keeps the exact order of the child’s writes, redacted, and its exit status', async () => {
		const home = await storeWithToken();
		const file = path.join(tempDir(), 'both.log');
		const fd = fs.openSync(file, 'w');
		const code = await runTo(['exec', '--secret', 'TOKEN', '--', 'sh', '-c', `${CHILD}; exit 3`], home, fd, fd);
		fs.closeSync(fd);
		expect(code).toBe(3);
		expect(fs.readFileSync(file, 'utf8')).toBe(EXPECTED);
	});

	it('still says so when the command does not exist (exit 127)', async () => {
		const home = await storeWithToken();
		const file = path.join(tempDir(), 'both.log');
		const fd = fs.openSync(file, 'w');
		const code = await runTo(['exec', '--secret', 'TOKEN', '--', 'no-such-command-xyz'], home, fd, fd);
		fs.closeSync(fd);
		expect(code).toBe(127);
		expect(fs.readFileSync(file, 'utf8')).toBe('secrets-tui: cannot run no-such-command-xyz: there is no such command.\n');
	});

	it('keeps two streams when stdout and stderr are two files', async () => {
		const home = await storeWithToken();
		const dir = tempDir();
		const out = fs.openSync(path.join(dir, 'out.log'), 'w');
		const err = fs.openSync(path.join(dir, 'err.log'), 'w');
		const code = await runTo(['exec', '--secret', 'TOKEN', '--', 'sh', '-c', CHILD], home, out, err);
		fs.closeSync(out);
		fs.closeSync(err);
		expect(code).toBe(0);
		const lines = EXPECTED.split('\n').filter(Boolean);
		expect(fs.readFileSync(path.join(dir, 'out.log'), 'utf8')).toBe(lines.filter((line) => line.startsWith('out')).join('\n') + '\n');
		expect(fs.readFileSync(path.join(dir, 'err.log'), 'utf8')).toBe(lines.filter((line) => line.startsWith('err')).join('\n') + '\n');
	});
});
