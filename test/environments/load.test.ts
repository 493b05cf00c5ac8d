import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadEnvironments, parseEnvironments} from '../../source/environments/load.js';
import {parseMappingEntry, parseTextMapping} from '../../source/environments/mapping.js';
import {placeholdersOf} from '../../source/environments/placeholders.js';
import {UserError} from '../../source/util/errors.js';
import {MATFLOW_STYLE} from '../helpers/fixtures.js';
import {tempDir} from '../helpers/temp.js';
import {ROOT} from '../helpers/cli.js';

function write(text: string): string {
	const file = path.join(tempDir(), 'environments.yaml');
	fs.writeFileSync(file, text);
	return file;
}

function loadError(text: string): string {
	const file = write(text);
	try {
		loadEnvironments(file);
	} catch (error) {
		expect(error).toBeInstanceOf(UserError);
		expect((error as Error).message).toContain(file);
		return (error as Error).message;
	}

	throw new Error('expected the file to be refused');
}

describe('secrets: forms', () => {
	it('parses NAME, VAR=NAME, {secret, env} and {secret, file}', () => {
		expect(parseMappingEntry('GITHUB_TOKEN')).toEqual({secret: 'GITHUB_TOKEN', kind: 'env', variable: 'GITHUB_TOKEN'});
		expect(parseMappingEntry('API_TOKEN=hpc-api-token')).toEqual({secret: 'hpc-api-token', kind: 'env', variable: 'API_TOKEN'});
		expect(parseMappingEntry({secret: 'wandb', env: 'WANDB_API_KEY'})).toEqual({secret: 'wandb', kind: 'env', variable: 'WANDB_API_KEY'});
		expect(parseMappingEntry({secret: 'ssh-key', file: 'SSH_KEY_FILE'})).toEqual({secret: 'ssh-key', kind: 'file', variable: 'SSH_KEY_FILE'});
		expect(parseMappingEntry({secret: 'MY_SECRET'})).toEqual({secret: 'MY_SECRET', kind: 'env', variable: 'MY_SECRET'});
		expect(parseTextMapping('KUBECONFIG=kube', 'file')).toEqual({secret: 'kube', kind: 'file', variable: 'KUBECONFIG'});
	});

	it('refuses entries that cannot work, with a reason', () => {
		expect(parseMappingEntry('2fa-token')).toMatch(/"2fa_token" cannot be an environment variable's name.*VAR=2fa-token/);
		expect(parseMappingEntry('1X=token')).toMatch(/cannot be an environment variable's name/);
		expect(parseMappingEntry('X=')).toMatch(/names no secret/);
		expect(parseMappingEntry({secret: 'a', env: 'A', file: 'B'})).toMatch(/both env and file/);
		expect(parseMappingEntry({env: 'A'})).toMatch(/needs `secret: NAME`/);
		expect(parseMappingEntry(42)).toMatch(/NAME, VAR=NAME/);
		expect(parseTextMapping('kube', 'file')).toMatch(/VAR=NAME/);
	});
});

describe('loadEnvironments', () => {
	it('loads a matflow-style file as it is: setup, ranges, placeholders and other keys', () => {
		const file = write(MATFLOW_STYLE);
		const defs = loadEnvironments(file);
		expect(defs.file).toBe(file);
		expect(defs.environments.map((environment) => environment.name)).toEqual(['python_env', 'dream_3D_env', 'empty_env']);
		const [python, dream, empty] = defs.environments;
		expect(python!.setup).toBe('source /opt/venvs/matflow/bin/activate\nmodule load apps/python/3.11');
		expect(python!.extra).toEqual({setup_label: 'venv'});
		expect(python!.specifiers).toEqual({version: '3.11'});
		expect(python!.secrets).toEqual([
			{secret: 'GITHUB_TOKEN', kind: 'env', variable: 'GITHUB_TOKEN'},
			{secret: 'hpc-api-token', kind: 'env', variable: 'API_TOKEN'},
			{secret: 'wandb', kind: 'env', variable: 'WANDB_API_KEY'},
			{secret: 'ssh-key', kind: 'file', variable: 'SSH_KEY_FILE'},
		]);
		expect(python!.executables[0]!.instances[0]).toEqual({command: 'python "<<script_name>>" <<args>>', num_cores: {start: 1, stop: 32}, parallel_mode: null, extra: {}});
		expect(python!.executables[1]!.extra).toEqual({doc: 'the MPI build'});
		expect(python!.executables[1]!.instances[1]!.num_cores).toEqual({start: 2, stop: 64, step: 2});
		expect(python!.executables[1]!.instances[1]!.parallel_mode).toBe('MPI');
		expect(dream!.setup).toBe('export PATH=/opt/dream3d/bin:$PATH\necho ready');
		expect(dream!.secrets).toEqual([]);
		expect(empty!.executables).toEqual([]);
		expect(placeholdersOf(python!, 'python_script')).toEqual(['script_name']);
		expect(placeholdersOf(python!, 'mpi_run', 0)).toEqual([]);
		expect(placeholdersOf(python!, 'mpi_run', 1)).toEqual(['mode']);
	});

	it('loads the example in docs/DEFINITIONS.md', () => {
		const page = fs.readFileSync(path.join(ROOT, 'docs/DEFINITIONS.md'), 'utf8');
		const example = /# Environment definitions[\s\S]*?```yaml\n([\s\S]*?)```/.exec(page)?.[1];
		expect(example).toBeDefined();
		const defs = parseEnvironments(example!, 'docs/DEFINITIONS.md');
		expect(defs.environments.map((environment) => environment.name)).toEqual(['github', 'python_env']);
		expect(defs.environments[1]!.secrets.map((mapping) => mapping.kind)).toEqual(['env', 'file']);
		expect(placeholdersOf(defs.environments[1]!, 'python_script')).toEqual(['script_path']);
	});

	it('accepts an empty file and a mapping with an environments list', () => {
		expect(parseEnvironments('', 'f.yaml').environments).toEqual([]);
		expect(parseEnvironments('environments:\n  - name: a\n', 'f.yaml').environments.map((environment) => environment.name)).toEqual(['a']);
	});

	it('names the file, the line and the problem', () => {
		expect(loadError('- name: a\n  executables:\n    - label: x\n      instances:\n        - num_cores: 1\n')).toMatch(/line 5: an instance of the executable x of a has no `command`/);
		expect(loadError('- name: a\n  executables:\n    - label: x\n      instances:\n        - command: run\n          num_cores: {start: 4, stop: 2}\n')).toMatch(
			/line 6: num_cores of the executable x of a must be \{start, stop, step\}/,
		);
		expect(loadError('- name: a\n  setup: [\n')).toMatch(/line \d+: the YAML is broken/);
		expect(loadError('- name: a\n  name: b\n')).toMatch(/line 2: the YAML is broken: Map keys must be unique/);
		expect(loadError('- setup: x\n')).toMatch(/line 1: an environment has no `name`/);
		expect(loadError('name: a\n')).toMatch(/line 1: expected a list of environments/);
	});

	it('says when the file cannot be read', () => {
		expect(() => loadEnvironments('/nonexistent/environments.yaml')).toThrow(/Cannot read the environment definitions \/nonexistent\/environments.yaml: there is no such file/);
	});
});

describe('tabs', () => {
	it('says a tab indents a line, naming the line, instead of the parser\'s words', () => {
		expect(loadError('- name: a\n\texecutables: []\n')).toMatch(/: tabs cannot indent YAML; use spaces \(line 2\)\.$/);
		expect(loadError('- name: a\n  executables:\n  \t- label: x\n')).toMatch(/use spaces \(line 3\)\.$/);
	});

	it('keeps a tab inside a value', () => {
		const file = write('- name: a\n  setup: "a\tb"\n  executables: []\n');
		expect(loadEnvironments(file).environments[0]!.name).toBe('a');
	});
});
