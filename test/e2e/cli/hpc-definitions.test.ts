// Real-world hpcflow/matflow definitions (test/fixtures/definitions) run through the built program the way
// hpcflow runs them: a login shell whose ~/.bash_profile defines `module`, programs stood in for by a
// script that prints its arguments, one line each as [arg].
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {ROOT, runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/definitions');
const LINUX = path.join(FIXTURES, 'hpc-linux.yaml');
const WINDOWS = path.join(FIXTURES, 'matflow-windows.yaml');
const WANDB = 'wandb-key-0123456789';

// `module load NAME` as a module system's shell function does it: only a login shell defines it.
const BASH_PROFILE = `export PATH="$HOME/bin:$PATH"
module() {
  [ "$1" = load ] || return 0
  shift
  for m in "$@"; do
    case "$m" in *missing*) echo "ERROR: Unable to locate a modulefile for '$m'" >&2; return 1;; esac
    LOADEDMODULES="\${LOADEDMODULES:+$LOADEDMODULES:}$m"
  done
  export LOADEDMODULES
}
`;

const SHOW_ARGS = `#!/bin/sh
printf '%s' "$(basename "$0")"
for arg in "$@"; do printf ' [%s]' "$arg"; done
printf '\\nmodules=%s\\n' "$LOADEDMODULES"
`;

let home: string;
let userHome: string;
let work: string;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(args, {home, cwd: work, env: {HOME: userHome, PATH: `${path.join(userHome, 'bin')}:${process.env.PATH}`, XDG_RUNTIME_DIR: tempDir('secrets-tui-runtime-'), ...env}, timeoutMs: 30_000});
}

const login = {SECRETS_TUI_SHELL: 'bash --login'};

beforeEach(async () => {
	home = tempHome();
	fs.mkdirSync(home, {mode: 0o700});
	userHome = tempDir('secrets-tui-user-home-');
	work = tempDir('secrets-tui-work-');
	fs.writeFileSync(path.join(userHome, '.bash_profile'), BASH_PROFILE);
	fs.mkdirSync(path.join(userHome, 'bin'));
	const show = path.join(userHome, 'bin', 'show-args');
	fs.writeFileSync(show, SHOW_ARGS, {mode: 0o755});
	for (const name of ['python', 'matlab', 'mpirun', 'DAMASK_grid', 'abaqus', 'pwsh']) {
		fs.symlinkSync(show, path.join(userHome, 'bin', name));
	}

	fs.mkdirSync(path.join(work, 'my scripts'));
	fs.writeFileSync(path.join(work, 'my scripts', 'fit_odf.m'), 'disp(1)\n');
	fs.writeFileSync(path.join(work, 'main.py'), 'print(1)\n');
	const set = await runCli(['set', 'WANDB_API_KEY', '-'], {home, input: WANDB});
	expect(set.code, set.stderr).toBe(0);
});

describe('login shells', () => {
	it("runs setup's `module load` with --shell 'bash --login', whose ~/.bash_profile defines module", async () => {
		const result = await cli(['run', 'python_env', '--envs', LINUX, '--shell', 'bash --login', '--script', 'main.py']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`python [${path.join(work, 'main.py')}]\nmodules=apps/python/3.11\n`);
		expect(result.code).toBe(0);
	});

	it('takes the shell from SECRETS_TUI_SHELL, then from settings.yaml beside the store; --shell wins', async () => {
		expect((await cli(['run', 'python_env', '--envs', LINUX, '--script', 'main.py'], login)).stdout).toContain('modules=apps/python/3.11');
		fs.writeFileSync(path.join(home, 'settings.yaml'), '# the shell for definitions\nshell: bash --login\n');
		expect((await cli(['run', 'python_env', '--envs', LINUX, '--script', 'main.py'])).stdout).toContain('modules=apps/python/3.11');
		const plain = await cli(['run', 'python_env', '--envs', LINUX, '--script', 'main.py', '--shell', 'bash']);
		expect(plain.stderr).toContain('module: command not found');
		expect(plain.code).toBe(127);
	});

	it('envs shows the shell that will run, and where it was chosen', async () => {
		expect((await cli(['envs', '--envs', LINUX])).stdout.split('\n')[1]).toBe('shell: bash (the default)');
		expect((await cli(['envs', '--envs', LINUX], login)).stdout.split('\n')[1]).toBe('shell: bash --login (SECRETS_TUI_SHELL)');
		expect((await cli(['envs', '--envs', LINUX, '--shell', 'pwsh'], login)).stdout.split('\n')[1]).toBe('shell: pwsh (the --shell option)');
	});
});

