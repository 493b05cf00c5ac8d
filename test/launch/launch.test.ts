// The launcher against real child processes and real files.
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {LaunchPlan, RunResult} from '../../source/launch/types.js';
import {launch} from '../../source/launch/launch.js';
import {folderPrefix} from '../../source/launch/secret-files.js';
import {pidNamespace} from '../../source/util/process-tag.js';
import {tempDir} from '../helpers/temp.js';

const NODE = process.execPath;
let runtime: string;
const savedRuntime = process.env.XDG_RUNTIME_DIR;

beforeEach(() => {
	runtime = tempDir('secrets-tui-runtime-');
	process.env.XDG_RUNTIME_DIR = runtime;
});

afterEach(() => {
	if (savedRuntime === undefined) {
		delete process.env.XDG_RUNTIME_DIR;
	} else {
		process.env.XDG_RUNTIME_DIR = savedRuntime;
	}
});

function plan(argv: string[], secrets: Record<string, string>, files: Record<string, string> = {}): LaunchPlan {
	const values = new Map<string, string>(Object.entries({...secrets, ...files}));
	return {
		argv,
		display: argv.join(' '),
		variables: Object.keys(secrets).map((name) => ({variable: name, secret: name})),
		files: Object.keys(files).map((name) => ({variable: `${name}_FILE`, secret: name})),
		values,
		warnings: [],
	};
}

type Collected = {stdout: string; stderr: string; calls: Array<[string, string]>; result: RunResult};

async function collect(launchPlan: LaunchPlan, redact = true): Promise<Collected> {
	const calls: Array<[string, string]> = [];
	const handle = launch(launchPlan, {redact, onOutput: (stream, text) => calls.push([stream, text])});
	const result = await handle.result;
	const join = (name: string) =>
		calls
			.filter(([stream]) => stream === name)
			.map(([, text]) => text)
			.join('');
	return {stdout: join('stdout'), stderr: join('stderr'), calls, result};
}

function ourFolders(): string[] {
	return fs.readdirSync(runtime).filter((name) => name.startsWith('secrets-tui-'));
}

describe('launch: injection and redaction', () => {
	it('gives values through the environment only, exactly, whatever they hold', async () => {
		const value = 'a$b "c"\n`d` \\e\'f';
		const script = 'process.stdout.write(Buffer.from(process.env.WEIRD).toString("hex") + " " + JSON.stringify(process.argv.slice(1)))';
		const {stdout, result} = await collect(plan([NODE, '-e', script], {WEIRD: value}), false);
		expect(result.exitCode).toBe(0);
		const [hex, argv] = stdout.split(' ');
		expect(Buffer.from(hex!, 'hex').toString()).toBe(value);
		expect(argv).toBe('[]');
	});

	it('redacts a value the child writes in pieces with pauses, on stdout and stderr apart', async () => {
		const value = 'sk-live-0123456789abcdef-ünï';
		const script = `
const v = process.env.KEY;
const pieces = [v.slice(0, 3), v.slice(3, 9), v.slice(9, 10), v.slice(10, 20), v.slice(20)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
	process.stdout.write('out:');
	process.stderr.write('err:');
	for (const piece of pieces) {
		process.stdout.write(piece);
		await sleep(60);
		process.stderr.write(piece);
		await sleep(60);
	}
	process.stdout.write(' done\\n');
	process.stderr.write(' done\\n');
})();`;
		const {stdout, stderr, calls, result} = await collect(plan([NODE, '-e', script], {KEY: value}));
		expect(result.exitCode).toBe(0);
		expect(stdout).toBe('out:[secret:KEY] done\n');
		expect(stderr).toBe('err:[secret:KEY] done\n');
		for (const [, text] of calls) {
			for (const piece of [value.slice(0, 3), value.slice(3, 9), value.slice(10, 20), value.slice(20)]) {
				expect(text).not.toContain(piece);
			}
		}
	});

	it('redacts across lines and large outputs, and shows the rest unchanged', async () => {
		const script = 'for (let i = 0; i < 20000; i++) process.stdout.write(`line ${i} ` + (i % 1000 === 0 ? process.env.TOKEN : "plain") + "\\n")';
		const {stdout, result} = await collect(plan([NODE, '-e', script], {TOKEN: 'tok_9f8e7d6c5b4a'}));
		expect(result.exitCode).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(20000);
		expect(lines.filter((line) => line.endsWith('[secret:TOKEN]'))).toHaveLength(20);
		expect(stdout).not.toContain('tok_');
	});

	it('hands the panel whole characters when the child splits them across writes', async () => {
		const script = `
const bytes = Buffer.from('ünï 日本 🔑 ' + process.env.KEY + ' ✓');
let index = 0;
const next = () => {
	if (index >= bytes.length) return;
	process.stdout.write(bytes.subarray(index, index + 1));
	index++;
	// A long pause every 7 bytes, so the reader sees several chunks even on a busy machine.
	setTimeout(next, index % 7 === 0 ? 120 : 0);
};
next();`;
		const {stdout, calls} = await collect(plan([NODE, '-e', script], {KEY: 'clé-secrète-ünï'}));
		expect(stdout).toBe('ünï 日本 🔑 [secret:KEY] ✓');
		expect(calls.length).toBeGreaterThan(3);
		for (const [, text] of calls) {
			expect(text).not.toContain('\uFFFD');
		}
	});

	it('passes output through unredacted when asked', async () => {
		const {stdout} = await collect(plan([NODE, '-e', 'process.stdout.write(process.env.TOKEN)'], {TOKEN: 'tok_9f8e7d6c5b4a'}), false);
		expect(stdout).toBe('tok_9f8e7d6c5b4a');
	});
});

