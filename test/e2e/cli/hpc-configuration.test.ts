// A researcher's matflow configuration, as on CSF3, read with no flag at all: the environments of the
// configuration that fits this machine (and not of the one that does not), each from its own file, run in
// the login shell the configuration names, where ~/.bash_profile defines `module`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {csf3Configuration} from '../../helpers/fixtures.js';

const BASH_PROFILE = `module() {
  [ "$1" = load ] || return 0
  shift
  LOADEDMODULES="\${LOADEDMODULES:+$LOADEDMODULES:}$*"
  export LOADEDMODULES
}
`;

// hpcflow/matflow-configs manchester-CSF3.yaml's shape; the first configuration's hostname glob fits this machine.
const configYaml = (hostname: string) => `configs:
  elsewhere:
    invocation:
      match:
        hostname: [no-such-host-*, login*.other.cluster]
    config:
      environment_sources: [~/other/envs.yaml]
      default_shell: bash
${csf3Configuration('csf3', `${hostname.slice(0, 1)}*`, ['~/matflow/python_envs.yaml', 'envs/tools.yaml'])}`;

const PYTHON_ENVS = `- name: python_env
  setup: module load apps/python/3.11
  secrets:
    - API_TOKEN
  executables:
    - label: python_script
      instances:
        - command: 'echo "python in $0 with $LOADEDMODULES and \${#API_TOKEN} characters" <<args>>'
          num_cores: 1
          parallel_mode: null
`;

const TOOLS = `- name: tools
  setup: module load tools/1
  secret:
    - API_TOKEN
  executables:
    - label: show
      instances:
        - command: echo "token $API_TOKEN"
- name: python_env
  executables:
    - label: python_script
      instances:
        - command: echo "the second file's"
`;

let home: string;
let userHome: string;
const configFile = () => path.join(userHome, '.matflow-new', 'config.yaml');

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(args, {home, cwd: userHome, env: {HOME: userHome, MATFLOW_CONFIG_DIR: undefined, HPCFLOW_CONFIG_DIR: undefined, SECRETS_TUI_SHELL: undefined, ...env}, timeoutMs: 30_000});
}

beforeEach(async () => {
	home = tempHome();
	userHome = tempDir('secrets-tui-user-home-');
	fs.writeFileSync(path.join(userHome, '.bash_profile'), BASH_PROFILE);
	fs.mkdirSync(path.join(userHome, '.matflow-new', 'envs'), {recursive: true});
	fs.mkdirSync(path.join(userHome, 'matflow'));
	fs.mkdirSync(path.join(userHome, 'other'));
	fs.writeFileSync(configFile(), configYaml(os.hostname()));
	fs.writeFileSync(path.join(userHome, 'matflow', 'python_envs.yaml'), PYTHON_ENVS);
	fs.writeFileSync(path.join(userHome, '.matflow-new', 'envs', 'tools.yaml'), TOOLS);
	fs.writeFileSync(path.join(userHome, 'other', 'envs.yaml'), '- name: other_cluster_env\n  executables: []\n');
	expect((await runCli(['set', 'API_TOKEN', '-'], {home, input: 'token-0123456789'})).code).toBe(0);
});