describe('a setup that fails', () => {
	it('stops the run before the command, names the environment and the status, and exits with it', async () => {
		// Without a login shell `module` is not defined: status 127, and python never starts.
		const result = await cli(['run', 'python_env', '--envs', LINUX, '--script', 'main.py']);
		expect(result.stdout).toBe('');
		// The shell's own message and secrets-tui's name setup's own line (it was line 3 for line 1), and say what to do.
		expect(result.stderr).toContain('line 1: module: command not found');
		expect(result.stderr).toContain(
			`secrets-tui: The setup of python_env failed with status 127 at its line 1, which calls \`module\`: \`module\` is defined by a login shell's startup files, so run a login shell: --shell 'bash --login', or put the line \`shell: bash --login\` in ${path.join(home, 'settings.yaml')}; its command did not run.`,
		);
		expect(result.code).toBe(127);
	});

	it('stops at the first failing line of a multi-line setup (cd ~/missing), later lines do not run', async () => {
		const defs = path.join(work, 'envs.yaml');
		fs.writeFileSync(defs, `- name: e\n  setup: |\n    cd ~/missing\n    touch ${path.join(work, 'after')}\n  executables:\n    - label: x\n      instances:\n        - command: pwd\n`);
		const result = await cli(['run', 'e', '--envs', defs]);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/missing.*No such file or directory/);
		expect(result.stderr).toContain('secrets-tui: The setup of e failed with status 1; its command did not run.');
		expect(result.code).toBe(1);
		expect(fs.existsSync(path.join(work, 'after'))).toBe(false);
	});

	it('reports a module that fails to load under a login shell', async () => {
		const defs = path.join(work, 'envs.yaml');
		fs.writeFileSync(defs, '- name: e\n  setup: |\n    module load apps/missing/1.0\n  executables:\n    - label: x\n      instances:\n        - command: python run.py\n');
		const result = await cli(['run', 'e', '--envs', defs], login);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain("ERROR: Unable to locate a modulefile for 'apps/missing/1.0'");
		expect(result.stderr).toContain('The setup of e failed with status 1');
		expect(result.code).toBe(1);
	});

	it("leaves the command's own failures alone: its status is the run's", async () => {
		const defs = path.join(work, 'envs.yaml');
		fs.writeFileSync(defs, '- name: e\n  setup: export X=1\n  executables:\n    - label: x\n      instances:\n        - command: |\n            false\n            echo "went on $X"\n            exit 3\n');
		const result = await cli(['run', 'e', '--envs', defs]);
		expect(result.stdout).toBe('went on 1\n');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(3);
	});
});

