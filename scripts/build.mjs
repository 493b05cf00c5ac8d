// Bundles source/cli.tsx (the program) and source/api.ts (the library) into dist/ with esbuild, and
// writes the library's types (dist/api.d.ts) with TypeScript. Everything the package needs at run
// time is in dist/, so it has no dependencies. Code splitting keeps each subcommand, the store's
// writer (the lock), the launcher and the whole TUI (ink + React) in chunks that load only when
// used: `secrets-tui get` and the library never evaluate ink or React.
import {build} from 'esbuild';
import ts from 'typescript';
import {readFileSync, rmSync, chmodSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outdir = path.join(root, 'dist');

export async function buildCli() {
	rmSync(outdir, {recursive: true, force: true});
	const result = await build({
		metafile: true,
		entryPoints: [path.join(root, 'source/cli.tsx'), path.join(root, 'source/api.ts')],
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify: true,
		legalComments: 'none',
		chunkNames: 'chunks/[name]-[hash]',
		logLevel: 'warning',
		define: {
			'process.env.NODE_ENV': '"production"',
			__VERSION__: JSON.stringify(pkg.version),
		},
		// ink imports react-devtools-core dynamically (only with DEV=true); esbuild would make it static.
		alias: {'react-devtools-core': path.join(root, 'scripts/empty-module.js')},
		// Some CommonJS dependencies call require('assert') and the like.
		banner: {
			js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
		},
	});
	chmodSync(path.join(outdir, 'cli.js'), 0o755);
	writeFileSync(path.join(outdir, 'api.d.ts'), apiTypes());
	// Which source files each output file holds: tests use it to prove what a command loads.
	writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
}

/** The declarations of source/api.ts alone; its exported types are written out there, so they import nothing. */
function apiTypes() {
	const entry = path.join(root, 'source/api.ts');
	const {config} = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
	const {options} = ts.parseJsonConfigFileContent(config, ts.sys, root);
	const program = ts.createProgram([entry], {...options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: path.join(root, 'dist-types')});
	let text = '';
	const result = program.emit(program.getSourceFile(entry), (_file, data) => (text = data), undefined, true);
	const problems = [...ts.getPreEmitDiagnostics(program, program.getSourceFile(entry)), ...result.diagnostics];
	if (problems.length > 0 || text === '' || /\bfrom '\./.test(text)) {
		throw new Error(`source/api.ts: its declarations must stand alone and type-check.\n${ts.formatDiagnostics(problems, ts.createCompilerHost(options))}${text}`);
	}

	return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await buildCli();
}
