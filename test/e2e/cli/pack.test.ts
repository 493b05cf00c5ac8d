// The package as a user gets it: `npm pack`, installed into an empty project with
// `npm install --omit=dev` (offline: it has no dependencies), its bin run, its library imported,
// and its types checked by tsc.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliEnv, ROOT} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = cliEnv(tempHome())) {
	const result = spawnSync(command, args, {cwd, env, encoding: 'utf8', timeout: 120_000});
	expect(result.status, `${command} ${args.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0);
	return result.stdout;
}

describe('the packed package', () => {
	it('installs alone, runs its bin, and serves the typed library API', () => {
		const packs = tempDir();
		// --ignore-scripts: pack the dist/ the tests built instead of rebuilding it under running tests.
		const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], ROOT)) as Array<{filename: string; files: Array<{path: string}>; dependencies?: unknown}>;
		const files = packed!.files.map((file) => file.path).sort();
		expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/package.json', 'dist/cli.js', 'dist/api.mjs', 'dist/api.d.mts']));
		expect(files.filter((file) => !/^(package\.json|readme\.md|LICENSE|dist\/(cli\.js|api\.mjs|api\.d\.mts|package\.json|chunks\/[\w-]+\.js))$/i.test(file))).toEqual([]);

		const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
		expect(manifest.dependencies ?? {}).toEqual({});
		const ranges = Object.values({...manifest.devDependencies});
		expect(ranges.filter((range) => !/^\^\d+\.\d+\.\d+$/.test(range))).toEqual([]);

		const project = tempDir();
		fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'uses-secrets-tui', private: true, type: 'module'}));
		run('npm', ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', path.join(packs, packed!.filename)], project);
		expect(fs.readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['secrets-tui']);

		const home = tempHome();
		const env = cliEnv(home);
		const bin = path.join(project, 'node_modules/.bin/secrets-tui');
		expect(run(bin, ['--version'], project, env)).toBe(`${String(manifest.version)}\n`);
		run(bin, ['set', 'FROM_BIN', 'bin-value'], project, env);

		fs.writeFileSync(
			path.join(project, 'use.ts'),
			`import {getSecret, setSecret, listSecrets, deleteSecret, type SecretInfo} from 'secrets-tui';
const created: {created: boolean} = await setSecret('FROM_API', 'api-value', {overwrite: false});
const value: string = await getSecret('FROM_BIN');
const all: SecretInfo[] = await listSecrets({values: true});
await deleteSecret('FROM_API', {home: process.env.SECRETS_TUI_HOME});
console.log(JSON.stringify({created, value, names: all.map((secret) => secret.name), left: (await listSecrets()).length}));
`,
		);
		fs.writeFileSync(
			path.join(project, 'tsconfig.json'),
			JSON.stringify({compilerOptions: {module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], strict: true, types: []}, files: ['use.ts', 'globals.d.ts']}),
		);
		fs.writeFileSync(path.join(project, 'globals.d.ts'), 'declare const process: {env: Record<string, string | undefined>};\ndeclare const console: {log(text: string): void};\n');
		run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], project, env);
		// tsc checked use.ts against the shipped api.d.mts and wrote use.js beside it.
		expect(JSON.parse(run(process.execPath, ['use.js'], project, env))).toEqual({created: {created: true}, value: 'bin-value', names: ['FROM_API', 'FROM_BIN'], left: 1});
	});
});