describe('placeholders', () => {
	it('fills a matflow MATLAB -batch "..." string: args joined by spaces and escaped, never literal quotes', async () => {
		const result = await cli(['run', 'matlab_env', 'run_mtex', '--envs', LINUX, '--spec', 'version=R2024a', '--script', 'my scripts/fit_odf.m', '--', 'a b', '"q"', '$HOME'], login);
		expect(result.stderr).toBe('');
		const dir = path.join(work, 'my scripts');
		expect(result.stdout).toBe(`matlab [-softwareopengl] [-singleCompThread] [-batch] [addpath('${dir}'); fit_odf a b "q" $HOME]\nmodules=apps/matlab/R2024a\n`);
		expect(result.code).toBe(0);
	});

	it('keeps each argument one word outside quotes, and quotes a value with a space outside quotes', async () => {
		const result = await cli(['run', 'python_env', '--envs', LINUX, '--param', "script_path=my scripts/it's.py", '--', 'a b', "it's", '$HOME'], login);
		expect(result.stdout.split('\n')[0]).toBe("python [my scripts/it's.py] [a b] [it's] [$HOME]");
	});

	it('fills <<num_cores>> with --cores, and with 1 without it', async () => {
		const many = await cli(['run', 'damask_env', '--envs', LINUX, '--cores', '8'], login);
		expect(many.stdout.split('\n')[0]).toBe('mpirun [-n] [8] [DAMASK_grid] [--load] [load.yaml] [--geom] [geom.vti]');
		const one = await cli(['run', 'damask_env', '--envs', LINUX], login);
		expect(one.stdout.split('\n')[0]).toBe('DAMASK_grid [--load] [load.yaml] [--geom] [geom.vti]');
		expect(one.stdout.split('\n')[1]).toBe('modules=mpi/openmpi/4.1.0');
	});

	it('fills the four script placeholders from --script (made absolute); --param wins over them', async () => {
		const defs = path.join(work, 'envs.yaml');
		fs.writeFileSync(defs, "- name: e\n  executables:\n    - label: x\n      instances:\n        - command: printf '%s|' <<script_path>> <<script_dir>> <<script_name>> <<script_name_no_ext>>\n");
		const dir = path.join(work, 'my scripts');
		const result = await cli(['run', 'e', '--envs', defs, '--script', 'my scripts/fit_odf.m']);
		expect(result.stdout).toBe(`${dir}/fit_odf.m|${dir}|fit_odf.m|fit_odf|`);
		const overridden = await cli(['run', 'e', '--envs', defs, '--script', 'my scripts/fit_odf.m', '--param', 'script_name=other.m']);
		expect(overridden.stdout).toBe(`${dir}/fit_odf.m|${dir}|other.m|fit_odf|`);
		const missing = await cli(['run', 'e', '--envs', defs, '--script', 'nope.m']);
		expect(missing.stderr).toBe(`secrets-tui: There is no script at ${path.join(work, 'nope.m')} (--script); give the path of an existing file.\n`);
		expect(missing.code).toBe(1);
	});
});

