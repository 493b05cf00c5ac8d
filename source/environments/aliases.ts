// YAML anchors, aliases and merge keys (`&x`, `*x`, `<<: *x`), resolved before the loader checks shapes.
// The result is a tree of the same nodes, so errors still point at lines: a value that came through an
// alias points at the line of its anchor. Before anything is expanded, the size of the expansion is
// counted (each anchor's size once, so counting is as cheap as reading the tree): more than
// MAX_ALIAS_NODES nodes added by aliases is refused. The yaml library's own limit counts aliases, not what
// they hold: 99 aliases of a million-item list passed it, and took 39 s and 3 GB to expand.
import {CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Pair, YAMLMap, YAMLSeq, type Document, type Node as YamlNode} from 'yaml';

export class AliasProblem extends Error {
	constructor(
		readonly node: YamlNode | null | undefined,
		message: string,
	) {
		super(message);
	}
}

/** Nodes that aliases may add to a file, in all: far above any real definitions, far below a bomb. */
export const MAX_ALIAS_NODES = 100_000;

/**
 * Before the text is parsed (parsing a million values takes seconds; the lexer counts them in a tenth of
 * that): a file that uses aliases and already holds more than MAX_ALIAS_NODES values is refused, since its
 * aliases could multiply that. The problem as a phrase, or undefined.
 */
export function aliasBombInText(text: string): string | undefined {
	if (!text.includes('*')) {
		return undefined;
	}

	let aliases = 0;
	let values = 0;
	for (const token of new Lexer().lex(text)) {
		const type = CST.tokenType(token);
		if (type === 'alias') {
			aliases++;
		} else if (type?.endsWith('scalar')) {
			values++;
		}
	}

	return aliases > 0 && values > MAX_ALIAS_NODES
		? `it holds more than ${MAX_ALIAS_NODES.toLocaleString('en')} values and ${aliases} alias${aliases === 1 ? '' : 'es'} that could multiply them; this looks like a resource exhaustion attack ("billion laughs"), so it was not read`
		: undefined;
}

export function resolveAliases(document: Document, root: YamlNode | null): YamlNode | null {
	if (!hasAliases(root)) {
		return root;
	}

	const plain = plainSize(root);
	const cap = plain + MAX_ALIAS_NODES + 1;
	if (expandedSize(document, root, new Map(), [], cap) >= cap) {
		throw new AliasProblem(
			root,
			`its aliases would add more than ${MAX_ALIAS_NODES.toLocaleString('en')} values to it; this looks like a resource exhaustion attack ("billion laughs"), so it was not expanded`,
		);
	}

	return resolve(document, root, []);
}

/** How many nodes the tree has, an alias counted as one. */
function plainSize(node: unknown): number {
	if (isSeq(node)) {
		return node.items.reduce<number>((sum, item) => sum + plainSize(item), 1);
	}

	if (isMap(node)) {
		return node.items.reduce<number>((sum, pair) => sum + plainSize(pair.key) + plainSize(pair.value), 1);
	}

	return 1;
}

/**
 * How many nodes the tree has once its aliases are expanded, each anchor's size counted once (memo); an
 * alias that names nothing or loops counts as one here (resolve names it with its line). Stops adding
 * at `cap`, so even a billion laughs is counted in a moment.
 */
function expandedSize(document: Document, node: unknown, memo: Map<unknown, number>, active: unknown[], cap: number): number {
	if (isAlias(node)) {
		const target = node.resolve(document);
		if (!target || active.includes(target)) {
			return 1;
		}

		const known = memo.get(target);
		if (known !== undefined) {
			return known;
		}

		const size = expandedSize(document, target, memo, [...active, target], cap);
		memo.set(target, size);
		return size;
	}

	let size = 1;
	if (isSeq(node)) {
		for (const item of node.items) {
			size = Math.min(cap, size + expandedSize(document, item, memo, active, cap));
		}
	} else if (isMap(node)) {
		for (const pair of node.items) {
			size = Math.min(cap, size + expandedSize(document, pair.key, memo, active, cap) + expandedSize(document, pair.value, memo, active, cap));
		}
	}

	return size;
}

function hasAliases(node: unknown): boolean {
	if (isAlias(node)) {
		return true;
	}

	if (isMap(node)) {
		return node.items.some((pair) => isMergeKey(pair.key) || hasAliases(pair.key) || hasAliases(pair.value));
	}

	if (isSeq(node)) {
		return node.items.some((item) => hasAliases(item));
	}

	return false;
}

function resolve(document: Document, node: YamlNode | null, active: YamlNode[]): YamlNode | null {
	if (isAlias(node)) {
		const target = node.resolve(document) as YamlNode | undefined;
		if (!target) {
			throw new AliasProblem(node, `the alias *${node.source} names no anchor &${node.source} defined before it`);
		}

		if (active.includes(target)) {
			throw new AliasProblem(node, `the alias *${node.source} is inside its own anchor &${node.source}; it would never end`);
		}

		return resolve(document, target, [...active, target]);
	}

	if (isSeq(node)) {
		const seq = new YAMLSeq(document.schema);
		seq.range = node.range;
		seq.items = node.items.map((item) => resolve(document, item as YamlNode, active));
		return seq as YamlNode;
	}

	if (isMap(node)) {
		return resolveMap(document, node, active);
	}

	return node;
}

/** A map with its `<<` merges applied: its own keys win, then earlier merged maps over later ones. */
function resolveMap(document: Document, node: YAMLMap, active: YamlNode[]): YamlNode {
	const map = new YAMLMap(document.schema);
	map.range = node.range;
	const own: Pair[] = [];
	const merged: Pair[] = [];
	for (const pair of node.items) {
		if (!isMergeKey(pair.key)) {
			own.push(new Pair(pair.key, resolve(document, pair.value as YamlNode | null, active)));
			continue;
		}

		const value = resolve(document, pair.value as YamlNode | null, active);
		const sources = isSeq(value) ? (value.items as YamlNode[]) : [value];
		for (const source of sources) {
			if (!isMap(source)) {
				throw new AliasProblem((source ?? pair.value) as YamlNode, 'a merge key (<<) takes a mapping, or a list of mappings, such as <<: *defaults');
			}

			for (const item of source.items) {
				if (isPair(item)) {
					merged.push(item);
				}
			}
		}
	}

	const seen = new Set<string>();
	for (const pair of [...own, ...merged]) {
		const key = keyText(pair.key);
		if (!seen.has(key)) {
			seen.add(key);
			map.items.push(pair);
		}
	}

	return map as unknown as YamlNode;
}

function isMergeKey(key: unknown): boolean {
	return isScalar(key) && key.value === '<<';
}

function keyText(key: unknown): string {
	return isScalar(key) ? String(key.value) : String(key);
}
