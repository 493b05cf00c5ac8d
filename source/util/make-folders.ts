// Creates a folder and its missing parents, one at a time. Node 20's `mkdirSync(…, {recursive: true})`
// never returns where mkdir says ENOENT of a folder whose parent exists (/proc/nonexistent: it spins at
// full CPU for ever); here that is an error like any other.
import fs from 'node:fs';
import path from 'node:path';

/** Creates `dir` and each missing parent (with `mode`, less the umask, as mkdir -p); an error names the folder that could not be made. */
export function makeFolders(dir: string, mode?: number): void {
	const missing: string[] = [];
	for (let at = path.resolve(dir); ; at = path.dirname(at)) {
		if (exists(at)) {
			break;
		}

		missing.push(at);
		if (path.dirname(at) === at) {
			break;
		}
	}

	for (const folder of missing.reverse()) {
		try {
			fs.mkdirSync(folder, mode === undefined ? undefined : {mode});
		} catch (error) {
			// Made meanwhile by another process: as good as made here.
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw error;
			}
		}
	}
}

function exists(folder: string): boolean {
	try {
		fs.statSync(folder);
		return true;
	} catch {
		return false;
	}
}
