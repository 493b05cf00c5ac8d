// Reading the values inside an environment definition: setup, specifiers and num_cores. A Problem names
// the node (for its line) and what is wrong; the loader turns it into a sentence naming the file.
import {isMap, isScalar, isSeq, type Node as YamlNode} from 'yaml';
import type {CoreRange} from './definition.js';

export class Problem extends Error {
	constructor(
		readonly node: YamlNode | null | undefined,
		message: string,
	) {
		super(message);
	}
}

export function readSetup(node: YamlNode | undefined, environment: string): string | undefined {
	if (!node || isNull(node)) {
		return undefined;
	}

	if (isScalar(node) && typeof node.value === 'string') {
		return node.value.replace(/\n$/, '');
	}

	if (isSeq(node)) {
		return node.items
			.map((item) => {
				if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
					return String(item.value);
				}

				throw new Problem(item as YamlNode, `each setup line of ${environment} must be text`);
			})
			.join('\n');
	}

	throw new Problem(node, `the setup of ${environment} must be text or a list of lines`);
}

/** hpcflow's specifiers: a mapping of simple values, kept as written (`version: 3.10` is "3.10"). */
export function readSpecifiers(node: YamlNode | undefined, environment: string): Record<string, string> {
	if (!node || isNull(node)) {
		return {};
	}

	if (!isMap(node)) {
		throw new Problem(node, `the specifiers of ${environment} must be a mapping, such as \`version: "1.2"\``);
	}

	const specifiers = Object.create(null) as Record<string, string>; // a key may be __proto__
	for (const pair of node.items) {
		const value = pair.value as YamlNode | null;
		if (!isScalar(pair.key) || !isScalar(value) || value.value === null || typeof value.value === 'object') {
			throw new Problem((value ?? pair.key) as YamlNode, `each specifier of ${environment} must be KEY: VALUE with a simple value`);
		}

		const plain = value.type === 'PLAIN' && typeof value.source === 'string' ? value.source : undefined;
		specifiers[String(pair.key.value)] = plain ?? String(value.value);
	}

	return specifiers;
}

export function readCores(node: YamlNode, where: string): number | CoreRange | null {
	if (isNull(node)) {
		return null;
	}

	const value = node.toJSON() as unknown;
	if (isWhole(value)) {
		return value;
	}

	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const {start, stop, step, ...others} = value as Record<string, unknown>;
		const unknown = Object.keys(others);
		if (unknown.length > 0) {
			throw new Problem(node, `num_cores of ${where} has ${unknown.join(', ')}; it takes start, stop and step`);
		}

		if (!isWhole(start) || !isWhole(stop) || (step !== undefined && (!isWhole(step) || step < 1)) || stop < start) {
			throw new Problem(node, `num_cores of ${where} must be {start, stop, step} with whole numbers, start <= stop and step >= 1`);
		}

		return step === undefined ? {start, stop} : {start, stop, step};
	}

	throw new Problem(node, `num_cores of ${where} must be a whole number or {start, stop, step}`);
}

export function isNull(node: YamlNode): boolean {
	return isScalar(node) && node.value === null;
}

function isWhole(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
