// Leaks of issue 13 through the built program: redaction of the forms a value takes in output, a dry run
// that shows another stored value, a value passed in --param, and secret files in a loose TMPDIR.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {spawn} from 'node:child_process';
import {CLI, cliEnv, runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {secondUser} from '../../helpers/users.js';

const OTHER = 'stui13c';
const NODE = process.execPath;
const TOKEN = 'tok-Leak-Test-4711';
const KEY = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\nAQEFAASCBKcwggSjAgEAAoIB\n-----END KEY-----\n';
let home: string;
let runtime: string;
const other = secondUser(OTHER);

function cli(args: string[], env: Record<string, string | undefined> = {}, cwd?: string): Promise<CliResult> {
	return runCli(args, {home, env: {XDG_RUNTIME_DIR: runtime, ...env}, timeoutMs: 30_000, ...(cwd ? {cwd} : {})});
}

async function set(name: string, value: string): Promise<void> {
	const file = path.join(tempDir(), 'value');
	fs.writeFileSync(file, value);
	const result = await runCli(['set', name, `@${file}`], {home});
	expect(result.code, result.stderr).toBe(0);
}


beforeEach(async () => {
	home = tempHome();
	fs.mkdirSync(home, {mode: 0o700});
	runtime = tempDir('secrets-tui-runtime-');
	await set('TOK', TOKEN + '\n'); // As `echo tok > f; set TOK @f` stores it.
	await set('KEY', KEY);
});

describe('redaction of the forms a value takes', () => {
	it('hides a value stored with its trailing newline when the child prints it without', async () => {
		const result = await cli(['exec', '--secret', 'TOK', '--', NODE, '-e', 'process.stdout.write("[" + process.env.TOK.trim() + "]\\n")']);
		expect(result.stdout).toBe('[[secret:TOK]]\n');
		expect(result.code).toBe(0);
	});

	it('hides one line of a multi-line key printed alone', async () => {
		const result = await cli(['exec', '--secret', 'KEY', '--', 'sh', '-c', 'printf "%s\\n" "$KEY" | sed -n 3p']);
		expect(result.stdout).toBe('[secret:KEY]\n');
	});

	it('hides a value printed through a pseudo-terminal (script -qc), where \\n becomes \\r\\n', async () => {
		await set('SHORT_LINES', 'ab\ncd\nef');
		const result = await cli(['exec', '--secret', 'KEY', '--secret', 'SHORT_LINES', '--', 'script', '-qc', 'printf "<%s|%s>" "$SHORT_LINES" "$KEY"', '/dev/null']);
		expect(result.stdout).not.toContain('cd');
		expect(result.stdout).not.toContain('AQEFAASC');
		expect(result.stdout).toContain('<[secret:SHORT_LINES]|[secret:KEY]');
	});
});

const DEFS = (command: string) => `- name: demo
  secrets: [TOK]
  executables:
    - label: show
      instances:
        - command: ${JSON.stringify(command)}
          num_cores: 1
          parallel_mode: null
`;

describe('run', () => {
	it('--dry-run shows another stored value written into the definition as [secret:NAME]', async () => {
		await set('OTHER_PASS', 'other-pass-9922');
		fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS('curl -u admin:other-pass-9922 <<args>>'));
		const result = await cli(['run', 'demo', 'show', '--dry-run']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('curl -u admin:[secret:OTHER_PASS]');
		expect(result.stdout + result.stderr).not.toContain('other-pass-9922');
	});

	it('refuses a --param (or an argument) holding a stored value: it would sit in /proc/PID/cmdline', async () => {
		const marker = path.join(tempDir(), 'started');
		fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS(`touch ${marker}; echo <<token>> <<args>>`));
		for (const args of [['--param', `token=${TOKEN}`], ['--param', 'token=x', '--', `--auth=${TOKEN}`]]) {
			const result = await cli(['run', 'demo', 'show', ...args]);
			expect(result.code).toBe(1);
			expect(result.stderr).toBe(
				"secrets-tui: The value of the secret TOK is written in a --param or an argument, where every user of this machine can read it (the process list, /proc/PID/cmdline), so nothing was started. Pass it through the environment's secrets instead.\n",
			);
			expect(fs.existsSync(marker)).toBe(false);
		}
	});
});

