// `secrets-tui completion bash|zsh|fish`: each script parses in its shell and, run by that shell,
// completes commands, options, secret names and environment names (never a value).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pty from '@lydell/node-pty';
import {describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {requireRoot} from '../../helpers/users.js';

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

/** What fish's own completion engine offers for a line (complete -C), sorted. */
function fishCompleter(file: string, env: Record<string, string>): (line: string) => string[] {
	return (line) =>
		shell('fish', ['-c', `source '${file}'; complete -C '${line}'`], env)
			.stdout.split('\n')
			.filter(Boolean)
			.map((row) => row.split('\t')[0]!)
			.sort();
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
		const complete = fishCompleter(file, env);
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
		const zsh = await zshPrompt(await script('zsh'), env);
		try {
			expect(await zsh.type('secrets-tui get ', '\t', /db-password/)).toMatch(/GITHUB_TOKEN\s+db-password|db-password\s+GITHUB_TOKEN/);
			const run = await zsh.type('secrets-tui run ', '\t', /python_env/);
			expect(run).toMatch(/github\s+python_env/);
			expect(run).not.toContain(VALUES[0]);
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

const RUN_YAML = `- name: python_env
  executables:
    - label: python_script
      instances: [{command: 'true'}]
    - label: jupyter
      instances: [{command: 'true'}]
- name: matlab_env
  specifiers: {version: R2023b}
  executables:
    - label: run_mtex
      instances: [{command: 'true'}]
- name: matlab_env
  specifiers: {version: R2024a, site: csf3}
  executables:
    - label: run_mtex
      instances: [{command: 'true'}]
    - label: matlab
      instances: [{command: 'true'}]
`;

/** setUp's store, with rename's secrets, environments that have executables and specifiers, and a team store lab. */
async function setUpRun(): Promise<Awaited<ReturnType<typeof setUp>>> {
	requireRoot();
	const ready = await setUp();
	fs.writeFileSync(path.join(ready.home, 'environments.yaml'), RUN_YAML, {mode: 0o600});
	expect((await runCli(['store', 'add', 'lab', path.join(tempDir(), 'lab'), '--group', 'root'], {home: ready.home})).code).toBe(0);
	expect((await runCli(['set', 'lab/wandb', 'team-value'], {home: ready.home})).code).toBe(0);
	return ready;
}

/** An interactive shell in a pty: type a line and Tab, read what it printed, then Ctrl+C back to the prompt. */
async function interactive(command: string, args: string[], env: Record<string, string>, prompt: string) {
	const shellPty = pty.spawn(command, args, {env: {...env, TERM: 'xterm'}, cols: 200, rows: 30, cwd: tempDir()});
	let output = '';
	// What the shell showed, without its colour and cursor escapes.
	shellPty.onData((data) => (output += data.replaceAll(/\u001B(\[[0-9;?]*[ -/]*[@-~]|[=>])/g, '')));
	const until = async (test: (text: string) => boolean) => {
		for (let tries = 0; tries < 200 && !test(output); tries++) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}

		return output;
	};

	await until((text) => text.includes(prompt));
	return {
		/** Types `line` and `keys` (Tabs), and waits until the output shows `expected`. */
		async type(line: string, keys: string, expected: RegExp): Promise<string> {
			output = '';
			shellPty.write(line + keys);
			const seen = await until((text) => expected.test(text));
			shellPty.write('\u0003');
			await until((text) => text.lastIndexOf(prompt) > text.lastIndexOf(line));
			return seen;
		},
		kill: () => shellPty.kill(),
	};
}

/** An interactive zsh with compinit and the script loaded. */
async function zshPrompt(script: string, env: Record<string, string>) {
	const zdot = tempDir();
	fs.writeFileSync(path.join(zdot, 'completion.zsh'), script);
	fs.writeFileSync(path.join(zdot, '.zshrc'), `autoload -U compinit; compinit -u\nsource '${zdot}/completion.zsh'\nPS1='ready> '\n`);
	return interactive('zsh', ['-i'], {...env, ZDOTDIR: zdot}, 'ready> ');
}

describe('completion of rename, executables and --spec', () => {
	it('bash: rename/mv take secret names (lab/NAME too), run ENV <Tab> its executables, --spec its KEY=VALUE', async () => {
		const {env, script} = await setUpRun();
		const file = path.join(tempDir(), 'completion.bash');
		fs.writeFileSync(file, await script('bash'));
		// The words as bash hands them over: version=R2 is split at = (COMP_WORDBREAKS).
		const lines = [
			['secrets-tui', 'rename', ''],
			['secrets-tui', 'mv', 'db-password', 'G'],
			['secrets-tui', 'rename', 'la'],
			['secrets-tui', 'run', 'python_env', ''],
			['secrets-tui', 'run', 'matlab_env', ''],
			['secrets-tui', 'submit', 'matlab_env', '--spec', 'version=R2023b', ''],
			['secrets-tui', 'run', 'matlab_env', '--spec', ''],
			['secrets-tui', 'run', 'matlab_env', '--spec', 'version', '=', 'R2024'],
			['secrets-tui', 'run', '--spec', ''],
			['secrets-tui', 'run', 'nope', ''],
			['secrets-tui', 'run', 'python_env', 'jupyter', ''],
		];
		const probe = lines.map((words) => `c ${words.map((word) => `'${word}'`).join(' ')}`).join('\n');
		const result = shell('bash', ['-c', `source '${file}'\nc() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _secrets_tui; echo "\${COMPREPLY[*]}"; }\n${probe}`], env);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n').slice(0, -1)).toEqual([
			'db-password GITHUB_TOKEN lab/wandb',
			'GITHUB_TOKEN',
			'lab/wandb',
			'python_script jupyter',
			'run_mtex matlab',
			'run_mtex matlab',
			'version=R2023b version=R2024a site=csf3',
			'R2024a',
			'version=R2023b version=R2024a site=csf3',
			'',
			'',
		]);
	});

	it('bash at a real prompt completes the value after --spec KEY= and the executable after ENV', async () => {
		const {env, script} = await setUpRun();
		const rc = path.join(tempDir(), 'bashrc');
		fs.writeFileSync(rc, `${await script('bash')}\nPS1='ready> '\n`);
		const bash = await interactive('bash', ['--noprofile', '--rcfile', rc, '-i'], env, 'ready> ');
		try {
			expect(await bash.type('secrets-tui run matlab_env --spec version=R2024', '\t', /version=R2024a /)).toContain('version=R2024a ');
			expect(await bash.type('secrets-tui run matlab_env --spec version=', '\t\t', /R2023b\s+R2024a/)).not.toContain('site=');
			expect(await bash.type('secrets-tui run python_env ', '\t\t', /jupyter\s+python_script/)).toMatch(/jupyter\s+python_script/);
			expect(await bash.type('secrets-tui mv la', '\t', /lab\/wandb /)).toContain('secrets-tui mv lab/wandb ');
		} finally {
			bash.kill();
		}
	});

	it('zsh at a real prompt completes the same', async () => {
		const {env, script} = await setUpRun();
		const zsh = await zshPrompt(await script('zsh'), env);
		try {
			expect(await zsh.type('secrets-tui rename ', '\t', /lab\/wandb/)).toMatch(/db-password\s+GITHUB_TOKEN\s+lab\/wandb|GITHUB_TOKEN\s+db-password\s+lab\/wandb/);
			expect(await zsh.type('secrets-tui run python_env ', '\t', /jupyter\s+python_script/)).toMatch(/jupyter\s+python_script/);
			expect(await zsh.type('secrets-tui run matlab_env --spec ', '\t', /site=csf3/)).toMatch(/site=csf3\s+version=R2023b\s+version=R2024a/);
			expect(await zsh.type('secrets-tui submit matlab_env --spec version=R2023', '\t', /version=R2023b /)).toContain('version=R2023b ');
		} finally {
			zsh.kill();
		}
	});

	it('fish completes the same', async () => {
		const {env, script} = await setUpRun();
		const file = path.join(tempDir(), 'completion.fish');
		fs.writeFileSync(file, await script('fish'));
		const complete = fishCompleter(file, env);
		expect(complete('secrets-tui rename ')).toEqual(['GITHUB_TOKEN', 'db-password', 'lab/wandb']);
		expect(complete('secrets-tui mv GITHUB_TOKEN ')).toEqual(['GITHUB_TOKEN', 'db-password', 'lab/wandb']);
		expect(complete('secrets-tui run python_env ')).toEqual(['jupyter', 'python_script']);
		expect(complete('secrets-tui run --spec version=R2023b matlab_env ')).toEqual(['matlab', 'run_mtex']);
		expect(complete('secrets-tui run matlab_env --spec ')).toEqual(['site=csf3', 'version=R2023b', 'version=R2024a']);
		expect(complete('secrets-tui submit matlab_env --spec version=R2024')).toEqual(['version=R2024a']);
		expect(complete('secrets-tui run --spec ')).toEqual(['site=csf3', 'version=R2023b', 'version=R2024a']);
		expect(complete('secrets-tui run nope ')).toEqual([]);
	});

	it('envs ENV --executables and envs [ENV] --specs print the names the scripts ask for', async () => {
		const {home} = await setUpRun();
		expect((await runCli(['envs', 'matlab_env', '--executables'], {home})).stdout).toBe('run_mtex\nmatlab\n');
		expect((await runCli(['envs', 'matlab_env', '--specs'], {home})).stdout).toBe('version=R2023b\nversion=R2024a\nsite=csf3\n');
		expect((await runCli(['envs', '--specs'], {home})).stdout).toBe('version=R2023b\nversion=R2024a\nsite=csf3\n');
		expect((await runCli(['envs', 'matlab_env', '--names'], {home})).stdout).toBe('matlab_env\n');
		const missing = await runCli(['envs', 'matlab', '--executables'], {home});
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('There is no environment matlab in ');
		const none = await runCli(['envs', '--executables'], {home});
		expect(none.code).toBe(2);
		expect(none.stderr).toBe('secrets-tui: --executables lists the executables of one environment; name it, as in: secrets-tui envs python_env --executables.\n');
		expect((await runCli(['envs', '--names', '--specs'], {home})).code).toBe(2);
		const one = await runCli(['envs', 'python_env'], {home});
		expect(one.stdout).toContain('python_env\n');
		expect(one.stdout).not.toContain('matlab_env');
	});
});
