// Where the environment definitions live: --envs FILE, else $SECRETS_TUI_ENVS, else environments.yaml
// beside the store.
import fs from 'node:fs';
import path from 'node:path';
import {dataDir} from '../store/paths.js';

export const ENVIRONMENTS_FILE_NAME = 'environments.yaml';

export function locateEnvironmentsFile(options: {flag?: string; env?: NodeJS.ProcessEnv} = {}): {file: string; exists: boolean} {
	const env = options.env ?? process.env;
	const chosen = options.flag ?? (env.SECRETS_TUI_ENVS ? env.SECRETS_TUI_ENVS : undefined);
	const file = chosen === undefined ? path.join(dataDir(env), ENVIRONMENTS_FILE_NAME) : path.resolve(chosen);
	return {file, exists: fs.existsSync(file)};
}
