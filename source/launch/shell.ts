// The shell for definitions' setup and commands: bash when it is on PATH, else sh.
import fs from 'node:fs';
import path from 'node:path';

let shellCache: string | undefined;

/** bash when it is on PATH, else sh. */
export function defaultShell(env: NodeJS.ProcessEnv = process.env): string {
	if (shellCache) {
		return shellCache;
	}

	for (const dir of (env.PATH ?? '/usr/bin:/bin').split(path.delimiter)) {
		if (dir && isExecutable(path.join(dir, 'bash'))) {
			shellCache = 'bash';
			return shellCache;
		}
	}

	shellCache = 'sh';
	return shellCache;
}

function isExecutable(file: string): boolean {
	try {
		fs.accessSync(file, fs.constants.X_OK);
		return true;
	} catch {
		return false;
	}
}
