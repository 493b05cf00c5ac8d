// Made-up store entries and store files for the UI tests.
import fs from 'node:fs';
import path from 'node:path';
import type {SecretEntry} from '../../source/store/store.js';

export const ISO = '2026-01-01T00:00:00.000Z';

export function entries(count: number, prefix = 'S'): SecretEntry[] {
	return Array.from({length: count}, (_, index) => ({
		name: `${prefix}${String(index).padStart(5, '0')}`,
		value: `value-${index}`,
		created: ISO,
		updated: ISO,
	}));
}

/** Writes a store file (0600, folder 0700) holding `secrets` (name → value) under `home`. */
export function writeStore(home: string, secrets: Record<string, string>): string {
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const file = path.join(home, 'secrets.json');
	const data = {
		version: 1,
		secrets: Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, {value, created: ISO, updated: ISO}])),
	};
	fs.writeFileSync(file, JSON.stringify(data), {mode: 0o600});
	return file;
}

/** The store file's secrets as name → value. */
export function readValues(home: string): Record<string, string> {
	const file = path.join(home, 'secrets.json');
	if (!fs.existsSync(file)) {
		return {};
	}

	const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {version: number; secrets: Record<string, {value: string}>};
	return Object.fromEntries(Object.entries(data.secrets).map(([name, secret]) => [name, secret.value]));
}
