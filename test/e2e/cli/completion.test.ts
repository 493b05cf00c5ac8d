// `secrets-tui completion bash|zsh|fish`: each script parses in its shell and, run by that shell,
// completes commands, options, secret names and environment names (never a value).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pty from '@lydell/node-pty';
import {describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const VALUES = ['ghp_value_never_shown', 'hunter2-value'] as const;

/** A store with two secrets and two environments, and `secrets-tui` on PATH as the built program. */
async function setUp(): Promise<{home: string; env: Record<string, string>; script: (shell: string) => Promise<string>}> {
	const home = tempHome();
	const bin = tempDir();
	fs.writeFileSync(path.join(bin, 'secrets-tui'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, {mode: 0o755});
	for (const [name, value] of [['GITHUB_TOKEN', VALUES[0]], ['db-password', VALUES[1]]] as const) {
		expect((await runCli(['set', name, value], {home})).code).toBe(0);
	}

	fs.writeFileSync(
		path.join(home, 'environments.yaml'),
		'- name: github\n  secrets: [GITHUB_TOKEN]\n  executables:\n    - label: api\n      instances:\n        - command: echo hi\n- name: python_env\n  executables: []\n',
	);
	const env = cliEnv(home, {PATH: `${bin}:${process.env.PATH}`});
	const script = async (shell: string) => {
		const result = await runCli(['completion', shell], {home});
		expect(result.code, result.stderr).toBe(0);
		return result.stdout;
	};

	return {home, env, script};
}

function shell(command: string, args: string[], env: Record<string, string>, input?: string): {status: number | null; stdout: string; stderr: string} {
	const result = spawnSync(command, args, {env, input, encoding: 'utf8', cwd: tempDir()});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('secrets-tui completion', () => {
	it('prints scripts that bash, zsh and fish parse, holding no name and no value', async () => {
		const {env, script} = await setUp();
		for (const [name, check] of [
			['bash', ['bash', '-n']],
			['zsh', ['zsh', '-n']],
			['fish', ['fish', '-n']],
		] as const) {
			const text = await script(name);
			const file = path.join(tempDir(), `completion.${name}`);
			fs.writeFileSync(file, text);
			const parsed = shell(check[0], [check[1], file], env);
			expect(parsed.status, `${name}: ${parsed.stderr}`).toBe(0);
			for (const secret of ['GITHUB_TOKEN', 'db-password', ...VALUES]) {
				expect(text).not.toContain(secret);
			}
		}
	});

	it('bash completes commands, options, secret names, environment names and files', async () => {
		const {env, script} = await setUp();
		const file = path.join(tempDir(), 'completion.bash');
		fs.writeFileSync(file, await script('bash'));
		const lines = [
			'secrets-tui g',
			'secrets-tui get ',
			'secrets-tui rm d',
			'secrets-tui exec --secret ',
			'secrets-tui exec --secret A --d',
			'secrets-tui run ',
			'secrets-tui run github --no',
			'secrets-tui completion ',
			'secrets-tui list --',
			'secrets-tui get A ',
			'secrets-tui store ',
		];
		const probe = lines.map((line) => `c ${line.split(' ').map((word) => `'${word}'`).join(' ')}`).join('\n');
		const result = shell('bash', ['-c', `source '${file}'\nc() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _secrets_tui; echo "\${COMPREPLY[*]}"; }\n${probe}`], env);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n').slice(0, -1)).toEqual([
			'get',
			'db-password GITHUB_TOKEN',
			'db-password',
			'db-password GITHUB_TOKEN',
			'--dry-run',
			'github python_env',
			// --no-color is every command's (a global option).
			'--no-redact --no-color',
			'bash zsh fish',
			'--store --all --values --json --names --expired --sort --expiring --no-color --help',
			'',
			'add list remove grant revoke',
		]);
	});

	it('fish completes the same', async () => {
		const {env, script} = await setUp();
		const file = path.join(tempDir(), 'completion.fish');
		fs.writeFileSync(file, await script('fish'));
		const complete = (line: string) =>
			shell('fish', ['-c', `source '${file}'; complete -C '${line}'`], env)
				.stdout.split('\n')
				.filter(Boolean)
				.map((row) => row.split('\t')[0])
				.sort();
		expect(complete('secrets-tui ')).toEqual(expect.arrayContaining(['set', 'get', 'list', 'ls', 'exec', 'run', 'completion']));
		expect(complete('secrets-tui get ')).toEqual(['GITHUB_TOKEN', 'db-password'].sort());
		expect(complete('secrets-tui exec --secret ')).toEqual(['GITHUB_TOKEN', 'db-password'].sort());
		expect(complete('secrets-tui run ')).toEqual(['github', 'python_env']);
		expect(complete('secrets-tui list --')).toEqual(['--all', '--expired', '--expiring', '--help', '--json', '--names', '--no-color', '--sort', '--store', '--values']);
		expect(complete('secrets-tui store ')).toEqual(['add', 'grant', 'list', 'remove', 'revoke']);
		expect(complete('secrets-tui completion ')).toEqual(['bash', 'fish', 'zsh']);
	});

	it('zsh completes secret names at a real prompt', async () => {
		const {env, script} = await setUp();
		const zdot = tempDir();
		fs.writeFileSync(path.join(zdot, 'completion.zsh'), await script('zsh'));
		fs.writeFileSync(path.join(zdot, '.zshrc'), `autoload -U compinit; compinit -u\nsource '${zdot}/completion.zsh'\nPS1='ready> '\n`);
		const zsh = pty.spawn('zsh', ['-i'], {env: {...env, ZDOTDIR: zdot, TERM: 'xterm'}, cols: 100, rows: 20, cwd: zdot});
		let output = '';
		zsh.onData((data) => (output += data));
		const until = async (text: string) => {
			for (let tries = 0; tries < 200 && !output.includes(text); tries++) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}

			return output;
		};

		try {
			await until('ready> ');
			output = '';
			zsh.write('secrets-tui get \t');
			expect(await until('db-password')).toMatch(/GITHUB_TOKEN\s+db-password|db-password\s+GITHUB_TOKEN/);
			zsh.write('\u0003');
			await until('ready> ');
			output = '';
			zsh.write('secrets-tui run \t');
			expect(await until('python_env')).toMatch(/github\s+python_env/);
			expect(output).not.toContain(VALUES[0]);
		} finally {
			zsh.kill();
		}
	});

	it('lists names only with list --names and envs --names', async () => {
		const {home} = await setUp();
		expect((await runCli(['list', '--names'], {home})).stdout).toBe('db-password\nGITHUB_TOKEN\n');
		expect((await runCli(['envs', '--names'], {home})).stdout).toBe('github\npython_env\n');
		const both = await runCli(['list', '--names', '--values'], {home});
		expect(both.code).toBe(2);
		expect(both.stdout).toBe('');
	});

	it('refuses a shell it does not know, with a sentence', async () => {
		const result = await runCli(['completion', 'tcsh'], {home: tempHome()});
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('secrets-tui: There is no completion for "tcsh"; choose one of bash, zsh, fish, as in: secrets-tui completion bash.\n');
	});
});
