// Bundles source/cli.tsx into dist/ with esbuild.
// Code splitting keeps each subcommand, the store's writer (conf, the lock), the launcher and the whole TUI (ink + React) in chunks that load
// only when used: `secrets-tui get` never evaluates ink or React.
import {build} from 'esbuild';
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
		entryPoints: [path.join(root, 'source/cli.tsx')],
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
	// Which source files each output file holds: tests use it to prove what a command loads.
	writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await buildCli();
}
