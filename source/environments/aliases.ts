// YAML anchors, aliases and merge keys (`&x`, `*x`, `<<: *x`), resolved before the loader checks shapes.
// The result is a tree of the same nodes, so errors still point at lines: a value that came through an
// alias points at the line of its anchor. The yaml library's limit on alias expansions (its protection
// against "billion laughs" files) is checked first, on the whole document.
import {isAlias, isMap, isPair, isScalar, isSeq, Pair, YAMLMap, YAMLSeq, type Document, type Node as YamlNode} from 'yaml';

export class AliasProblem extends Error {
	constructor(
		readonly node: YamlNode | null | undefined,
		message: string,
	) {
		super(message);
	}
}

/** The yaml library's default: more expansions than this is refused as a resource exhaustion attack. */
const MAX_ALIAS_COUNT = 100;

export function resolveAliases(document: Document, root: YamlNode | null): YamlNode | null {
	if (!hasAliases(root)) {
		return root;
	}

	try {
		document.toJS({maxAliasCount: MAX_ALIAS_COUNT});
	} catch (error) {
		if (error instanceof ReferenceError && /Excessive alias count/.test(error.message)) {
			throw new AliasProblem(root, `its aliases expand to too much (more than ${MAX_ALIAS_COUNT} expansions); this looks like a resource exhaustion attack`);
		}

		if (!(error instanceof ReferenceError)) {
			throw error;
		}
		// An unresolved alias: named with its line below.
	}

	return resolve(document, root, []);
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
