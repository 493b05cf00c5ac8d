// Bundles the program and the library into dist/ with esbuild, and writes the library's types
// (dist/api.d.mts) with TypeScript. Everything the package needs at run time is in dist/, so it has no
// dependencies.
//
// Every file in dist/ is CommonJS (dist/package.json says so): on Node 20 the first ES module a
// process loads starts the ESM loader, which costs about 5 ms of every command, and each further
// module is read and linked asynchronously; a require() of a CommonJS file is one synchronous read
// and compile. That is a build target only: every source file is an ES module.
// The library is an ES module, dist/api.mjs with dist/api.d.mts: the package's typed ESM API, for
// `import {getSecret} from 'secrets-tui'`.
// One file per command's path:
// - dist/cli.js reads argv and loads exactly one more file: each module cli.tsx imports dynamically
//   (every subcommand, and the TUI's start) is bundled on its own, whole, into dist/chunks/NAME.js;
//   the small pieces they share (errors, output guard) are copied into each, so no subcommand ever
//   evaluates ink or React. cli.js loads a chunk through source/util/code-cache.ts (requireChunk),
//   with a V8 code cache keyed on the chunk's hash: a warm command compiles almost nothing.
// - esbuild's __toESM (what `import fs from 'node:fs'` becomes in CommonJS) copies every property of
//   the module each time: 30 times in exec's chunk. Every output gets a __toESM that keeps what it made
//   per module (memoizedToEsm), so node:fs is copied once.
// - The TUI's ink + React part (source/ui/session.tsx and all it imports) is a script,
//   dist/chunks/session-HASH.js, that the TUI's start runs through source/util/code-cache.ts with a
//   V8 code cache kept in the user's cache folder (Node 20 has no module compile cache).
// - dist/api.mjs is the library, one file.
import {build, transform} from 'esbuild';
import ts from 'typescript';
import crypto from 'node:crypto';
import {isBuiltin} from 'node:module';
import {readFileSync, rmSync, chmodSync, writeFileSync, mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outdir = path.join(root, 'dist');
const chunks = path.join(outdir, 'chunks');
/** The TUI's heavy half: loaded as a script with a code cache. */
const SESSION = path.join(root, 'source/ui/session.tsx');
/** The module that loads it: replaced in the build by one that runs the script (sessionThroughCodeCache). */
const SESSION_LOADER = path.join(root, 'source/ui/session-loader.ts');

const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	// Names and spaces are minified after the build, once __toESM is replaced (finish()).
	minifySyntax: true,
	legalComments: 'none',
	logLevel: 'warning',
	metafile: true,
	define: {
		'process.env.NODE_ENV': '"production"',
		__VERSION__: JSON.stringify(pkg.version),
	},
	// ink imports react-devtools-core dynamically (only with DEV=true); esbuild would make it static.
	alias: {'react-devtools-core': path.join(root, 'scripts/empty-module.js')},
};

/** CommonJS, whose dynamic imports (of chunks) become require() calls; the bundled dependencies that call require('assert') get the real require. */
const commonJs = {format: 'cjs', supported: {'dynamic-import': false}};

/** ink's devtools (49 KB, loaded only with DEV=true) left out of the bundles. */
const noDevtools = {
	name: 'no-devtools',
	setup(b) {
		b.onResolve({filter: /\/devtools\.js$/}, (args) =>
			args.importer.includes(`${path.sep}ink${path.sep}`) ? {path: path.join(root, 'scripts/empty-module.js')} : undefined,
		);
	},
};

/** In the build of cli.js: every dynamic import becomes its own whole bundle, dist/chunks/NAME.js, loaded through requireChunk with the code cache named by the placeholder keyOf(NAME) (filled in once the chunk is built). */
function separateDynamicImports(targets) {
	return {
		name: 'separate-dynamic-imports',
		setup(b) {
			b.onResolve({filter: /.*/}, async (args) => {
				if (args.kind !== 'dynamic-import' || args.pluginData === 'inner') {
					return undefined;
				}

				const resolved = await b.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner'});
				if (resolved.errors.length > 0) {
					return {errors: resolved.errors};
				}

				let name = targets.get(resolved.path);
				if (!name) {
					const base = path.basename(resolved.path).replace(/\.[^.]+$/, '');
					name = [...targets.values()].includes(base) ? `${base}-${targets.size}` : base;
					targets.set(resolved.path, name);
				}

				return {path: name, namespace: 'chunk'};
			});
			b.onLoad({filter: /.*/, namespace: 'chunk'}, (args) => ({
				resolveDir: path.join(root, 'source/util'),
				loader: 'js',
				contents: `module.exports = require('./code-cache.ts').requireChunk(__dirname + ${JSON.stringify(`/chunks/${args.path}.js`)}, ${JSON.stringify(keyOf(args.path))}, require);`,
			}));
		},
	};
}

