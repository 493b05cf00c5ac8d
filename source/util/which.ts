// Whether a program is on the PATH (without running it).
import fs from 'node:fs';
import path from 'node:path';

/** The program's full path when PATH has it, else undefined. */
export function findOnPath(program: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	for (const dir of (env.PATH ?? '').split(path.delimiter)) {
		if (!dir) {
			continue;
		}

		const file = path.join(dir, program);
		try {
			fs.accessSync(file, fs.constants.X_OK);
			if (fs.statSync(file).isFile()) {
				return file;
			}
		} catch {
			// Not here.
		}
	}

	return undefined;
}