describe('which instance', () => {
	it('without --cores takes the first instance whose num_cores holds 1, and --dry-run says so', async () => {
		const result = await cli(['run', 'abaqus_env', '--envs', LINUX, '--param', 'job=beam', '--dry-run']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Instance: 2 of 2 of abaqus (num_cores: 1), the first whose num_cores holds 1, as --cores is not given; on 1 core');
		expect(result.stdout).toContain('abaqus job=beam interactive');
		const eight = await cli(['run', 'abaqus_env', '--envs', LINUX, '--param', 'job=beam', '--cores', '8', '--dry-run']);
		expect(eight.stdout).toContain('Instance: 1 of 2 of abaqus (num_cores: 2-16), the first whose num_cores holds 8; on 8 cores');
		expect(eight.stdout).toContain('abaqus job=beam cpus=8 mp_mode=mpi interactive');
	});
});

describe('environments of one name told apart by specifiers', () => {
	it('refuses an ambiguous name, naming each candidate, and runs the one --spec chooses', async () => {
		const ambiguous = await cli(['run', 'matlab_env', '--envs', LINUX, '--script', 'my scripts/fit_odf.m'], login);
		expect(ambiguous.stderr).toBe(
			'secrets-tui: 2 environments are named matlab_env (version=R2023b; version=R2024a): choose one with --spec KEY=VALUE, as in --spec version=R2023b.\n',
		);
		expect(ambiguous.code).toBe(1);
		const old = await cli(['run', 'matlab_env', '--envs', LINUX, '--spec', 'version=R2023b', '--script', 'my scripts/fit_odf.m'], login);
		expect(old.stdout).toContain('modules=apps/matlab/R2023b');
		const none = await cli(['run', 'matlab_env', '--envs', LINUX, '--spec', 'version=R2099a'], login);
		expect(none.stderr).toBe('secrets-tui: No environment matlab_env has version=R2099a; the environments named matlab_env have (version=R2023b), (version=R2024a).\n');
		expect(none.code).toBe(1);
		const usage = await cli(['run', 'matlab_env', '--envs', LINUX, '--spec', 'R2023b']);
		expect(usage.code).toBe(2);
	});

	it('envs lists them with their specifiers, and does not call them duplicates', async () => {
		const result = await cli(['envs', '--envs', LINUX]);
		expect(result.stdout).toContain('\nmatlab_env (version=R2023b)\n');
		expect(result.stdout).toContain('\nmatlab_env (version=R2024a)\n');
		expect(result.stdout).not.toContain('defined more than once');
	});
});

describe('YAML anchors, aliases and merge keys', () => {
	it('resolves them before checking shapes: aliased setup, aliased instance, merged instance, aliased executables', async () => {
		const result = await cli(['envs', '--envs', LINUX]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`damask_parse_env\n  from ${LINUX}\n  secrets: none\n  setup: module load apps/python/3.11 (+1 more line)\n  executable python_script\n    python "<<script_path>>" <<args>>  (cores 1-32; needs --script PATH)`);
		expect(result.stdout).toContain('mpirun -n <<num_cores>> DAMASK_grid --load load.yaml --geom geom.vti  (cores 2-64; parallel mode MPI)');
		const parse = await cli(['run', 'damask_parse_env', '--envs', LINUX, '--script', 'main.py'], login);
		expect(parse.stdout).toBe(`python [${path.join(work, 'main.py')}]\nmodules=apps/python/3.11\n`);
	});

	it('keeps line numbers in errors (a value through an alias points at its anchor) and refuses unknown aliases', async () => {
		const defs = path.join(work, 'envs.yaml');
		fs.writeFileSync(defs, '- name: a\n  executables:\n    - label: x\n      instances: &bad\n        - num_cores: 1\n- name: b\n  executables:\n    - label: y\n      instances: *bad\n');
		const result = await cli(['envs', '--envs', defs]);
		expect(result.stderr).toBe(`secrets-tui: ${defs}, line 5: an instance of the executable x of a has no \`command\`.\n`);
		fs.writeFileSync(defs, '- name: a\n  setup: *nowhere\n');
		expect((await cli(['envs', '--envs', defs])).stderr).toBe(`secrets-tui: ${defs}, line 2: the alias *nowhere names no anchor &nowhere defined before it.\n`);
	});

	it('refuses an alias bomb (billion laughs) with a sentence, quickly', async () => {
		let bomb = '- name: a\n  doc: &a [x, x, x, x, x, x, x, x, x]\n';
		let previous = 'a';
		for (const name of 'bcdefghi') {
			bomb += `  ${name}: &${name} [${Array.from({length: 9}, () => `*${previous}`).join(', ')}]\n`;
			previous = name;
		}

		const defs = path.join(work, 'envs.yaml');
		fs.writeFileSync(defs, bomb);
		const result = await cli(['envs', '--envs', defs]);
		expect(result.stderr).toMatch(/^secrets-tui: .*envs\.yaml, line 1: its aliases would add more than 100,000 values to it; this looks like a resource exhaustion attack .*\.\n$/);
		expect(result.code).toBe(1);
	});

	it('refuses few aliases of a large anchor: 99 aliases of a million-item list (2 MB), before parsing it', async () => {
		// The yaml library's own limit counts aliases (100), not what they hold: this took 39 s and 3 GB.
		const defs = path.join(work, 'envs.yaml');
		const million = Array.from({length: 1_000_000}, () => '1').join(',');
		fs.writeFileSync(defs, `- name: a\n  x: &big [${million}]\n  y: [${Array.from({length: 99}, () => '*big').join(', ')}]\n`);
		const result = await cli(['envs', '--envs', defs]);
		expect(result.stderr).toBe(
			`secrets-tui: ${defs}: it holds more than 100,000 values and 99 aliases that could multiply them; this looks like a resource exhaustion attack ("billion laughs"), so it was not read.\n`,
		);
		expect(result.code).toBe(1);
	});

	it('counts what aliases add, not how many there are: 99 aliases of a 2,000-item list are refused, 20 are read', async () => {
		const defs = path.join(work, 'envs.yaml');
		const items = Array.from({length: 2000}, () => '1').join(',');
		const file = (aliases: number) => `- name: a\n  x: &big [${items}]\n  y: [${Array.from({length: aliases}, () => '*big').join(', ')}]\n  executables: []\n`;
		fs.writeFileSync(defs, file(99));
		const refused = await cli(['envs', '--envs', defs]);
		expect(refused.stderr).toBe(
			`secrets-tui: ${defs}, line 1: its aliases would add more than 100,000 values to it; this looks like a resource exhaustion attack ("billion laughs"), so it was not expanded.\n`,
		);
		expect(refused.code).toBe(1);
		fs.writeFileSync(defs, file(20));
		const read = await cli(['envs', '--envs', defs]);
		expect(read.stderr).toBe('');
		expect(read.code).toBe(0);
	});
});

describe('--dry-run with missing secrets', () => {
	it('shows the whole plan with the missing names marked, then exits 1', async () => {
		await runCli(['delete', 'WANDB_API_KEY'], {home});
		const result = await cli(['run', 'python_env', '--envs', LINUX, '--dry-run']);
		expect(result.stdout).toContain(`Environment: python_env, from ${LINUX}\n`);
		expect(result.stdout).toContain('Instance: 1 of 1 of python_script (num_cores: 1-32), the first whose num_cores holds 1, as --cores is not given; on 1 core');
		expect(result.stdout).toContain('Would run: bash -c ');
		expect(result.stdout).toContain('Variables: WANDB_API_KEY [missing from the store]');
		expect(result.stderr).toContain('needs a value for <<script_path>>');
		expect(result.stderr).toContain('python_env needs a secret that is not in the store');
		expect(result.code).toBe(1);
	});
});

describe('a secret key that is not a variable name', () => {
	it('fails only its environment, when it is run, with the VAR=name fix; envs shows it; the others run', async () => {
		const envs = await cli(['envs', '--envs', LINUX]);
		expect(envs.code).toBe(0);
		expect(envs.stdout).toContain(`portal_env\n  from ${LINUX}\n  cannot run: line 83: in its secrets: "2fa_portal_token" cannot be an environment variable's name`);
		const run = await cli(['run', 'portal_env', '--envs', LINUX]);
		expect(run.stderr).toBe(
			`secrets-tui: The environment portal_env cannot run: ${LINUX}, line 83: in its secrets: "2fa_portal_token" cannot be an environment variable's name (letters, digits and _, not starting with a digit); write VAR=2fa-portal-token to choose the variable.\n`,
		);
		expect(run.code).toBe(1);
		expect((await cli(['run', 'damask_env', '--envs', LINUX], login)).code).toBe(0);
	});
});

describe('Windows (PowerShell) definitions', () => {
	it('load, and with pwsh as the shell the command is built for PowerShell', async () => {
		const result = await cli(['run', 'matlab_env', '--envs', WINDOWS, '--shell', 'pwsh -NoProfile', '--script', 'my scripts/fit_odf.m', '--', "it's", 'a b']);
		expect(result.code).toBe(0);
		const [first] = result.stdout.split('\n');
		expect(first).toMatch(/^pwsh \[-NoProfile\] \[-Command\] \[/);
		const dir = path.join(work, 'my scripts');
		expect(result.stdout).toContain(`$env:MTEX_DIR = 'C:\\toolboxes\\mtex-6.0'`);
		expect(result.stdout).toContain(`& 'C:\\Program Files\\MATLAB\\R2024a\\bin\\matlab.exe' -batch "addpath('${dir}'); fit_odf it's a b"`);
		expect(result.stdout).toContain("$ErrorActionPreference = 'Stop'");
	});

	it('with bash as the shell, says in one sentence that the definition needs PowerShell', async () => {
		const result = await cli(['run', 'matlab_env', '--envs', WINDOWS, '--script', 'my scripts/fit_odf.m']);
		expect(result.stderr.split('\n')[0]).toBe(
			"secrets-tui: warning: matlab_env is written for PowerShell ($env:, & '...'), but the shell is bash: give --shell pwsh (or SECRETS_TUI_SHELL=pwsh) to run it there.",
		);
		const python = await cli(['run', 'python_env', '--envs', WINDOWS, '--script', 'main.py']);
		expect(python.stderr).toBe('');
	});
});
