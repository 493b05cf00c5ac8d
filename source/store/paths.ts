// Where the store lives: $SECRETS_TUI_HOME, else the platform's user data directory.
import os from 'node:os';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {expandHome} from '../util/stdin.js';

export const APP_NAME = 'secrets-tui';
export const STORE_FILE_NAME = 'secrets.json';

type Env = Record<string, string | undefined>;

/** The folder that holds the store (and, by default, environments.yaml). */
export function dataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
	if (env.SECRETS_TUI_HOME) {
		return path.resolve(expandHome(env.SECRETS_TUI_HOME));
	}

	const home = os.homedir();
	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Application Support', APP_NAME);
	}

	if (platform === 'win32') {
		return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), APP_NAME);
	}

	const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(home, '.local', 'share');
	return path.join(xdg, APP_NAME);
}

export function storeFile(env: Env = process.env): string {
	return path.join(dataDir(env), STORE_FILE_NAME);
}

/**
 * The store file in the folder a program names (the library's `{home}`): `~` and `~/x` are the home
 * folder, as in a shell; a relative folder is refused, as it would depend on the current folder
 * (a literal `~` once made a folder named `~` there).
 */
export function storeFileIn(home: string): string {
	const folder = expandHome(home);
	if (!path.isAbsolute(folder)) {
		throw new UserError(
			`The home option ${home} is a relative path, so the store would move with the current folder; give an absolute folder, as in {home: "/path/to/folder"} or {home: "~/secrets"}.`,
		);
	}

	return path.join(path.normalize(folder), STORE_FILE_NAME);
}