/** The 16 hex digits that name a build of a file's text (the session script's name, a chunk's code-cache key). */
const hashOf = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The placeholder for a chunk's code-cache key in cli.js: replaced by NAME-HASH once the chunk is built. */
const keyOf = (name) => `__stui_chunk_key_${name}__`;

/** Text of an output: esbuild's __toESM memoized (see the top of this file), then minified. */
async function finish(text, format) {
	const helper = /(?<=var __toESM = )\(mod, isNodeMode, target\) => \(target = [^\n]*\n(?: {2}[^\n]*\n)*? {2}mod\n\)\)/;
	let patched = text;
	if (text.includes('__toESM')) {
		if (!helper.test(text)) {
			throw new Error('esbuild\'s __toESM helper is not the one scripts/build.mjs replaces (memoizedToEsm): check the esbuild version.');
		}

		patched = text.replace(helper, memoizedToEsm);
	}

	const result = await transform(patched, {minify: true, treeShaking: true, format, target: 'node20', legalComments: 'none', logLevel: 'warning'});
	return result.code;
}

/** esbuild's __toESM, keeping what it made for each module object (in each of its two modes: node's and Babel's). */
const memoizedToEsm = `((made) => (mod, isNodeMode, target) => {
  var byMode = made[isNodeMode ? 1 : 0], keyed = mod != null && (typeof mod === "object" || typeof mod === "function");
  if (keyed && byMode.has(mod)) return byMode.get(mod);
  target = mod != null ? __create(__getProtoOf(mod)) : {};
  target = __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target, mod);
  if (keyed) byMode.set(mod, target);
  return target;
})([new WeakMap(), new WeakMap()])`;

/** In the TUI start's bundle: the session loader runs the session script with a code cache. */
function sessionThroughCodeCache(scriptName) {
	return {
		name: 'session-through-code-cache',
		setup(b) {
			b.onResolve({filter: /session-loader(\.js|\.ts)?$/}, async (args) => {
				if (args.pluginData === 'inner') {
					return undefined;
				}

				const resolved = await b.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner'});
				return resolved.path === SESSION_LOADER ? {path: SESSION_LOADER, namespace: 'session-loader'} : undefined;
			});
			b.onLoad({filter: /.*/, namespace: 'session-loader'}, () => ({
				resolveDir: path.join(root, 'source/util'),
				loader: 'js',
				contents: [
					"import {runCachedScript} from './code-cache.ts';",
					`export const loadSession = () => runCachedScript(__dirname + ${JSON.stringify(`/${scriptName}`)}, require);`,
				].join('\n'),
			}));
		},
	};
}

