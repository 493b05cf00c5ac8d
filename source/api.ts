// The library face: `import {getSecret, setSecret, listSecrets, deleteSecret} from 'secrets-tui'`.
// The same store, rules, lock and error sentences as the CLI (it is a thin layer over SecretStore);
// no ink, no React. The types here are written out (not imported) so that the .d.ts emitted from
// this file stands alone in the package.
import {UserError} from './util/errors.js';
import {storeFile, storeFileIn} from './store/paths.js';
import {SecretStore} from './store/store.js';

/** Where the store is: `home` is the folder, absolute or `~/…` (as SECRETS_TUI_HOME); without it, SECRETS_TUI_HOME, else the user data directory. */
export type StoreOptions = {home?: string};

export type SecretInfo = {
	name: string;
	/** ISO 8601 */
	created: string;
	/** ISO 8601 */
	updated: string;
	/** Only when asked for with `{values: true}`. */
	value?: string;
};

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

/** Stores a secret; an existing name is refused unless `overwrite` is true. Resolves to whether it was new. */
export async function setSecret(name: string, value: string, options?: StoreOptions & {overwrite?: boolean}): Promise<{created: boolean}> {
	checkName(name);
	if (typeof value !== 'string') {
		throw new UserError(`The value of ${name} is a string, not ${value === null ? 'null' : typeof value}.`);
	}

	return storeAt(options).set(name, value, {overwrite: options?.overwrite === true});
}

/** Every secret, in the order `secrets-tui list` shows them; values only with `{values: true}`. */
export async function listSecrets(options?: StoreOptions & {values?: boolean}): Promise<SecretInfo[]> {
	return storeAt(options)
		.list()
		.map(({name, created, updated, value}) => (options?.values ? {name, created, updated, value} : {name, created, updated}));
}

/** Deletes the secret `name`; rejects when there is none by that name. */
export async function deleteSecret(name: string, options?: StoreOptions): Promise<void> {
	checkName(name);
	await storeAt(options).delete(name);
}
