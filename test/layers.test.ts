// The layers, enforced: every source file's imports (static, dynamic, type-only and re-exports, read with the
// TypeScript compiler's own pre-processor) point one way, faces → core → store → util, and never in a circle.
// docs/ARCHITECTURE.md describes the layers this test holds the code to.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {ROOT} from './helpers/cli.js';

const SOURCE = path.join(ROOT, 'source');

/** Every .ts/.tsx file under source/, as a path relative to source/ with forward slashes. */
function sourceFiles(folder = SOURCE): string[] {
	return fs.readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			return sourceFiles(full);
		}

		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path.relative(SOURCE, full).split(path.sep).join('/')] : [];
	});
}

type Graph = Map<string, string[]>;

/** file → the source files it imports; an import that names no file is a failure of its own. */
function importGraph(files: readonly string[]): {graph: Graph; unresolved: string[]} {
	const known = new Set(files);
	const graph: Graph = new Map();
	const unresolved: string[] = [];
	for (const file of files) {
		const text = fs.readFileSync(path.join(SOURCE, file), 'utf8');
		const targets: string[] = [];
		for (const {fileName} of ts.preProcessFile(text, true, true).importedFiles) {
			if (!fileName.startsWith('.')) {
				continue;
			}

			const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/\.js$/, '');
			const target = [`${base}.ts`, `${base}.tsx`].find((candidate) => known.has(candidate));
			if (target) {
				targets.push(target);
			} else {
				unresolved.push(`${file} imports ${fileName}`);
			}
		}

		graph.set(file, [...new Set(targets)]);
	}

	return {graph, unresolved};
}

/** The top folder of a file: `store`, `ui`, ... (`.` for source/cli.tsx and source/api.ts). */
function topFolder(file: string): string {
	return file.includes('/') ? file.split('/')[0]! : '.';
}

/** Within ui/: the folder (`ui/run`, `ui/shared`, ...), or `ui` for the files at its root. */
function uiFolder(file: string): string {
	const parts = file.split('/');
	return parts.length > 2 ? `ui/${parts[1]}` : 'ui';
}

// Higher imports lower or level, never higher. Faces: the entry files, cli, commands, completion, ui.
const LEVEL: Record<string, number> = {util: 0, store: 1, environments: 2, launch: 3, submit: 4, cli: 5, commands: 5, completion: 5, ui: 5, '.': 6};
const FACES = new Set(['cli', 'commands', 'completion', 'ui']);
// Within ui: app (its root files) → screens → shared parts and key tables.
const UI_LEVEL: Record<string, number> = {ui: 2, 'ui/secrets': 1, 'ui/run': 1, 'ui/jobs': 1, 'ui/help': 1, 'ui/stores': 1, 'ui/shared': 0, 'ui/keys': 0};

/** Why an import breaks the layers, or undefined when it keeps them. */
export function layerProblem(from: string, to: string): string | undefined {
	const [a, b] = [topFolder(from), topFolder(to)];
	if (!(a in LEVEL) || !(b in LEVEL)) {
		return `${from} → ${to}: ${!(a in LEVEL) ? a : b}/ is no known layer (add it to the layers here and to docs/ARCHITECTURE.md)`;
	}

	if (!FACES.has(a) && a !== '.' && FACES.has(b)) {
		return `${from} → ${to}: ${a}/ is below the faces and must not import ${b}/`;
	}

	if (LEVEL[b]! > LEVEL[a]!) {
		return `${from} → ${to}: ${a}/ is below ${b}/`;
	}

	if (['cli', 'commands', 'completion'].includes(a) && b === 'ui') {
		return `${from} → ${to}: the subcommands never load the terminal UI (ink, React)`;
	}

	if (a === 'ui' && (b === 'commands' || b === 'completion')) {
		return `${from} → ${to}: the terminal UI and the subcommands are two faces over one core; neither imports the other`;
	}

	if (a === 'ui' && b === 'ui') {
		const [x, y] = [uiFolder(from), uiFolder(to)];
		if (!(x in UI_LEVEL) || !(y in UI_LEVEL)) {
			return `${from} → ${to}: ${!(x in UI_LEVEL) ? x : y}/ is no known part of the UI (add it to the levels here)`;
		}

		if (UI_LEVEL[y]! > UI_LEVEL[x]!) {
			return `${from} → ${to}: within ui, ${x} is below ${y} (app → screens → shared)`;
		}
	}

	return undefined;
}

/** The strongly connected components with more than one member, or one member importing itself (Tarjan). */
export function cycles(graph: Graph): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}

		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
				found.push(component.sort());
			}
		}
	};

	for (const node of graph.keys()) {
		if (!index.has(node)) {
			visit(node);
		}
	}

	return found;
}

/** The folder graph of ui/'s folders, from the file graph. */
function uiFolderGraph(graph: Graph): Graph {
	const folders: Graph = new Map();
	for (const [from, targets] of graph) {
		if (topFolder(from) !== 'ui') {
			continue;
		}

		const own = uiFolder(from);
		const next = new Set(folders.get(own) ?? []);
		for (const to of targets) {
			if (topFolder(to) === 'ui' && uiFolder(to) !== own) {
				next.add(uiFolder(to));
			}
		}

		folders.set(own, [...next]);
	}

	return folders;
}

const files = sourceFiles();
const {graph, unresolved} = importGraph(files);

describe('the layers of source/', () => {
	it('reads a real graph: every relative import names a source file', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(graph.get('cli.tsx')).toContain('cli/registry.ts');
		expect(graph.get('cli/registry.ts')).toContain('commands/set.ts');
		expect(unresolved).toEqual([]);
	});

	it('points one way: faces → environments → launch → submit … → store → util, and app → screens → shared within ui', () => {
		const problems = [...graph].flatMap(([from, targets]) => targets.map((to) => layerProblem(from, to)).filter((problem) => problem !== undefined));
		expect(problems).toEqual([]);
	});

	it('has no import cycle between files', () => {
		expect(cycles(graph).map((component) => component.join(' ↔ '))).toEqual([]);
	});

	it('has no import cycle between the folders of ui/', () => {
		expect(cycles(uiFolderGraph(graph)).map((component) => component.join(' ↔ '))).toEqual([]);
	});
});

describe('the checks themselves', () => {
	it('find a cycle of three files and one of a file importing itself, and none in a chain', () => {
		const cyclic: Graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
		expect(cycles(cyclic)).toEqual([['a', 'b', 'c'], ['d']]);
		expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
	});

	it('refuse an upward import at each kind of boundary', () => {
		expect(layerProblem('store/store.ts', 'ui/app.tsx')).toMatch(/below the faces/);
		expect(layerProblem('util/errors.ts', 'store/paths.ts')).toMatch(/below/);
		expect(layerProblem('environments/load.ts', 'launch/plan.ts')).toMatch(/below/);
		expect(layerProblem('commands/get.ts', 'ui/start.tsx')).toMatch(/never load the terminal UI/);
		expect(layerProblem('ui/shared/Footer.tsx', 'ui/secrets/ListScreen.tsx')).toMatch(/within ui/);
		expect(layerProblem('ui/secrets/ListScreen.tsx', 'ui/app.tsx')).toMatch(/within ui/);
		expect(layerProblem('ui/app.tsx', 'ui/secrets/ListScreen.tsx')).toBeUndefined();
		expect(layerProblem('launch/plan.ts', 'store/store.ts')).toBeUndefined();
	});
});
