// Files filled from secrets: `inject`, `exec --template-file` and `{template: PATH, file: VAR}` in definitions,
// with real programs reading the filled file, its modes, missing names, redaction and cleanup however it ends.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const NODE = process.execPath;
const TOKEN = 'tok-0123456789abcdef';
const PASSWORD = 'pässwörd "with" quotes';

let home: string;
let work: string;
let runtime: string;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(args, {home, cwd: work, env: {XDG_RUNTIME_DIR: runtime, ...env}});
}

/** The template's own file, e.g. an rclone configuration. */
function template(name: string, text: string): string {
	const file = path.join(work, name);
	fs.writeFileSync(file, text);
	return file;
}

const RCLONE = `[remote]
type = webdav
user = me
pass = {{ secrets.RCLONE_PASS }}
token = {{secrets["api.token"]}}
`;

beforeEach(async () => {
	home = tempHome();
	work = tempDir('secrets-tui-work-');
	runtime = tempDir('secrets-tui-runtime-');
	for (const [name, value] of [
		['RCLONE_PASS', PASSWORD],
		['api.token', TOKEN],
	] as const) {
		expect((await runCli(['set', name, '-'], {home, input: value})).code).toBe(0);
	}
});

describe('inject', () => {
	it('fills a template to standard output: dotted and bracketed names, spaces optional', async () => {
		const result = await cli(['inject', '-i', template('rclone.conf.tmpl', RCLONE)]);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`[remote]\ntype = webdav\nuser = me\npass = ${PASSWORD}\ntoken = ${TOKEN}\n`);
	});

	it('writes -o FILE 0600, and refuses a FILE others can read; nothing is written then', async () => {
		const out = path.join(work, 'rclone.conf');
		expect((await cli(['inject', '-i', template('t', RCLONE), '-o', out])).code).toBe(0);
		expect(fs.statSync(out).mode & 0o777).toBe(0o600);
		expect(fs.readFileSync(out, 'utf8')).toContain(`pass = ${PASSWORD}`);
		fs.writeFileSync(out, 'old\n');
		fs.chmodSync(out, 0o644);
		const refused = await cli(['inject', '-i', path.join(work, 't'), '-o', out]);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe(`secrets-tui: ${out} has mode 0644: others can read it; nothing was written. Remove it, or make it yours and private (chmod 600 ${out}), and inject again.\n`);
		expect(fs.readFileSync(out, 'utf8')).toBe('old\n');
	});

	it('names every missing secret, writes nothing and exits 1', async () => {
		const out = path.join(work, 'out');
		const result = await cli(['inject', '-i', template('t', '{{ secrets.A_MISSING }} {{ secrets.RCLONE_PASS }} {{ secrets["b-missing"] }}'), '-o', out]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`secrets-tui: The template ${path.join(work, 't')} needs 2 secrets that are not in the store: A_MISSING, b-missing. Add each with \`secrets-tui set NAME\`; nothing was written.\n`);
		expect(fs.existsSync(out)).toBe(false);
		expect(result.stdout).toBe('');
	});

	it('fills a template of a thousand names', async () => {
		const lines = Array.from({length: 1000}, (_, index) => `N${index}=value-${index}-xyz`);
		expect((await runCli(['import', '-'], {home, input: lines.join('\n') + '\n'})).code).toBe(0);
		const text = Array.from({length: 1000}, (_, index) => `line ${index}: {{ secrets.N${index} }}`).join('\n');
		const result = await cli(['inject', '-i', template('big', text)]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(Array.from({length: 1000}, (_, index) => `line ${index}: value-${index}-xyz`).join('\n'));
	});
});