describe('secret files and TMPDIR', () => {
	const showFile = 'const fs = require("fs"); console.log(process.env.KEY_FILE)';

	it('refuses a TMPDIR that every user can write without the sticky bit, with a sentence; nothing starts', async () => {
		const loose = path.join(tempDir(), 'loose');
		fs.mkdirSync(loose);
		fs.chmodSync(path.dirname(loose), 0o755);
		fs.chmodSync(loose, 0o777);
		const result = await cli(['exec', '--secret-file', 'KEY_FILE=KEY', '--', NODE, '-e', showFile], {XDG_RUNTIME_DIR: undefined, TMPDIR: loose});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			`secrets-tui: secrets-tui will not use the folder for secret files ${loose}: the folder ${loose} (mode 777) can be written by every user, so another user could swap the secret files (set TMPDIR to a folder only you can write). Check its content, then run: chmod go-w '${loose}'.\n`,
		);
		expect(fs.readdirSync(loose)).toEqual([]);
	});

	it('makes a relative TMPDIR absolute', async () => {
		const top = tempDir();
		fs.mkdirSync(path.join(top, 'rel'), {mode: 0o700});
		const result = await cli(['exec', '--secret-file', 'KEY_FILE=KEY', '--', NODE, '-e', showFile], {XDG_RUNTIME_DIR: undefined, TMPDIR: 'rel'}, top);
		expect(result.code, result.stderr).toBe(0);
		expect(path.dirname(result.stdout.trim())).toMatch(new RegExp(`^${path.join(top, 'rel')}/secrets-tui-`));
	});

	it('leaves a swapped-in folder of another user alone and names the leftover once, as a sentence', async () => {
		// The child swaps its own secret folder for one of stui13c's, as another user could in a loose TMPDIR.
		const swap = `d=$(dirname "$KEY_FILE"); mv "$d" "$d.moved"; mkdir "$d"; echo theirs > "$d/KEY_FILE"; chown -R ${other.uid} "$d"; exit 3`;
		const result = await cli(['exec', '--secret-file', 'KEY_FILE=KEY', '--', 'sh', '-c', swap]);
		expect(result.code).toBe(3);
		const dirs = fs.readdirSync(runtime).filter((name) => !name.endsWith('.moved'));
		expect(dirs).toHaveLength(1);
		const dir = path.join(runtime, dirs[0]!);
		expect(fs.statSync(dir).uid).toBe(other.uid);
		expect(result.stderr).toBe(
			`secrets-tui: The secret folder ${dir} was replaced by another folder while the program ran; secrets-tui left that one alone, and the secret files may remain where it was moved.\n`,
		);
	});
});

describe('a child that leaves a daemon holding its output', () => {
	const daemons: number[] = [];
	afterEach(() => {
		for (const pid of daemons.splice(0)) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				// Gone.
			}
		}
	});

	/** Secret folders left in the runtime folder. */
	const leftovers = () => fs.readdirSync(runtime).filter((name) => name.startsWith('secrets-tui-'));

	it('ends with the child: what it wrote is relayed, the secret files are removed, the status is the child\'s', async () => {
		// The daemon outlives the test's time limit (20 s): secrets-tui must not wait for it.
		const result = await cli(['exec', '--secret-file', 'KEY_FILE=KEY', '--', 'bash', '-c', 'setsid sleep 40 & echo "daemon $!"; echo started; exit 5']);
		daemons.push(Number(/daemon (\d+)/.exec(result.stdout)?.[1]));
		expect(result.signal).toBe(null);
		expect(result.stdout).toMatch(/^daemon \d+\nstarted\n$/);
		expect(result.code).toBe(5);
		expect(leftovers()).toEqual([]);
	});

	it('ends promptly on SIGTERM while the child runs, and cleans up, though the daemon holds the output', async () => {
		const child = spawn(NODE, [CLI, 'exec', '--secret-file', 'KEY_FILE=KEY', '--', 'bash', '-c', 'setsid sleep 40 & echo "daemon $!"; echo started; sleep 30'], {
			env: cliEnv(home, {XDG_RUNTIME_DIR: runtime}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
		await new Promise<void>((resolve) => {
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
				stdout += chunk;
				if (stdout.includes('started\n')) {
					resolve();
				}
			});
		});
		daemons.push(Number(/daemon (\d+)/.exec(stdout)?.[1]));
		expect(leftovers()).toHaveLength(1);
		child.kill('SIGTERM');
		const code = await ended;
		clearTimeout(killer);
		expect(code).toBe(143);
		expect(leftovers()).toEqual([]);
	});
});

describe('core dumps', () => {
	it('leave secrets-tui\'s memory out (coredump_filter 0) and the child\'s as it was', async () => {
		const ours = fs.readFileSync('/proc/self/coredump_filter', 'utf8').trim();
		expect(ours).not.toBe('00000000');
		// $PPID is the running secrets-tui (stdout and stderr are two pipes here: no wrapper in between). It
		// sets its filter back to 0 just after the spawn returns, which the child can outrun: it waits for it.
		const script = 'child=$(cat /proc/$$/coredump_filter); until [ "$(cat /proc/$PPID/coredump_filter)" = 00000000 ]; do sleep 0.05; done; echo "secrets-tui 00000000 child $child $(cat /proc/$PPID/comm)"';
		const result = await cli(['exec', '--secret', 'TOK', '--', 'sh', '-c', script]);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`secrets-tui 00000000 child ${ours} node\n`);
	});
});
