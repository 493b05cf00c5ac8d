// run, exec and envs through the built program, as a person or a script uses them.
import fs from 'node:fs';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {beforeEach, describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli, type CliResult} from '../../helpers/cli.js';
import {MATFLOW_STYLE} from '../../helpers/fixtures.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const TOKEN = 'ghp_T0ken-Value-123456';
const NODE = process.execPath;
let home: string;
let runtime: string;

async function set(name: string, value: string): Promise<void> {
	const result = await runCli(['set', name, '-'], {home, input: value});
	expect(result.code, result.stderr).toBe(0);
}

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(args, {home, env: {XDG_RUNTIME_DIR: runtime, ...env}, timeoutMs: 30_000});
}

function writeDefs(text: string): string {
	const file = path.join(home, 'environments.yaml');
	fs.writeFileSync(file, text);
	return file;
}

beforeEach(async () => {
	home = tempHome();
	fs.mkdirSync(home, {mode: 0o700});
	runtime = tempDir('secrets-tui-runtime-');
	await set('GITHUB_TOKEN', TOKEN);
});

describe('secrets-tui exec', () => {
	it('injects NAME and VAR=NAME, redacts the output, keeps stdout and stderr apart', async () => {
		await set('db-pass', 'hunter2-but-longer');
		const script = 'console.log("out", process.env.GITHUB_TOKEN); console.error("err", process.env.PGPASSWORD)';
		const result = await cli(['exec', '--secret', 'GITHUB_TOKEN', '--secret', 'PGPASSWORD=db-pass', '--', NODE, '-e', script]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('out [secret:GITHUB_TOKEN]\n');
		expect(result.stderr).toBe('err [secret:db-pass]\n');
	});

	it('maps a name with - or . to its variable as the run panel does (db-password is $db_password), and --dry-run shows it', async () => {
		await set('db-password', 'hunter2-but-longer');
		const result = await cli(['exec', '--secret', 'db-password', '--', NODE, '-e', 'console.log(process.env.db_password === "hunter2-but-longer")']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('true\n');
		const dry = await cli(['exec', '--secret', 'db-password', '--dry-run', '--', 'true']);
		expect(dry.stdout).toContain('Variables: db-password → $db_password\n');
		const run = await cli(['run', 'db', '--dry-run', '--envs', writeDefs('- name: db\n  secrets: [db-password, a.b]\n  executables:\n    - label: x\n      instances:\n        - command: "true"\n')]);
		expect(run.stdout).toContain('Variables: db-password → $db_password, a.b → $a_b [missing from the store]\n');
	});

	it('gives a secret file with --secret-file and removes it afterwards', async () => {
		const script = 'const fs = require("fs"); console.log(process.env.KEY_FILE); console.log(fs.readFileSync(process.env.KEY_FILE, "utf8").length)';
		const result = await cli(['exec', '--secret-file', 'KEY_FILE=GITHUB_TOKEN', '--', NODE, '-e', script]);
		expect(result.code).toBe(0);
		const [file, length] = result.stdout.trim().split('\n');
		expect(file!.startsWith(runtime)).toBe(true);
		expect(Number(length)).toBe(TOKEN.length);
		expect(fs.existsSync(path.dirname(file!))).toBe(false);
	});

	it('passes the exit code on, and 128 + n for a signal', async () => {
		expect((await cli(['exec', '--secret', 'GITHUB_TOKEN', '--', 'sh', '-c', 'exit 7'])).code).toBe(7);
		expect((await cli(['exec', '--secret', 'GITHUB_TOKEN', '--', 'sh', '-c', 'kill -TERM $$'])).code).toBe(143);
		expect((await cli(['exec', '--secret', 'GITHUB_TOKEN', '--', 'sh', '-c', 'kill -HUP $$'])).code).toBe(129);
	});

	it('when its output closes early, the child gets SIGPIPE as without secrets-tui (141), no crash', async () => {
		const script = `"${NODE}" "${CLI}" exec --secret GITHUB_TOKEN -- yes | head -1; echo "rc=\${PIPESTATUS[0]}"`;
		const result = await new Promise<{stdout: string; stderr: string}>((resolve) => {
			const proc = spawn('bash', ['-c', script], {env: cliEnv(home, {XDG_RUNTIME_DIR: runtime}), stdio: ['ignore', 'pipe', 'pipe']});
			let stdout = '';
			let stderr = '';
			proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
			proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			proc.on('close', () => resolve({stdout, stderr}));
		});
		expect(result.stdout).toBe('y\nrc=141\n');
		expect(result.stderr).toBe('');
	});

	it('names every missing secret at once and runs nothing', async () => {
		const marker = path.join(runtime, 'ran');
		const result = await cli(['exec', '--secret', 'NOPE_ONE', '--secret', 'GITHUB_TOKEN', '--secret', 'X=nope-two', '--', 'touch', marker]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^secrets-tui: The command needs 2 secrets that are not in the store \(.*\): NOPE_ONE, nope-two\./);
		// The fix names each real secret, never NAME.
		expect(result.stderr).toContain('Add them with `secrets-tui set NOPE_ONE`, `secrets-tui set nope-two`; nothing was run.');
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(fs.existsSync(marker)).toBe(false);
	});

	it('refuses a value over 128 KiB as a variable and suggests the file form', async () => {
		await set('BIG', 'b'.repeat(130 * 1024));
		const result = await cli(['exec', '--secret', 'BIG', '--', 'true']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('--secret-file BIG=BIG');
		expect((await cli(['exec', '--secret-file', 'BIG=BIG', '--', 'true'])).code).toBe(0);
	});

	it('prints a dry run with names only, never a value, and runs nothing', async () => {
		const marker = path.join(runtime, 'ran');
		const result = await cli(['exec', '--dry-run', '--secret', 'GH=GITHUB_TOKEN', '--secret-file', 'F=GITHUB_TOKEN', '--', 'touch', marker]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Would run: touch ${marker}`);
		expect(result.stdout).toContain('Variables: GITHUB_TOKEN → $GH');
		expect(result.stdout).toContain('Secret files: GITHUB_TOKEN → file, path in $F');
		expect(result.stdout + result.stderr).not.toContain(TOKEN);
		expect(fs.existsSync(marker)).toBe(false);
	});

	it('--no-redact hands the output over as it is', async () => {
		const result = await cli(['exec', '--no-redact', '--secret', 'GITHUB_TOKEN', '--', 'sh', '-c', 'printf %s "$GITHUB_TOKEN"']);
		expect(result.stdout).toBe(TOKEN);
	});

	it('warns before launch about a value too short to redact', async () => {
		await set('PIN', '42');
		const result = await cli(['exec', '--secret', 'PIN', '--', 'true']);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^secrets-tui: warning: The secret PIN is shorter than 4 characters/);
	});

	it('explains usage mistakes', async () => {
		expect((await cli(['exec', '--secret', 'GITHUB_TOKEN'])).stderr).toContain('Give the command to run after --');
		expect((await cli(['exec', '--secret', '2fa-token', '--', 'true'])).stderr).toContain('write VAR=2fa-token');
		const unknown = await cli(['exec', '--secrets', 'X', '--', 'true']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toBe('secrets-tui: Unknown option --secrets for secrets-tui exec (did you mean --secret?); `secrets-tui exec --help` lists its options.\n');
		expect((await cli(['run', 'a', '--cores'])).stderr).toContain('The option --cores needs a value');
		expect((await cli(['run', 'a', '--cores', 'many'])).stderr).toContain('The option --cores takes a number, not "many", as in --cores 4.');
		expect((await cli(['run'])).code).toBe(2);
		expect((await cli(['envs', 'python_env', 'extra'])).stderr).toContain('Too many arguments: secrets-tui envs takes [ENV]; remove "extra"');
		for (const command of ['run', 'exec', 'envs']) {
			const help = await cli([command, '--help']);
			expect(help.code).toBe(0);
			expect(help.stdout).toMatch(new RegExp(`^Usage\\n  \\$ secrets-tui ${command} `));
		}
	});
});

describe('secrets-tui run', () => {
	beforeEach(async () => {
		await set('hpc-api-token', 'api-token-abcdefgh');
		await set('wandb', 'wandb-key-0987654321');
		await set('ssh-key', '-----BEGIN KEY-----\nkey body\n-----END KEY-----\n');
	});

	it('runs setup then command in bash with the secrets, args and params, redacted', async () => {
		writeDefs(`
- name: demo
  setup:
    - GREETING=hello
  secrets:
    - GITHUB_TOKEN
    - API=hpc-api-token
    - {secret: ssh-key, file: KEY_FILE}
  executables:
    - label: show
      instances:
        - command: 'echo "$GREETING <<who>> $GITHUB_TOKEN $API" <<args>>; head -1 "$KEY_FILE"; exit 4'
`);
		const result = await cli(['run', 'demo', '--param', 'who=world', '--', 'a b', "c'd"]);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe("hello world [secret:GITHUB_TOKEN] [secret:hpc-api-token] a b c'd\n-----BEGIN KEY-----\n");
		expect(result.code).toBe(4);
		expect(fs.readdirSync(runtime).filter((name) => name.startsWith('secrets-tui-'))).toEqual([]);
	});

	it('dry-runs a matflow-style file with ranges and placeholders, never showing a value', async () => {
		writeDefs(MATFLOW_STYLE);
		const result = await cli(['run', 'python_env', 'mpi_run', '--cores', '16', '--param', 'mode=fast', '--dry-run', '--', 'in.dat']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('mpirun -n 8 ./solver --mode fast in.dat');
		expect(result.stdout).toContain('Variables: GITHUB_TOKEN, hpc-api-token → $API_TOKEN, wandb → $WANDB_API_KEY');
		expect(result.stdout).toContain('Secret files: ssh-key → file, path in $SSH_KEY_FILE');
		for (const value of [TOKEN, 'api-token-abcdefgh', 'wandb-key-0987654321', 'key body']) {
			expect(result.stdout + result.stderr).not.toContain(value);
		}
	});

	it('says what is wrong before launch: unknown names, a missing EXECUTABLE, an unfilled placeholder, missing secrets', async () => {
		writeDefs(MATFLOW_STYLE);
		expect((await cli(['run', 'nope'])).stderr).toMatch(/There is no environment nope in .*; it defines python_env, dream_3D_env, empty_env\./);
		expect((await cli(['run', 'python_env'])).stderr).toMatch(/has several executables \(python_script, mpi_run\)/);
		const unfilled = await cli(['run', 'python_env', 'python_script']);
		expect(unfilled.code).toBe(1);
		expect(unfilled.stderr).toContain('give --script PATH (or --param script_name=VALUE)');
		await runCli(['delete', 'wandb'], {home});
		await runCli(['delete', 'ssh-key'], {home});
		const missing = await cli(['run', 'python_env', 'python_script', '--param', 'script_name=x.py']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/python_env needs 2 secrets that are not in the store .*: wandb, ssh-key\./);
		expect((await cli(['run', 'python_env', 'mpi_run', '--cores', '7'])).stderr).toContain('No instance of python_env/mpi_run runs on 7 cores');
	});

	it('reports a broken file with its name and line, and a missing file with where to put it', async () => {
		const file = writeDefs('- name: a\n  executables:\n    - label: x\n      instances:\n        - num_cores: 1\n');
		const broken = await cli(['run', 'a']);
		expect(broken.code).toBe(1);
		expect(broken.stderr).toBe(`secrets-tui: ${file}, line 5: an instance of the executable x of a has no \`command\`.\n`);
		const missing = await cli(['run', 'a', '--envs', path.join(runtime, 'none.yaml')]);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain(`There are no environment definitions at ${path.join(runtime, 'none.yaml')}`);
	});

	it('finds the file through SECRETS_TUI_ENVS', async () => {
		const file = path.join(runtime, 'elsewhere.yaml');
		fs.writeFileSync(file, '- name: e\n  executables:\n    - label: x\n      instances:\n        - command: echo from elsewhere\n');
		const result = await cli(['run', 'e'], {SECRETS_TUI_ENVS: file});
		expect(result.stdout).toBe('from elsewhere\n');
	});
});

describe('secrets-tui envs', () => {
	it('lists environments, executables, secrets and the missing ones, then warnings', async () => {
		writeDefs(`${MATFLOW_STYLE}
- name: leaky
  setup: export password=1234
  executables:
    - label: x
      instances:
        - command: echo ${TOKEN}
`);
		const result = await cli(['envs']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`python_env (version=3.11)\n  from ${path.join(home, 'environments.yaml')}\n  secrets: GITHUB_TOKEN, API_TOKEN=hpc-api-token, WANDB_API_KEY=wandb, SSH_KEY_FILE=<file of ssh-key>\n  missing from the store: hpc-api-token, wandb, ssh-key`);
		expect(result.stdout).toContain('executable mpi_run');
		expect(result.stdout).toContain('cores 2-64 in steps of 2');
		expect(result.stdout).toContain('needs --script PATH)');
		expect(result.stdout).toContain('needs --param mode=)');
		expect(result.stdout.split('\n')[1]).toBe('shell: bash (the default)');
		expect(result.stdout).toContain('other keys: setup_label: venv');
		const warnings = result.stdout.split('\n').filter((line) => line.startsWith('warning:'));
		expect(warnings).toEqual([
			'warning: the setup of leaky assigns password a literal value; keep it in the store and list it under secrets: instead.',
			'warning: the command of leaky/x contains the value of the stored secret GITHUB_TOKEN; definitions are shared: list GITHUB_TOKEN under secrets: and use its variable instead.',
		]);
		expect(result.stdout).toContain('    echo [secret:GITHUB_TOKEN]  (any number of cores)');
		expect(result.stdout).not.toContain(TOKEN);
	});

	it('shows control characters from the definitions file escaped, never raw', async () => {
		writeDefs('- name: "env\\e[2Jclear"\n  setup: "printf \\e]0;title\\a"\n');
		const result = await cli(['envs']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('env\\x1b[2Jclear');
		expect(result.stdout).toContain('setup: printf \\x1b]0;title\\x07');
		expect(result.stdout).not.toMatch(/[\u001B\u0007]/);
	});

	it('shows a setup line that holds a stored value with the value replaced by its marker', async () => {
		writeDefs(`- name: leaky\n  setup: export GH=${TOKEN} && echo ready\n`);
		const result = await cli(['envs']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('  setup: export GH=[secret:GITHUB_TOKEN] && echo ready\n');
		expect(result.stdout).toContain('warning: the setup of leaky contains the value of the stored secret GITHUB_TOKEN');
		expect(result.stdout).not.toContain(TOKEN);
	});
});

describe('signals', () => {
	// The child records the signals it gets in a file, then ends by the signal; secrets-tui must pass it on,
	// wait for the child, remove its secret files and exit with 128 + n.
	const child = `
const fs = require('fs');
const log = process.argv[1];
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		fs.appendFileSync(log, signal + ' ' + fs.existsSync(process.env.KEY_FILE) + '\\n');
		process.removeAllListeners(signal);
		setTimeout(() => process.kill(process.pid, signal), 100);
	});
}
console.log('ready ' + process.env.KEY_FILE);
setInterval(() => {}, 1000);
`;

	async function signalled(signal: NodeJS.Signals): Promise<{code: number | null; log: string; keyFile: string}> {
		const log = path.join(runtime, 'signals.log');
		const proc = spawn(NODE, [CLI, 'exec', '--secret-file', 'KEY_FILE=GITHUB_TOKEN', '--', NODE, '-e', child, log], {
			env: cliEnv(home, {XDG_RUNTIME_DIR: runtime}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const keyFile = await new Promise<string>((resolve, reject) => {
			proc.stdout.on('data', (chunk: Buffer) => {
				stdout += chunk.toString();
				const match = /ready (\S+)\n/.exec(stdout);
				if (match) {
					resolve(match[1]!);
				}
			});
			proc.on('close', () => reject(new Error(`ended before ready: ${stderr}`)));
		});
		proc.kill(signal);
		const code = await new Promise<number | null>((resolve) => proc.on('close', (exitCode) => resolve(exitCode)));
		return {code, log: fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', keyFile};
	}

	it('passes SIGTERM to the child, waits, removes the secret files and exits 143', async () => {
		const {code, log, keyFile} = await signalled('SIGTERM');
		expect(log).toBe('SIGTERM true\n');
		expect(code).toBe(143);
		expect(fs.existsSync(path.dirname(keyFile))).toBe(false);
	});

	it('passes SIGINT on when stdin is not a terminal (nothing else sent it), exit 130', async () => {
		const {code, log, keyFile} = await signalled('SIGINT');
		expect(log).toBe('SIGINT true\n');
		expect(code).toBe(130);
		expect(fs.existsSync(path.dirname(keyFile))).toBe(false);
	});

	it('passes SIGTERM to every process of a run, not only to bash', async () => {
		const log = path.join(runtime, 'grandchild.log');
		const grandchild = `process.on("SIGTERM", () => { require("fs").writeFileSync(${JSON.stringify(log)}, "SIGTERM"); process.exit(143); }); console.log("ready"); setInterval(() => {}, 1000)`;
		writeDefs(`- name: g\n  executables:\n    - label: x\n      instances:\n        - command: ${JSON.stringify(`${NODE} -e '${grandchild}'; echo after`)}\n`);
		const proc = spawn(NODE, [CLI, 'run', 'g'], {env: cliEnv(home, {XDG_RUNTIME_DIR: runtime}), stdio: ['ignore', 'pipe', 'pipe']});
		await new Promise<void>((resolve) => proc.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
		proc.kill('SIGTERM');
		const code = await new Promise<number | null>((resolve) => proc.on('close', (exitCode) => resolve(exitCode)));
		expect(fs.readFileSync(log, 'utf8')).toBe('SIGTERM');
		expect(code).toBe(143);
	});

	it('passes SIGHUP on, exit 129', async () => {
		const {code, log} = await signalled('SIGHUP');
		expect(log).toBe('SIGHUP true\n');
		expect(code).toBe(129);
	});
});
