// Reading the store file: plain fs + JSON.parse, no conf, so `get` and `list` start fast.
// A file that is loose (group/other bits), not JSON, or not our shape is refused and never touched.
import fs from 'node:fs';
import {UserError} from '../core/errors.js';
import {isValidName} from './rules.js';

export type Secret = {
	value: string;
	/** ISO 8601 */
	created: string;
	/** ISO 8601 */
	updated: string;
};

export type StoreData = {
	version: 1;
	secrets: Record<string, Secret>;
};

export function emptyStore(): StoreData {
	return {version: 1, secrets: Object.create(null) as Record<string, Secret>};
}

/** Reads and checks the store file. A missing file is an empty store. */
export function readStore(file: string): StoreData {
	let fd: number;
	try {
		fd = fs.openSync(file, 'r');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return emptyStore();
		}

		throw new UserError(`Cannot read the store ${file}: ${(error as Error).message}.`);
	}

	let text: string;
	try {
		checkMode(file, fs.fstatSync(fd).mode);
		text = fs.readFileSync(fd, 'utf8');
	} finally {
		fs.closeSync(fd);
	}

	return parseStore(file, text);
}

export function checkMode(file: string, mode: number): void {
	if (process.platform === 'win32') {
		return;
	}

	if ((mode & 0o077) !== 0) {
		const octal = (mode & 0o777).toString(8).padStart(3, '0');
		throw new UserError(
			`The store ${file} can be read or written by other users (mode ${octal}), so secrets-tui will not use it. ` +
				`Check that nobody has copied it, then run: chmod 600 '${file}'`,
		);
	}
}

export function parseStore(file: string, text: string): StoreData {
	const damaged = (what: string) =>
		new UserError(
			`The store ${file} is damaged: ${what}. It was left as it is; restore it from a backup, or move it aside to start a new store.`,
		);

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw damaged(`it is not valid JSON (${(error as Error).message})`);
	}

	if (!isObject(data)) {
		throw damaged('it does not hold a JSON object');
	}

	if (data.version !== 1) {
		throw damaged(`its "version" is ${JSON.stringify(data.version) ?? 'missing'}, expected 1`);
	}

	if (!isObject(data.secrets)) {
		throw damaged('it has no "secrets" object');
	}

	const secrets = Object.create(null) as Record<string, Secret>;
	for (const [name, entry] of Object.entries(data.secrets)) {
		if (!isValidName(name)) {
			throw damaged(`it holds an entry with an invalid name ${JSON.stringify(name)}`);
		}

		if (
			!isObject(entry) ||
			typeof entry.value !== 'string' ||
			typeof entry.created !== 'string' ||
			typeof entry.updated !== 'string'
		) {
			throw damaged(`the entry "${name}" is not a {value, created, updated} object of strings`);
		}

		secrets[name] = {value: entry.value, created: entry.created, updated: entry.updated};
	}

	return {version: 1, secrets};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
