// Where the environment definitions live: --envs FILE, else $SECRETS_TUI_ENVS, else environments.yaml
// beside the store.
import fs from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {dataDir} from '../store/paths.js';
import type {EnvironmentsFile} from './definition.js';
import {loadEnvironments} from './load.js';

export const ENVIRONMENTS_FILE_NAME = 'environments.yaml';

export function locateEnvironmentsFile(options: {flag?: string; env?: NodeJS.ProcessEnv} = {}): {file: string; exists: boolean} {
	const env = options.env ?? process.env;
	const chosen = options.flag ?? (env.SECRETS_TUI_ENVS ? env.SECRETS_TUI_ENVS : undefined);
	const file = chosen === undefined ? path.join(dataDir(env), ENVIRONMENTS_FILE_NAME) : path.resolve(chosen);
	return {file, exists: fs.existsSync(file)};
}

/** The definitions `run`, `submit` and `envs` use: --envs FILE, else $SECRETS_TUI_ENVS, else beside the store. */
export function loadDefinitions(flag: string | undefined): {file: string; defs: EnvironmentsFile} {
	const {file, exists} = locateEnvironmentsFile(flag === undefined ? {} : {flag});
	if (!exists) {
		throw new UserError(
			`There are no environment definitions at ${file}. Create that file (\`secrets-tui run --help\` shows an example), or point to one with --envs FILE or SECRETS_TUI_ENVS.`,
		);
	}

	return {file, defs: loadEnvironments(file)};
}
