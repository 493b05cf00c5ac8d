import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseEnvironments} from '../../source/environments/load.js';
import {planExec, planRun} from '../../source/launch/plan.js';
import {SecretStore} from '../../source/store/store.js';
import {MATFLOW_STYLE} from '../helpers/fixtures.js';
import {tempHome} from '../helpers/temp.js';

async function storeWith(secrets: Record<string, string>): Promise<SecretStore> {
	const store = new SecretStore(path.join(tempHome(), 'secrets.json'));
	await store.setMany(Object.entries(secrets).map(([name, value]) => ({name, value})));
	return store;
}

const ALL = {GITHUB_TOKEN: 'ghp_0123456789', 'hpc-api-token': 'api-abcdefgh', wandb: 'wandb-xyz-123', 'ssh-key': '-----BEGIN KEY-----\nabc\n-----END KEY-----\n'};
const defs = parseEnvironments(MATFLOW_STYLE, '/defs/environments.yaml');

describe('planRun', () => {
	it('runs setup then the command in a shell, args quoted into <<args>>, params filled', async () => {
		const store = await storeWith(ALL);
		const plan = planRun({defs, environment: 'python_env', executable: 'python_script', params: {script_name: 'main.py'}, args: ['a b', "it's", '$HOME'], store, shell: 'bash'});
		expect(plan.argv.slice(0, 2)).toEqual(['bash', '-c']);
		// Setup starts on the script's first line, so the shell's line numbers are setup's own.
		expect(plan.argv[2]).toMatch(/^trap [^\n]+ EXIT; trap '__secrets_tui_line=\$LINENO' ERR; set -e; source \/opt\/venvs\/matflow\/bin\/activate\n/);
		expect(plan.argv[2]).toContain(`set -e; source /opt/venvs/matflow/bin/activate\nmodule load apps/python/3.11\nset +e\ntrap - EXIT ERR\npython "main.py" 'a b' 'it'\\''s' '$HOME'`);
		expect(plan.display).toBe(`bash -c 'source /opt/venvs/matflow/bin/activate
module load apps/python/3.11
python "main.py" '\\''a b'\\'' '\\''it'\\''\\'\\'''\\''s'\\'' '\\''$HOME'\\'''`);
		expect(plan.variables).toEqual([
			{variable: 'GITHUB_TOKEN', secret: 'GITHUB_TOKEN'},
			{variable: 'API_TOKEN', secret: 'hpc-api-token'},
			{variable: 'WANDB_API_KEY', secret: 'wandb'},
		]);
		expect(plan.files).toEqual([{variable: 'SSH_KEY_FILE', secret: 'ssh-key'}]);
		expect(plan.values.get('GITHUB_TOKEN')).toBe('ghp_0123456789');
		for (const value of Object.values(ALL)) {
			expect(plan.display).not.toContain(value);
			expect(plan.argv.join(' ')).not.toContain(value);
		}
	});

	it('appends the args when there is no <<args>>, and takes the only executable when none is named', async () => {
		const store = await storeWith(ALL);
		const plan = planRun({defs, environment: 'dream_3D_env', params: {}, args: ['pipeline.json', 'x y'], store, shell: 'sh'});
		expect(plan.argv[0]).toBe('sh');
		expect(plan.argv[2]).toMatch(/^trap [^\n]+ EXIT; set -e; export PATH=\/opt\/dream3d\/bin:\$PATH\necho ready\nset \+e\ntrap - EXIT\nPipelineRunner pipeline.json 'x y'$/);
	});

	it('picks the instance whose num_cores range holds --cores', async () => {
		const store = await storeWith(ALL);
		const base = {defs, environment: 'python_env', executable: 'mpi_run', params: {mode: 'fast'}, args: [], store, shell: 'bash'};
		expect(planRun(base).argv[2]).toContain('mpirun -n 1 ./solver');
		expect(planRun({...base, cores: 1}).argv[2]).toContain('mpirun -n 1 ./solver');
		expect(planRun({...base, cores: 8}).argv[2]).toContain('mpirun -n 8 ./solver --mode fast');
		expect(planRun({...base, cores: 64}).argv[2]).toContain('mpirun -n 8');
		expect(() => planRun({...base, cores: 7})).toThrow('No instance of python_env/mpi_run runs on 7 cores; its instances take 1, 2-64 in steps of 2.');
		expect(() => planRun({...base, cores: 66})).toThrow(/runs on 66 cores/);
		expect(planRun({...base, instance: 1, cores: 1}).argv[2]).toContain('mpirun -n 8');
		expect(() => planRun({...base, instance: 2})).toThrow('python_env/mpi_run has 2 instances; there is no instance 3.');
	});

	it('names all missing secrets at once', async () => {
		const store = await storeWith({GITHUB_TOKEN: 'ghp_0123456789'});
		expect(() => planRun({defs, environment: 'python_env', executable: 'python_script', params: {script_name: 'x'}, args: [], store})).toThrow(
			/python_env needs 3 secrets that are not in the store \(.*\): hpc-api-token, wandb, ssh-key\. .*nothing was run/,
		);
	});

	it('refuses unknown environments and executables, listing the known ones, and a missing EXECUTABLE', async () => {
		const store = await storeWith(ALL);
		expect(() => planRun({defs, environment: 'nope', params: {}, args: [], store})).toThrow(
			'There is no environment nope in /defs/environments.yaml; it defines python_env, dream_3D_env, empty_env.',
		);
		expect(() => planRun({defs, environment: 'python_env', executable: 'nope', params: {}, args: [], store})).toThrow(
			'The environment python_env has no executable nope; it has python_script, mpi_run.',
		);
		expect(() => planRun({defs, environment: 'python_env', params: {}, args: [], store})).toThrow(/has several executables \(python_script, mpi_run\): name one/);
		expect(() => planRun({defs, environment: 'empty_env', params: {}, args: [], store})).toThrow(/defines no executables/);
	});

	it('refuses an unfilled placeholder before launch', async () => {
		const store = await storeWith(ALL);
		expect(() => planRun({defs, environment: 'python_env', executable: 'python_script', params: {}, args: [], store})).toThrow(
			'python_env/python_script needs a value for <<script_name>>: give --script PATH (or --param script_name=VALUE).',
		);
	});

	it('names unfilled placeholders and missing secrets in one error', async () => {
		const store = await storeWith({});
		let message = '';
		try {
			planRun({defs, environment: 'python_env', executable: 'python_script', params: {}, args: [], store});
		} catch (error) {
			message = (error as Error).message;
		}

		expect(message).toContain('needs a value for <<script_name>>');
		expect(message).toMatch(/not in the store .*: /);
	});

	it('uses the mappings it is given instead of the environment own', async () => {
		const store = await storeWith({OTHER: 'other-value-1'});
		const plan = planRun({defs, environment: 'dream_3D_env', params: {}, args: [], mappings: [{secret: 'OTHER', kind: 'env', variable: 'X'}], store});
		expect(plan.variables).toEqual([{variable: 'X', secret: 'OTHER'}]);
	});
});