/** In the session script: node's own modules come from the `require` the loader passes in. */
const builtinsThroughRequire = {
	name: 'builtins-through-require',
	setup(b) {
		b.onResolve({filter: /.*/}, (args) => {
			if (!isBuiltin(args.path)) {
				return undefined;
			}

			return args.kind === 'require-call' ? {path: args.path, external: true} : {path: args.path, namespace: 'builtin'};
		});
		b.onLoad({filter: /.*/, namespace: 'builtin'}, (args) => ({contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js'}));
	},
};

/**
 * In the session script: the dependencies' `new Intl.Segmenter(…)` (ink's ansi-tokenize and slice-ansi
 * make theirs as they load) become source/ui/shared/segmenter.ts's LazySegmenter, which loads ICU's
 * break rules (about 7 ms) only for a text that needs them.
 */
const lazySegmenters = {
	name: 'lazy-segmenters',
	setup(b) {
		const segmenter = path.join(root, 'source/ui/shared/segmenter.ts');
		b.onLoad({filter: /[\\/]node_modules[\\/].*\.js$/}, (args) => {
			const text = readFileSync(args.path, 'utf8');
			if (!text.includes('new Intl.Segmenter(')) {
				return undefined;
			}

			return {
				contents: `import {LazySegmenter as __StuiLazySegmenter} from ${JSON.stringify(segmenter)};\n${text.replaceAll('new Intl.Segmenter(', 'new __StuiLazySegmenter(')}`,
				loader: 'js',
				resolveDir: path.dirname(args.path),
			};
		});
	},
};

/** Builds the session script: one function, `(async function (require, metaUrl, exportAll) {…})`. */
async function buildSessionScript() {
	const result = await build({
		...common,
		stdin: {contents: `import * as m from ${JSON.stringify(SESSION)}; __stuiExport(m);`, resolveDir: root, loader: 'js'},
		write: false,
		format: 'esm',
		define: {...common.define, 'import.meta.url': '__stuiMetaUrl'},
		// Every copy of string-width (ink's, wrap-ansi's) is ours: the same answers, without their start cost.
		alias: {...common.alias, 'string-width': path.join(root, 'source/ui/shared/string-width.ts')},
		plugins: [noDevtools, builtinsThroughRequire, lazySegmenters],
	});
	const [output] = result.outputFiles;
	if (/^\s*(import|export)\b/m.test(output.text.replaceAll(/"[^"\n]*"|'[^'\n]*'|`[^`]*`/g, ''))) {
		throw new Error('The session script still holds an import or export statement; it must be a plain script.');
	}

	const text = `(async function (require, __stuiMetaUrl, __stuiExport) {${await finish(output.text, 'esm')}\n})`;
	const name = `session-${hashOf(text)}.js`;
	writeFileSync(path.join(chunks, name), text);
	return {name, metafile: renameOutput(result.metafile, `dist/chunks/${name}`)};
}

function renameOutput(metafile, name) {
	const outputs = Object.values(metafile.outputs);
	return {inputs: metafile.inputs, outputs: {[name]: outputs[0]}};
}

export async function buildCli() {
	rmSync(outdir, {recursive: true, force: true});
	mkdirSync(chunks, {recursive: true});
	const targets = new Map();
	const metas = [];
	const cli = await build({
		...common,
		entryPoints: [path.join(root, 'source/cli.tsx')],
		outfile: path.join(outdir, 'cli.js'),
		...commonJs,
		write: false,
		banner: {js: '#!/usr/bin/env node'},
		plugins: [separateDynamicImports(targets)],
	});
	metas.push(cli.metafile);

	const session = await buildSessionScript();
	metas.push(session.metafile);
	const commandBuilds = [...targets].map(async ([source, name]) => {
		const result = await build({
			...common,
			entryPoints: [source],
			outfile: path.join(chunks, `${name}.js`),
			...commonJs,
			write: false,
			plugins: [noDevtools, sessionThroughCodeCache(session.name)],
		});
		const text = await finish(result.outputFiles[0].text, 'cjs');
		writeFileSync(path.join(chunks, `${name}.js`), text);
		return {name, text, metafile: result.metafile};
	});
	const library = build({
		...common,
		entryPoints: [path.join(root, 'source/api.ts')],
		outfile: path.join(outdir, 'api.mjs'),
		format: 'esm',
		write: false,
		// An ES module has no `require`: util/child-process.ts loads node:child_process with it at first use.
		banner: {js: "import {createRequire as __stuiCreateRequire} from 'node:module'; const require = __stuiCreateRequire(import.meta.url);"},
	});
	let cliText = await finish(cli.outputFiles[0].text, 'cjs');
	for (const {name, text, metafile} of await Promise.all(commandBuilds)) {
		metas.push(metafile);
		const key = `${name}-${hashOf(text)}`;
		if (!cliText.includes(JSON.stringify(keyOf(name)))) {
			throw new Error(`dist/cli.js does not load the chunk ${name} through requireChunk.`);
		}

		cliText = cliText.replaceAll(JSON.stringify(keyOf(name)), JSON.stringify(key));
	}

	writeFileSync(path.join(outdir, 'cli.js'), cliText);
	const libraryResult = await library;
	writeFileSync(path.join(outdir, 'api.mjs'), await finish(libraryResult.outputFiles[0].text, 'esm'));
	metas.push(libraryResult.metafile);

	writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({type: 'commonjs'})}\n`);
	chmodSync(path.join(outdir, 'cli.js'), 0o755);
	writeFileSync(path.join(outdir, 'api.d.mts'), apiTypes());
	// Which source files each output file holds: tests use it to prove what a command loads.
	const meta = {inputs: {}, outputs: {}};
	for (const one of metas) {
		Object.assign(meta.inputs, one.inputs);
		Object.assign(meta.outputs, one.outputs);
	}

	writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(meta));
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
