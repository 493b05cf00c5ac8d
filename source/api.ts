// The library face: `import {getSecret, setSecret, listSecrets, deleteSecret, renameSecret} from 'secrets-tui'`.
// A name may be `lab/NAME`: the secret NAME of the team store lab (registered with `secrets-tui store add`).
// The same store, rules, lock and error sentences as the CLI (it is a thin layer over SecretStore);
// no ink, no React. The types here are written out (not imported) so that the .d.ts emitted from
// this file stands alone in the package.
import {UserError} from './util/errors.js';
import {storeFile, storeFileIn} from './store/paths.js';
import {EXTRA_FIELDS} from './store/read.js';
import {SecretStore} from './store/store.js';

/** Where the store is: `home` is the folder, absolute or `~/…` (as SECRETS_TUI_HOME); without it, SECRETS_TUI_HOME, else the user data directory. */
export type StoreOptions = {home?: string};

export type SecretInfo = {
	name: string;
	/** ISO 8601 */
	created: string;
	/** ISO 8601 */
	updated: string;
	/** In a team store: the user who last set it. */
	updatedBy?: string;
	/** A note kept with the secret, when it has one. */
	note?: string;
	/** The day it stops working (YYYY-MM-DD), when it has one. */
	expires?: string;
	/** Only when asked for with `{values: true}`. */
	value?: string;
};

/** What setSecret may keep with the value: a note and an expiry day (YYYY-MM-DD); '' removes one, leaving one out keeps it. */
export type SecretExtras = {note?: string; expires?: string};

/**
 * What every function rejects with for a mistake a person can fix (a missing name, a name that
 * exists, a broken or loose store): `message` is the CLI's sentence, `exitCode` the CLI's exit code.
 */
export type SecretsError = Error & {name: 'UserError' | 'UsageError'; exitCode: number};

export function isSecretsError(error: unknown): error is SecretsError {
	return error instanceof UserError;
}

function storeAt(options: StoreOptions = {}): SecretStore {
	if (options.home !== undefined && (typeof options.home !== 'string' || options.home === '')) {
		throw new UserError('The home option names no folder; give the folder of the store, as in {home: "/path/to/folder"}.');
	}

	return new SecretStore(options.home === undefined ? storeFile() : storeFileIn(options.home));
}

function checkName(name: unknown): asserts name is string {
	if (typeof name !== 'string') {
		throw new UserError(`A secret's name is a string, not ${name === null ? 'null' : typeof name}.`);
	}
}

/** The value of the secret `name`; rejects when there is none by that name. */
export async function getSecret(name: string, options?: StoreOptions): Promise<string> {
	checkName(name);
	return storeAt(options).require(name).value;
}

/** Stores a secret (with a note and an expiry, if given); an existing name is refused unless `overwrite` is true. Resolves to whether it was new. */
export async function setSecret(name: string, value: string, options?: StoreOptions & SecretExtras & {overwrite?: boolean}): Promise<{created: boolean}> {
	checkName(name);
	if (typeof value !== 'string') {
		throw new UserError(`The value of ${name} is a string, not ${value === null ? 'null' : typeof value}.`);
	}

	for (const field of EXTRA_FIELDS) {
		if (options?.[field] !== undefined && typeof options[field] !== 'string') {
			throw new UserError(`The ${field} of ${name} is a string, not ${typeof options[field]}.`);
		}
	}

	const extras = {...(options?.note === undefined ? {} : {note: options.note}), ...(options?.expires === undefined ? {} : {expires: options.expires})};
	const {created} = await storeAt(options).set(name, value, {overwrite: options?.overwrite === true, overwriteHint: 'pass {overwrite: true}', ...extras});
	return {created};
}

/**
 * Every secret, in the order `secrets-tui list` shows them; values only with `{values: true}`;
 * `{store: 'lab'}` lists the team store lab instead of the personal one (names without `lab/`).
 */
export async function listSecrets(options?: StoreOptions & {values?: boolean; store?: string}): Promise<SecretInfo[]> {
	const personal = storeAt(options);
	const store = options?.store === undefined ? personal : personal.teamStore(options.store);
	return options?.values ? store.list() : store.summaries();
}

/** Deletes the secret `name`; rejects when there is none by that name. */
export async function deleteSecret(name: string, options?: StoreOptions): Promise<void> {
	checkName(name);
	await storeAt(options).delete(name);
}

/**
 * Renames the secret `oldName` to `newName` within its store, keeping its value, created, note and expiry
 * (updated becomes now). Rejects when `oldName` is missing, when `newName` is invalid or in another store
 * (`lab/x` to `y`), and when `newName` exists, unless `overwrite` is true (it is then replaced).
 * Resolves to whether an existing `newName` was replaced.
 */
export async function renameSecret(oldName: string, newName: string, options?: StoreOptions & {overwrite?: boolean}): Promise<{replaced: boolean}> {
	checkName(oldName);
	checkName(newName);
	const {replaced} = await storeAt(options).rename(oldName, newName, {overwrite: options?.overwrite === true, overwriteHint: `To replace it with ${oldName}, pass {overwrite: true}.`});
	return {replaced};
}