describe('planExec', () => {
	it('passes the command as it is, no shell', async () => {
		const store = await storeWith({TOKEN: 'value-1234'});
		const plan = planExec({mappings: [{secret: 'TOKEN', kind: 'env', variable: 'GH'}], command: ['printf', '%s $X', 'a b'], store});
		expect(plan.argv).toEqual(['printf', '%s $X', 'a b']);
		expect(plan.display).toBe("printf '%s $X' 'a b'");
		expect(plan.warnings).toEqual([]);
	});

	it('refuses a value over 128 KiB as a variable, suggesting the file form; a file may hold it', async () => {
		const store = await storeWith({BIG: 'x'.repeat(129 * 1024), EDGE: 'y'.repeat(128 * 1024 - 10)});
		expect(() => planExec({mappings: [{secret: 'BIG', kind: 'env', variable: 'BIG'}], command: ['true'], store})).toThrow(
			'The secret BIG is 129 KiB, more than an environment variable can hold (128 KiB); give it as a file instead: `{secret: BIG, file: BIG}` in a definition, `--secret-file BIG=BIG` with exec.',
		);
		expect(planExec({mappings: [{secret: 'BIG', kind: 'file', variable: 'BIG'}], command: ['true'], store}).files).toHaveLength(1);
		expect(planExec({mappings: [{secret: 'EDGE', kind: 'env', variable: 'E'}], command: ['true'], store}).variables).toHaveLength(1);
	});

	it('warns about values too short to redact safely', async () => {
		const store = await storeWith({PIN: '123', LONG: '1234'});
		const plan = planExec({mappings: [{secret: 'PIN', kind: 'env', variable: 'PIN'}, {secret: 'LONG', kind: 'env', variable: 'LONG'}], command: ['true'], store});
		expect(plan.warnings).toHaveLength(1);
		expect(plan.warnings[0]).toMatch(/^The secret PIN is shorter than 4 characters: it cannot be redacted safely/);
		expect(plan.warnings[0]).not.toContain('123');
	});

	it('refuses a variable given twice', async () => {
		const store = await storeWith({A: 'aaaa1', B: 'bbbb1'});
		expect(() => planExec({mappings: [{secret: 'A', kind: 'env', variable: 'X'}, {secret: 'B', kind: 'file', variable: 'X'}], command: ['true'], store})).toThrow(/The variable X is given twice/);
	});
});
