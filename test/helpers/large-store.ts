// A store near the 128 MiB limit: about a million small secrets, written directly in the store's
// format (tab-indented JSON, as serializeStore writes it) in about a second, not through a million sets.
import fs from 'node:fs';
import path from 'node:path';
import {MAX_STORE_BYTES} from '../../source/store/rules.js';

export const LARGE_COUNT = 1_000_000;
const STAMP = '2026-01-01T00:00:00.000Z';

/** `S0000000` … `S0999999`. */
export function largeName(index: number): string {
	return `S${String(index).padStart(7, '0')}`;
}

export function largeValue(index: number): string {
	return `value-${index}`;
}

/** Writes the store in `home` (made 0700); returns its path. The file is checked to be near, and under, the limit. */
export function writeLargeStore(home: string, count = LARGE_COUNT): string {
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const file = path.join(home, 'secrets.json');
	const parts = ['{\n\t"version": 1,\n\t"secrets": {\n'];
	for (let index = 0; index < count; index++) {
		const separator = index < count - 1 ? ',' : '';
		parts.push(`\t\t"${largeName(index)}": {\n\t\t\t"value": "${largeValue(index)}",\n\t\t\t"created": "${STAMP}",\n\t\t\t"updated": "${STAMP}"\n\t\t}${separator}\n`);
	}

	parts.push('\t}\n}');
	fs.writeFileSync(file, parts.join(''), {mode: 0o600});
	const size = fs.statSync(file).size;
	if (size > MAX_STORE_BYTES || size < 0.9 * MAX_STORE_BYTES) {
		throw new Error(`The generated store is ${size} bytes, not just under the ${MAX_STORE_BYTES}-byte limit.`);
	}

	return file;
}