describe('a matflow configuration that fits this machine', () => {
	it('runs with no flag: the environment from the first file, in the login shell the configuration names', async () => {
		const result = await cli(['run', 'python_env', '--', 'arg']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('python in bash with apps/python/3.11 and 16 characters arg\n');
		expect(result.code).toBe(0);
	});

	it('says in --dry-run which file each environment came from and which configuration chose the shell', async () => {
		const result = await cli(['run', 'python_env', '--dry-run']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Environment: python_env, from ${path.join(userHome, 'matflow', 'python_envs.yaml')}\n`);
		expect(result.stdout).toContain(`Shell: bash --login (the matflow configuration csf3 in ${configFile()})`);
	});

	it('lists in envs each file, each environment with its file, the shell and the duplicate and mistyped-key warnings', async () => {
		const result = await cli(['envs']);
		expect(result.code).toBe(0);
		const first = path.join(userHome, 'matflow', 'python_envs.yaml');
		const second = path.join(userHome, '.matflow-new', 'envs', 'tools.yaml');
		expect(result.stdout).toContain(`${first}: 1 environment\n${second}: 2 environments\nshell: bash --login (the matflow configuration csf3 in ${configFile()})\n`);
		expect(result.stdout).toContain(`\npython_env\n  from ${first}\n`);
		expect(result.stdout).toContain(`\ntools\n  from ${second}\n`);
		expect(result.stdout).not.toContain('other_cluster_env');
		expect(result.stdout).toContain(`warning: python_env is defined in ${first} and again in ${second}; \`run\` uses the one in ${first}.`);
		expect(result.stdout).toContain(`warning: the environment tools has \`secret:\`; did you mean \`secrets:\`? (${second}, line 3: secrets-tui does not read \`secret:\`).`);
		expect((await cli(['envs', '--names'])).stdout).toBe('python_env\ntools\n');
	});

	it('warns on run about a mistyped key instead of running with the variable silently empty', async () => {
		const result = await cli(['run', 'tools']);
		expect(result.stderr).toContain('did you mean `secrets:`?');
		expect(result.stdout).toBe('token \n');
	});

	it('lets --shell, SECRETS_TUI_SHELL and settings.yaml win over the configuration', async () => {
		expect((await cli(['run', 'python_env', '--dry-run', '--shell', 'sh'])).stdout).toContain('Shell: sh (the --shell option)');
		expect((await cli(['run', 'python_env', '--dry-run'], {SECRETS_TUI_SHELL: 'bash'})).stdout).toContain('Shell: bash (SECRETS_TUI_SHELL)');
		fs.writeFileSync(path.join(home, 'settings.yaml'), 'shell: bash\n', {mode: 0o600});
		expect((await cli(['run', 'python_env', '--dry-run'])).stdout).toContain('Shell: bash (settings.yaml)');
	});

	it('adds environments.yaml beside the store first; --envs and SECRETS_TUI_ENVS (a :-list) replace every source', async () => {
		fs.writeFileSync(path.join(home, 'environments.yaml'), '- name: mine\n  executables:\n    - label: x\n      instances:\n        - command: echo mine\n', {mode: 0o600});
		expect((await cli(['envs', '--names'])).stdout).toBe('mine\npython_env\ntools\n');
		const a = path.join(userHome, 'a.yaml');
		const b = path.join(userHome, 'b.yaml');
		fs.writeFileSync(a, '- name: a\n  executables: []\n');
		fs.writeFileSync(b, '- name: b\n  executables: []\n');
		expect((await cli(['envs', '--names', '--envs', a, '--envs', b])).stdout).toBe('a\nb\n');
		expect((await cli(['envs', '--names'], {SECRETS_TUI_ENVS: `${b}:${a}`})).stdout).toBe('b\na\n');
	});
});

describe('a configuration that is broken or missing', () => {
	it('is one warning naming the file and line; the other sources still load and run', async () => {
		fs.writeFileSync(configFile(), 'configs:\n  csf3:\n    config: [unclosed\n');
		fs.writeFileSync(path.join(home, 'environments.yaml'), '- name: mine\n  executables:\n    - label: x\n      instances:\n        - command: echo mine\n', {mode: 0o600});
		const result = await cli(['run', 'mine']);
		expect(result.stdout).toBe('mine\n');
		expect(result.stderr).toMatch(new RegExp(`^secrets-tui: warning: ${configFile()}, line \\d+: this matflow configuration is broken YAML .*; its environments are left out\\n$`));
		expect(result.code).toBe(0);
	});

	it('names a missing environment_sources file and loads the others', async () => {
		fs.rmSync(path.join(userHome, 'matflow', 'python_envs.yaml'));
		const result = await cli(['envs']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`warning: ${path.join(userHome, 'matflow', 'python_envs.yaml')}: there is no such file (an environment_sources entry of the matflow configuration csf3 in ${configFile()}).`);
		expect(result.stdout).toContain('\ntools\n');
	});

	it('leaves out a configuration or a source file every user can write, with one warning each; a group-writable one warns and loads', async () => {
		const source = path.join(userHome, '.matflow-new', 'envs', 'tools.yaml');
		fs.chmodSync(source, 0o666);
		let result = await cli(['envs', '--names']);
		expect(result.stdout).toBe('python_env\n');
		expect((await cli(['envs'])).stdout).toContain(`warning: secrets-tui will not use the definitions file ${source}: ${source} (mode 666) can be written by every user`);
		fs.chmodSync(source, 0o664);
		result = await cli(['envs']);
		expect(result.stdout).toContain('\ntools\n');
		expect(result.stdout).toContain(`warning: ${source} (mode 664) can be written by the group`);
		fs.chmodSync(configFile(), 0o666);
		result = await cli(['run', 'python_env', '--dry-run']);
		expect(result.stderr).toContain(`secrets-tui will not use the matflow configuration ${configFile()}`);
		expect(result.stderr).toContain('its environments and shell are left out');
		expect(result.code).toBe(1);
	});
});