describe('launch: exit codes', () => {
	it('gives the child exit code', async () => {
		expect((await collect(plan([NODE, '-e', 'process.exit(42)'], {}))).result.exitCode).toBe(42);
		expect((await collect(plan(['true'], {}))).result.exitCode).toBe(0);
	});

	it('gives 128 + n when a signal ends the child', async () => {
		const {result} = await collect(plan([NODE, '-e', 'process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 5000)'], {}));
		expect(result).toMatchObject({exitCode: 143, signal: 'SIGTERM'});
		const killed = await collect(plan(['sh', '-c', 'kill -KILL $$'], {}));
		expect(killed.result).toMatchObject({exitCode: 137, signal: 'SIGKILL'});
	});

	it('gives 127 and a sentence when the program does not exist', async () => {
		const {stderr, result} = await collect(plan(['no-such-program-here'], {}));
		expect(result.exitCode).toBe(127);
		expect(result.startError).toBe('cannot run no-such-program-here: there is no such command');
		expect(stderr).toContain('there is no such command');
	});

	it('stop() sends SIGINT, then SIGTERM when the child ignores it', async () => {
		const ready = 'process.on("SIGINT", () => console.log("got SIGINT")); console.log("ready"); setInterval(() => {}, 1000)';
		const calls: string[] = [];
		let seen!: () => void;
		const started = new Promise<void>((resolve) => (seen = resolve));
		const handle = launch(plan([NODE, '-e', ready], {}), {onOutput: (_stream, text) => {
			calls.push(text);
			if (text.includes('ready')) {
				seen();
			}
		}});
		await started;
		const before = performance.now();
		handle.stop();
		const result = await handle.result;
		expect(calls.join('')).toContain('got SIGINT');
		expect(result).toMatchObject({exitCode: 143, signal: 'SIGTERM'});
		expect(performance.now() - before).toBeGreaterThan(1500);
	});

	it('stop() reaches the whole group: a command bash runs for a compound script gets the SIGINT', async () => {
		const log = path.join(runtime, 'grandchild.log');
		const grandchild = `process.on("SIGINT", () => { require("fs").writeFileSync(${JSON.stringify(log)}, "SIGINT"); process.exit(130); }); console.log("ready"); setInterval(() => {}, 1000)`;
		let seen!: () => void;
		const started = new Promise<void>((resolve) => (seen = resolve));
		// cat ignores SIGINT so that the pipeline's status is cat's clean exit, whatever order the SIGINTs
		// land in: bash then goes on to `echo after` (without the trap, a cat killed first made bash end 130).
		const script = `${JSON.stringify(NODE)} -e '${grandchild}' | (trap '' INT; cat); echo after`;
		const handle = launch(plan(['bash', '-c', script], {}), {onOutput: (_stream, text) => text.includes('ready') && seen()});
		await started;
		handle.stop();
		const result = await handle.result;
		expect(fs.readFileSync(log, 'utf8')).toBe('SIGINT');
		// bash, too, got the SIGINT and went on to `echo after` (the node it waited for exited, not killed):
		// everything ended at once, no SIGTERM needed.
		expect(result.exitCode).toBe(0);
		expect(result.signal).toBeUndefined();
	});

	it('stop() ends with SIGKILL a child that ignores SIGINT and SIGTERM', async () => {
		const stubborn = 'process.on("SIGINT", () => {}); process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)';
		let seen!: () => void;
		const started = new Promise<void>((resolve) => (seen = resolve));
		const handle = launch(plan([NODE, '-e', stubborn], {}), {onOutput: (_stream, text) => text.includes('ready') && seen()});
		await started;
		const before = performance.now();
		handle.stop();
		const result = await handle.result;
		expect(result).toMatchObject({exitCode: 137, signal: 'SIGKILL'});
		expect(performance.now() - before).toBeGreaterThan(6500);
	}, 30_000);
});

