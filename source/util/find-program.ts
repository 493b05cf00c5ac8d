// The one program lookup: where a program would be found on a PATH, without running it. It answers the
// way the exec that starts it will search (execvp, and libuv's own copy of it under Node's spawn), so a
// "not found" here and a failed start agree:
// - a name with a slash is not searched for: it is the file at that path, from `cwd`;
// - PATH's entries are tried in order; an empty entry (a leading, trailing or doubled separator) is the
//   current folder, as POSIX says and as execvp does, and a relative entry is taken from `cwd`;
// - no PATH at all means libuv's default, /usr/bin:/bin (an empty PATH is one empty entry: the current folder);
// - a candidate counts when it is a file (after symbolic links) with the execute bit for us: a folder of
//   that name, or a file that is not executable, is passed over and the search goes on, as execvp does.
import fs from 'node:fs';
import path from 'node:path';

export const FALLBACK_PATH = '/usr/bin:/bin';

export type FindProgramOptions = {
	/** PATH as the child will see it; undefined means unset (the fallback applies). Default: our own. */
	pathVariable?: string | undefined;
	/** Where relative names and entries start from. Default: the current folder. */
	cwd?: string;
	platform?: NodeJS.Platform;
};

/** The PATH of an environment (Windows spells it Path). */
export function pathVariableOf(env: NodeJS.ProcessEnv): string | undefined {
	return env.PATH ?? env.Path;
}

/** The full path the program would run from, or undefined when the exec would not find it. */
export function findProgram(program: string, options: FindProgramOptions = {}): string | undefined {
	const cwd = options.cwd ?? process.cwd();
	const pathVariable = 'pathVariable' in options ? options.pathVariable : pathVariableOf(process.env);
	const windows = (options.platform ?? process.platform) === 'win32';
	if (program === '') {
		return undefined;
	}

	if (program.includes('/') || (windows && program.includes('\\'))) {
		const file = path.resolve(cwd, program);
		return isExecutableFile(file) ? file : undefined;
	}

	for (const entry of (pathVariable ?? FALLBACK_PATH).split(windows ? ';' : ':')) {
		const file = path.resolve(cwd, entry, program);
		if (isExecutableFile(file)) {
			return file;
		}
	}

	return undefined;
}

function isExecutableFile(file: string): boolean {
	try {
		fs.accessSync(file, fs.constants.X_OK);
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}
