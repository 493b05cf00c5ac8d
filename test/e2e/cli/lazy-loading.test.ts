// Subcommands must never load ink or React: checked on the built program, by recording which
// bundle files a command loads and asking esbuild's metafile what each holds.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {CLI, ROOT, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

type Meta = {outputs: Record<string, {inputs: Record<string, unknown>}>};

function packagesIn(output: string, meta: Meta): string[] {
	const inputs = Object.keys(meta.outputs[output]?.inputs ?? {});
	return [...new Set(inputs.filter((input) => input.includes('node_modules/')).map((input) => input.split('node_modules/').at(-1)!.split('/')[0]!))];
}

/** The dist/ files a command loaded, in order (each once). */
async function loadedOutputs(args: string[], home: string): Promise<string[]> {
	const trace = path.join(tempDir(), 'trace.txt');
	const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-imports.mjs')).href;
	const result = await runCli(args, {home, env: {NODE_OPTIONS: `--import=${hook}`, TRACE_IMPORTS_FILE: trace}});
	expect(result.code, result.stderr).toBe(0);
	const dist = pathToFileURL(path.join(ROOT, 'dist')).href;
	return [
		...new Set(
			fs
				.readFileSync(trace, 'utf8')
				.split('\n')
				.filter((url) => url.startsWith(dist))
				.map((url) => 'dist' + url.slice(dist.length)),
		),
	];
}

async function loadedPackages(args: string[], home: string, entry = 'dist/cli.js'): Promise<string[]> {
	const trace = path.join(tempDir(), 'trace.txt');
	const hook = pathToFileURL(path.join(ROOT, 'test/helpers/trace-imports.mjs')).href;
	const result = await runCli(args, {home, env: {NODE_OPTIONS: `--import=${hook}`, TRACE_IMPORTS_FILE: trace}});
	expect(result.code, result.stderr).toBe(0);
	expect(result.stdout).not.toContain('secrets-tui: ');
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/meta.json'), 'utf8')) as Meta;
	const dist = pathToFileURL(path.join(ROOT, 'dist')).href;
	const outputs = fs
		.readFileSync(trace, 'utf8')
		.split('\n')
		.filter((url) => url.startsWith(dist))
		.map((url) => 'dist' + url.slice(dist.length));
	expect(outputs).toContain(entry);
	return [...new Set(outputs.flatMap((output) => packagesIn(output, meta)))];
}