describe('launch: secret files', () => {
	const show = `
const fs = require('fs');
const file = process.env.KEY_FILE;
console.log(JSON.stringify({
	file,
	mode: (fs.statSync(file).mode & 0o777).toString(8),
	dirMode: (fs.statSync(require('path').dirname(file)).mode & 0o777).toString(8),
	hex: fs.readFileSync(file).toString('hex'),
}));
process.exitCode = Number(process.argv[1] ?? 0);
`;

	async function runWithFile(exitCode: number) {
		const value = '-----BEGIN KEY-----\nsecret body\n-----END KEY-----\n';
		const {stdout, result} = await collect(plan([NODE, '-e', show, String(exitCode)], {}, {KEY: value}));
		const shown = JSON.parse(stdout) as {file: string; mode: string; dirMode: string; hex: string};
		return {value, shown, result};
	}

	it('writes a 0600 file in a private 0700 folder under XDG_RUNTIME_DIR, removed after success', async () => {
		const {value, shown, result} = await runWithFile(0);
		expect(result.exitCode).toBe(0);
		expect(path.dirname(path.dirname(shown.file))).toBe(runtime);
		expect(path.basename(path.dirname(shown.file))).toMatch(new RegExp(`^${folderPrefix().replaceAll('.', '\\.')}[A-Za-z0-9]+$`));
		expect(folderPrefix()).toContain(`-${pidNamespace()}-${process.pid}-`);
		expect(shown.mode).toBe('600');
		expect(shown.dirMode).toBe('700');
		expect(Buffer.from(shown.hex, 'hex').toString()).toBe(value);
		expect(fs.existsSync(path.dirname(shown.file))).toBe(false);
		expect(ourFolders()).toEqual([]);
	});

	it('removes the folder after a failure', async () => {
		const {shown, result} = await runWithFile(3);
		expect(result.exitCode).toBe(3);
		expect(fs.existsSync(path.dirname(shown.file))).toBe(false);
	});

	it('removes the folder when a signal ends the child', async () => {
		const script = 'console.log(process.env.KEY_FILE); process.kill(process.pid, "SIGKILL")';
		const {stdout, result} = await collect(plan([NODE, '-e', script], {}, {KEY: 'file-value-1'}));
		expect(result.exitCode).toBe(137);
		expect(fs.existsSync(stdout.trim())).toBe(false);
		expect(ourFolders()).toEqual([]);
	});

	it('sweeps the folders of dead processes of this host and PID namespace only, and leaves live ones alone', async () => {
		const dead = spawnSync('true').pid!;
		const live = process.ppid;
		const uid = process.getuid!();
		const deadDir = path.join(runtime, `${folderPrefix(dead)}abc123`);
		const liveDir = path.join(runtime, `${folderPrefix(live)}def456`);
		const otherDir = path.join(runtime, 'not-ours-123');
		// A PID that is dead here says nothing about a run in another PID namespace or on another host.
		const otherNamespace = path.join(runtime, folderPrefix(dead).replace(`-${pidNamespace()}-`, '-4026599999-') + 'ghi789');
		const otherHost = path.join(runtime, `secrets-tui-${uid}-another.host-${pidNamespace()}-${dead}-jkl012`);
		const olderName = path.join(runtime, `secrets-tui-${uid}-${dead}-mno345`);
		const kept = [liveDir, otherDir, otherNamespace, otherHost, olderName];
		for (const dir of [deadDir, ...kept]) {
			fs.mkdirSync(dir, {mode: 0o700});
			fs.writeFileSync(path.join(dir, 'KEY'), 'left behind', {mode: 0o600});
		}

		await collect(plan(['true'], {}));
		expect(fs.existsSync(deadDir)).toBe(false);
		for (const dir of kept) {
			expect(fs.existsSync(dir), dir).toBe(true);
		}
	});
});
