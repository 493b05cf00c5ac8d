// The secret store: the one API both faces use. Reads are plain file reads; every change is a
// locked read-modify-write, so a TUI and scripts can write at the same time without losing updates.
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {EXTRA_FIELDS, readStore, type Secret, type SecretExtras, type StoreData} from './read.js';
import {expiresProblem, nameProblem, noteProblem, valueProblem} from './rules.js';
import {storeFile} from './paths.js';
import {didYouMean} from '../util/nearest.js';

export type SecretEntry = Secret & {name: string};

export type SetResult = {created: boolean};
export type SetManyResult = {written: string[]; skipped: string[]};

export class SecretStore {
	readonly file: string;
	readonly dir: string;

	constructor(file: string = storeFile()) {
		this.file = file;
		this.dir = path.dirname(file);
	}

	/** Every secret, sorted by name (compareNames: the TUI and `list` show the same order). */
	list(): SecretEntry[] {
		const {secrets} = readStore(this.file);
		return sortNames(Object.keys(secrets)).map((name) => ({name, ...secrets[name]!}));
	}

	/** The secret, or undefined when there is none by that name. */
	get(name: string): Secret | undefined {
		return readStore(this.file).secrets[name];
	}

	/** The secret's value; a missing name is a UserError that says how to see the names. */
	require(name: string): Secret {
		const secret = this.get(name);
		if (!secret) {
			throw missingSecret(name, this.file, this.list().map((entry) => entry.name));
		}

		return secret;
	}

	has(name: string): boolean {
		return this.get(name) !== undefined;
	}

	/**
	 * Adds a secret, or replaces its value when `overwrite` is set. A note or expiry given replaces the
	 * old one ('' removes it); one not given is kept.
	 */
	async set(name: string, value: string, options: {overwrite?: boolean; overwriteHint?: string} & SecretExtras = {}): Promise<SetResult> {
		assertValid(name, value);
		assertExtras(options);
		return this.change((data) => {
			const existing = data.secrets[name];
			if (existing && !options.overwrite) {
				throw new UserError(`A secret named ${name} already exists; ${options.overwriteHint ?? 'add --overwrite'} to replace its value.`);
			}

			const now = new Date().toISOString();
			data.secrets[name] = withExtras({...existing, value, created: existing?.created ?? now, updated: now}, options);
			return {created: !existing};
		});
	}

	/**
	 * Sets many secrets in one locked write. Existing names are skipped unless `overwrite`.
	 * Every name and value is checked before anything is written.
	 */
	async setMany(entries: ReadonlyArray<{name: string; value: string}>, options: {overwrite?: boolean} = {}): Promise<SetManyResult> {
		for (const {name, value} of entries) {
			assertValid(name, value);
		}

		return this.change((data) => {
			const written: string[] = [];
			const skipped: string[] = [];
			const now = new Date().toISOString();
			for (const {name, value} of entries) {
				const existing = data.secrets[name];
				if (existing && !options.overwrite) {
					skipped.push(name);
					continue;
				}

				data.secrets[name] = {value, created: existing?.created ?? now, updated: now};
				written.push(name);
			}

			return {written, skipped};
		});
	}

	async delete(name: string): Promise<void> {
		await this.change((data) => {
			if (!data.secrets[name]) {
				throw missingSecret(name, this.file, Object.keys(data.secrets));
			}

			delete data.secrets[name];
		});
	}

	/**
	 * Runs `mutate` on a fresh read of the store while holding the lock, then writes the result; if
	 * another writer saved in between (this one stalled past the lock's stale threshold), `mutate` runs
	 * again on a fresh read (change.ts). When `mutate` throws, nothing is written.
	 */
	private async change<T>(mutate: (data: StoreData) => T): Promise<T> {
		// Loaded only to write: readers (get, list, exec) never pay for the lock and the writer.
		const {changeStore} = await import('./change.js');
		return changeStore(this.file, mutate);
	}
}

/**
 * `names` in compareNames' order, each lowered once rather than in every comparison (a million
 * names take about 20 million comparisons).
 */
export function sortNames(names: string[]): string[] {
	const keyed = names.map((name) => ({name, lower: name.toLowerCase()}));
	keyed.sort((a, b) => (a.lower === b.lower ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.lower < b.lower ? -1 : 1));
	return keyed.map((entry) => entry.name);
}

/**
 * The one order of secret names: ignoring case (`db-password` among the d's, not after `Z`), then by
 * UTF-16 code units so names that differ only in case keep one fixed order (`API` before `api`).
 * No locale: the order is the same on every machine.
 */
export function compareNames(a: string, b: string): number {
	const lowerA = a.toLowerCase();
	const lowerB = b.toLowerCase();
	if (lowerA !== lowerB) {
		return lowerA < lowerB ? -1 : 1;
	}

	return a < b ? -1 : a > b ? 1 : 0;
}

function assertValid(name: string, value: string): void {
	const problem = nameProblem(name) ?? valueProblem(value);
	if (problem) {
		throw new UserError(problem);
	}
}

function missingSecret(name: string, file: string, names: string[]): UserError {
	return new UserError(`There is no secret named ${name} in ${file}${didYouMean(name, names)}; \`secrets-tui list\` shows the names.`);
}

/** The secret with the extras given set (an empty one removed); the others as they were. */
function withExtras(secret: Secret, extras: SecretExtras): Secret {
	const result: Secret = {...secret};
	for (const field of EXTRA_FIELDS) {
		const given = extras[field];
		if (given === '') {
			delete result[field];
		} else if (given !== undefined) {
			result[field] = given;
		}
	}

	return result;
}

function assertExtras(extras: SecretExtras): void {
	const problem = (extras.expires ? expiresProblem(extras.expires) : undefined) ?? (extras.note ? noteProblem(extras.note) : undefined);
	if (problem) {
		throw new UserError(problem);
	}
}
