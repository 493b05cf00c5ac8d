// Where the store lives: $SECRETS_TUI_HOME, else the platform's user data directory.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'secrets-tui';
export const STORE_FILE_NAME = 'secrets.json';

type Env = Record<string, string | undefined>;

/** The folder that holds the store (and, by default, environments.yaml). */
export function dataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
	if (env.SECRETS_TUI_HOME) {
		return path.resolve(env.SECRETS_TUI_HOME);
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