describe('exec --template-file', () => {
	it('gives a real program the filled file (0600 in a 0700 folder), redacts its values, removes it afterwards', async () => {
		const file = template('rclone.conf.tmpl', RCLONE);
		const script = 'stat -c "%a" "$CONF" "$(dirname "$CONF")"; grep pass "$CONF"; echo "$CONF"';
		const result = await cli(['exec', '--template-file', `CONF=${file}`, '--', 'sh', '-c', script]);
		expect(result.stderr).toBe('');
		const [fileMode, dirMode, pass, where] = result.stdout.trimEnd().split('\n');
		expect([fileMode, dirMode]).toEqual(['600', '700']);
		expect(pass).toBe('pass = [secret:RCLONE_PASS]');
		expect(fs.existsSync(where!)).toBe(false);
		expect(result.code).toBe(0);
	});

	it('finds missing names before anything starts; --dry-run shows the names, never the values', async () => {
		const file = template('t', 'a={{ secrets.RCLONE_PASS }} b={{ secrets.NOT_STORED }}');
		const marker = path.join(work, 'ran');
		const result = await cli(['exec', '--template-file', `CONF=${file}`, '--', 'touch', marker]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('not in the store');
		expect(result.stderr).toContain('NOT_STORED');
		expect(fs.existsSync(marker)).toBe(false);
		const stored = template('stored', 'a={{ secrets.RCLONE_PASS }} b={{ secrets["api.token"] }}');
		const dry = await cli(['exec', '--template-file', `CONF=${stored}`, '--dry-run', '--', 'cat']);
		expect(dry.stdout).toContain(`Secret files: template ${stored} (RCLONE_PASS, api.token) → file, path in $CONF`);
		expect(dry.stdout).not.toContain(PASSWORD);
	});
});

describe('{template: PATH, file: VAR} in definitions', () => {
	beforeEach(() => {
		fs.mkdirSync(path.join(work, 'defs'));
		fs.writeFileSync(path.join(work, 'defs', 'netrc.tmpl'), 'machine example.com login me password {{ secrets.RCLONE_PASS }}\n');
		fs.writeFileSync(
			path.join(work, 'defs', 'environments.yaml'),
			'- name: fetch\n  secrets:\n    - {template: netrc.tmpl, file: NETRC}\n  executables:\n    - label: show\n      instances:\n        - command: cat "$NETRC"\n',
		);
	});

	it('runs with the template relative to the definitions file; envs and --dry-run name it and its secrets', async () => {
		const defs = path.join(work, 'defs', 'environments.yaml');
		const templateFile = path.join(work, 'defs', 'netrc.tmpl');
		const result = await cli(['run', 'fetch', '--envs', defs]);
		expect(result.stdout).toBe('machine example.com login me password [secret:RCLONE_PASS]\n');
		expect(result.code).toBe(0);
		const envs = await cli(['envs', '--envs', defs]);
		expect(envs.stdout).toContain(`secrets: NETRC=<template ${templateFile}: RCLONE_PASS>`);
		const dry = await cli(['run', 'fetch', '--envs', defs, '--dry-run']);
		expect(dry.stdout).toContain(`Secret files: template ${templateFile} (RCLONE_PASS) → file, path in $NETRC`);
		expect(dry.stdout).not.toContain(PASSWORD);
	});

	it('submits a job that fills the template on the node: the job script names the definitions, holds no value', async () => {
		const defs = path.join(work, 'defs', 'environments.yaml');
		const result = await cli(['submit', 'fetch', '--envs', defs, '--dry-run']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`run fetch --envs ${defs}`);
		expect(result.stdout).not.toContain(PASSWORD);
	});

	it('delete and rename name the environment that uses the secret only through its template, and the template', async () => {
		const defs = path.join(work, 'defs', 'environments.yaml');
		const templateFile = path.join(work, 'defs', 'netrc.tmpl');
		const env = {SECRETS_TUI_ENVS: defs};
		const renamed = await cli(['rename', 'RCLONE_PASS', 'RCLONE_PASSWORD'], env);
		expect(renamed.code).toBe(0);
		expect(renamed.stderr).toBe(`secrets-tui: fetch in ${defs}, ${templateFile} still names RCLONE_PASS in secrets: (not edited); change it to RCLONE_PASSWORD there.\n`);
		const unused = await cli(['rename', 'api.token', 'api.key'], env);
		expect(unused.stderr).toBe('');
		const deleted = await cli(['delete', 'RCLONE_PASSWORD'], {SECRETS_TUI_ENVS: defs});
		expect(deleted.stderr).toBe('');
		fs.writeFileSync(templateFile, 'password {{ secrets["api.key"] }}\n');
		const gone = await cli(['delete', 'api.key'], env);
		expect(gone.code).toBe(0);
		expect(gone.stderr).toBe(`secrets-tui: fetch in ${defs}, ${templateFile} names api.key in secrets: and will not run until it is set again.\n`);
	});

	it('says a missing template file when the environment is run, as its own problem', async () => {
		fs.rmSync(path.join(work, 'defs', 'netrc.tmpl'));
		const result = await cli(['run', 'fetch', '--envs', path.join(work, 'defs', 'environments.yaml')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`Cannot read the template ${path.join(work, 'defs', 'netrc.tmpl')}: there is no such file`);
	});
});

describe('cleanup', () => {
	const child = `
const fs = require('fs');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => { process.removeAllListeners(signal); setTimeout(() => process.kill(process.pid, signal), 50); });
}
console.log('ready ' + process.env.CONF + ' ' + fs.readFileSync(process.env.CONF, 'utf8').length + ' ' + process.pid);
setInterval(() => {}, 1000);
`;

	function start(): {proc: ReturnType<typeof spawn>; ready: Promise<{file: string; pid: number}>} {
		const file = template('t', 'x={{ secrets.RCLONE_PASS }}');
		const proc = spawn(NODE, [CLI, 'exec', '--template-file', `CONF=${file}`, '--', NODE, '-e', child], {
			env: cliEnv(home, {XDG_RUNTIME_DIR: runtime}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		const ready = new Promise<{file: string; pid: number}>((resolve, reject) => {
			proc.stdout!.on('data', (chunk: Buffer) => {
				stdout += chunk.toString();
				const match = /ready (\S+) (\d+) (\d+)\n/.exec(stdout);
				if (match) {
					resolve({file: match[1]!, pid: Number(match[3])});
				}
			});
			proc.on('close', () => reject(new Error('ended before ready')));
		});
		return {proc, ready};
	}

	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		it(`removes the filled file when ${signal} ends the run`, async () => {
			const {proc, ready} = start();
			const {file} = await ready;
			expect(fs.existsSync(file)).toBe(true);
			proc.kill(signal);
			await new Promise((resolve) => proc.on('close', resolve));
			expect(fs.existsSync(path.dirname(file))).toBe(false);
		});
	}

	it('sweeps the folder kill -9 left behind at the next run', async () => {
		const {proc, ready} = start();
		const {file, pid} = await ready;
		process.kill(proc.pid!, 'SIGKILL');
		await new Promise((resolve) => proc.on('exit', resolve));
		process.kill(pid, 'SIGKILL'); // The orphaned child: kill -9 left it running.
		expect(fs.existsSync(file)).toBe(true);
		expect((await cli(['exec', '--secret', 'RCLONE_PASS', '--', 'true'])).code).toBe(0);
		expect(fs.existsSync(path.dirname(file))).toBe(false);
	});
});
