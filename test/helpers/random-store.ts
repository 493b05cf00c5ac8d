// Random stores of hostile names and values from a fixed seed (so a failure repeats), for the tests that
// compare the quick reads and the in-place write with the full parse.
import type {Secret, StoreData} from '../../source/store/read.js';

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Pieces a value is made of: JSON's specials, control characters, `"name": {` and entry-like lines, non-ASCII. */
const PIECES = [
	'"',
	'\\',
	'\\"',
	'\\u0041',
	'\\n',
	'/',
	'\n',
	'\t',
	'\r',
	'\b',
	'\f',
	'\u0000',
	'\u0001',
	'\u001f',
	'\u007f',
	'\u0085',
	'\u2028',
	'\u2029',
	'\uFEFF',
	'é',
	'日本',
	'😀',
	'"A": {',
	'\n\t\t"A": {\n\t\t\t"value": "x"',
	'\t\t},\n\t\t"B": {',
	'\n\t}\n}',
	'{"version": 1}',
	'plain text ',
	'x'.repeat(40),
];

/** Valid names, among them ones that are also JSON keys of the file or of Object.prototype. */
export const NAMES = ['A', 'B', 'a', '__proto__', 'constructor', 'toString', 'value', 'created', 'updated', 'note', 'secrets', 'version', 'db.password', 'db-password', '_x', 'Z9', 'N'.repeat(128)];

export function pick<T>(next: () => number, items: readonly T[]): T {
	return items[Math.floor(next() * items.length)]!;
}

export function randomText(next: () => number, pieces: number): string {
	return Array.from({length: pieces}, () => pick(next, PIECES)).join('');
}

/** A secret with some of the optional fields. */
export function randomSecret(next: () => number): Secret {
	const secret: Secret = {value: randomText(next, 1 + Math.floor(next() * 6)) || 'v', created: '2026-01-01T00:00:00.000Z', updated: `2026-0${1 + Math.floor(next() * 9)}-01T00:00:00.000Z`};
	if (next() < 0.3) {
		secret.note = randomText(next, 2);
	}

	if (next() < 0.3) {
		secret.expires = '2027-03-01';
	}

	if (next() < 0.2) {
		secret.updatedBy = pick(next, ['alice', 'bob', 'ü']);
	}

	return secret;
}

export function randomStore(next: () => number, count: number): StoreData {
	const secrets = Object.create(null) as Record<string, Secret>;
	for (let index = 0; index < count; index++) {
		secrets[next() < 0.5 ? pick(next, NAMES) : `S${index}_${Math.floor(next() * 1000)}`] = randomSecret(next);
	}

	return {version: 1, secrets};
}