describe('what a subcommand loads', () => {
	it('each command loads two files: dist/cli.js and its own whole bundle (every file is a separate load)', async () => {
		const home = tempHome();
		await runCli(['set', 'A', 'abcdefgh'], {home});
		for (const args of [['get', 'A'], ['list'], ['set', 'A', 'y', '--overwrite'], ['exec', '--secret', 'A', '--', 'true']]) {
			expect(await loadedOutputs(args, home), args.join(' ')).toEqual(['dist/cli.js', `dist/chunks/${args[0]}.js`]);
		}
	});

	it('get and list load no ink, React, conf, meow or lock code', async () => {
		const home = tempHome();
		await runCli(['set', 'A', 'x'], {home});
		for (const args of [['get', 'A'], ['list']]) {
			const packages = await loadedPackages(args, home);
			expect(packages, args.join(' ')).toEqual([]);
		}
	});

	it('set with flags loads no package at all: no argument parser, no conf (own writer), no proper-lockfile (own lock), no ink or React', async () => {
		const packages = await loadedPackages(['set', 'A', 'x', '--overwrite'], tempHome());
		expect(packages).toEqual([]);
		expect(packages).not.toContain('meow');
		expect(packages).not.toContain('conf');
		expect(packages.filter((name) => /^(ink|react|react-reconciler|ink-text-input|yoga-layout)$/.test(name))).toEqual([]);
	});

	it('the library API loads no package (no ink, no React), even to write', async () => {
		const home = tempHome();
		// runCli runs dist/cli.js; `exec` hands the script to a second node, traced the same way (NODE_OPTIONS).
		const script = `const api = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/api.mjs')).href)});
await api.setSecret('A', 'x'); await api.getSecret('A'); await api.listSecrets({values: true}); await api.deleteSecret('A');`;
		const packages = await loadedPackages(['exec', '--', process.execPath, '--input-type=module', '-e', script], home, 'dist/api.mjs');
		expect(packages).toEqual([]);
	});

	/** NODE_OPTIONS that make a process write Node's own record of the internal modules it loaded as it ends; `loaded()` reads it. */
	function moduleListHook(): {nodeOptions: string; loaded: () => string[]} {
		const dir = tempDir();
		const hook = path.join(dir, 'node-modules-at-exit.cjs');
		const list = path.join(dir, 'modules.txt');
		fs.writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
		return {nodeOptions: `--require=${hook}`, loaded: () => fs.readFileSync(list, 'utf8').split('\n')};
	}

	/** The internal modules a command loaded. */
	async function nodeModulesOf(args: string[], home: string, input?: string): Promise<string[]> {
		const {nodeOptions, loaded} = moduleListHook();
		const result = await runCli(args, {home, input, env: {NODE_OPTIONS: nodeOptions}});
		expect(result.code, result.stderr).toBe(0);
		return loaded();
	}

	it('the library (an ES module) runs getent through child_process loaded at first use', () => {
		const home = tempHome();
		fs.mkdirSync(home, {recursive: true, mode: 0o700});
		// A team store whose group /etc/group does not list: its group is asked of getent.
		fs.writeFileSync(path.join(home, 'settings.yaml'), `stores:\n  lab:\n    path: "${tempDir()}/team"\n    group: "stuiNoSuchGroup"\n`, {mode: 0o600});
		const script = `const api = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/api.mjs')).href)});
try { await api.setSecret('lab/X', 'abcdefgh', {home: ${JSON.stringify(home)}}); } catch (error) { process.stdout.write(error.message); }`;
		const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'});
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('The group stuiNoSuchGroup of the team store lab');
		expect(result.stdout).toContain('neither /etc/group nor getent knows it');
	});

	it('a subcommand never starts the ES module loader: dist/ is CommonJS (on Node 20 the loader alone costs about 5 ms)', async () => {
		const home = tempHome();
		await runCli(['set', 'A', 'abcdefgh'], {home});
		for (const args of [['get', 'A'], ['list'], ['set', 'A', 'y', '--overwrite'], ['exec', '--secret', 'A', '--', 'true'], ['--version']]) {
			const loaded = await nodeModulesOf(args, home);
			expect(loaded, args.join(' ')).toContain('NativeModule internal/modules/cjs/loader');
			expect(loaded.filter((name) => /esm\/(loader|translators|module_job)$/.test(name)), args.join(' ')).toEqual([]);
		}
	});

	it('get, list and set load neither child_process nor net (about 3 ms), and list builds no output stream: it writes with writeSync', async () => {
		const home = tempHome();
		await runCli(['set', 'A', 'abcdefgh'], {home});
		for (const args of [['get', 'A'], ['list'], ['list', '--json'], ['set', 'A', '-', '--overwrite']]) {
			const loaded = await nodeModulesOf(args, home, 'ijklmnop');
			expect(loaded, args.join(' ')).not.toContain('NativeModule child_process');
			if (args[0] === 'list') {
				expect(loaded, args.join(' ')).not.toContain('NativeModule net');
				expect(loaded, args.join(' ')).not.toContain('NativeModule stream');
			}
		}

		expect((await runCli(['list', '--names'], {home})).stdout).toBe('A\n');
	});

	it('exec builds no standard output stream for a child that writes nothing', async () => {
		const home = tempHome();
		await runCli(['set', 'A', 'abcdefgh'], {home});
		const dir = tempDir();
		const {nodeOptions, loaded} = moduleListHook();
		// Standard output a file: process.stdout on a file is a SyncWriteStream, a module of its own that
		// shows it was built. (Standard error a pipe: Node's net reads process.stderr as a child's pipe closes.)
		const out = fs.openSync(path.join(dir, 'out.txt'), 'w');
		const result = spawnSync(process.execPath, [CLI, 'exec', '--secret', 'A', '--', 'true'], {env: cliEnv(home, {NODE_OPTIONS: nodeOptions}), stdio: ['ignore', out, 'pipe']});
		fs.closeSync(out);
		expect(result.status, String(result.stderr)).toBe(0);
		expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('');
		expect(loaded()).not.toContain('NativeModule internal/fs/sync_write_stream');
	});
});
