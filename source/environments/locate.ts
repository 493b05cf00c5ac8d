// Where the environment definitions live: --envs FILE, else $SECRETS_TUI_ENVS, else environments.yaml
// beside the store.
import fs from 'node:fs';
import path from 'node:path';
import {UserError, isUserError} from '../util/errors.js';
import {checkTrusted} from '../util/file-trust.js';
import {dataDir} from '../store/paths.js';
import type {EnvironmentsFile} from './definition.js';
import {loadEnvironments} from './load.js';

export const ENVIRONMENTS_FILE_NAME = 'environments.yaml';

export function locateEnvironmentsFile(options: {flag?: string; env?: NodeJS.ProcessEnv} = {}): {file: string; exists: boolean; besideStore: boolean} {
	const env = options.env ?? process.env;
	const chosen = options.flag ?? (env.SECRETS_TUI_ENVS ? env.SECRETS_TUI_ENVS : undefined);
	const file = chosen === undefined ? path.join(dataDir(env), ENVIRONMENTS_FILE_NAME) : path.resolve(chosen);
	return {file, exists: fs.existsSync(file), besideStore: chosen === undefined};
}

/**
 * Refuses definitions another user could change (they decide what runs with the secrets): beside the store,
 * the store's own rule (yours, no write for group or others); a file you chose, refused when every user can
 * change it, one warning when a group or another user can. Returns the warnings.
 */
export function checkDefinitionsTrust(file: string, besideStore: boolean): string[] {
	return besideStore ? checkTrusted(file, 'environments.yaml beside the store', 'private') : checkTrusted(file, 'the definitions file', 'shared');
}

/** The definitions `run`, `submit` and `envs` use: --envs FILE, else $SECRETS_TUI_ENVS, else beside the store. */
export function loadDefinitions(flag: string | undefined): {file: string; defs: EnvironmentsFile; warnings: string[]} {
	const {file, exists, besideStore} = locateEnvironmentsFile(flag === undefined ? {} : {flag});
	if (!exists) {
		throw new UserError(
			`There are no environment definitions at ${file}. Create that file (\`secrets-tui run --help\` shows an example), or point to one with --envs FILE or SECRETS_TUI_ENVS.`,
		);
	}

	const warnings = checkDefinitionsTrust(file, besideStore);
	return {file, defs: loadEnvironments(file), warnings};
}

/**
 * The definitions the store at `storeDir` would run with (--envs FILE, else $SECRETS_TUI_ENVS, else beside
 * it), or none when there are none or they are broken (run and the panel say what is wrong with them).
 */
export function definitionsFor(storeDir: string, envsFile?: string, env: NodeJS.ProcessEnv = process.env): EnvironmentsFile | undefined {
	const {file, exists} = locateEnvironmentsFile({flag: envsFile, env: {...env, SECRETS_TUI_HOME: storeDir}});
	if (!exists) {
		return undefined;
	}

	try {
		return loadEnvironments(file);
	} catch (error) {
		if (isUserError(error)) {
			return undefined;
		}

		throw error;
	}
}
