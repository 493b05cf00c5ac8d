// One pipe for a child's stdout and stderr when ours are one file. Node cannot hand one pipe to two of
// a child's descriptors, so the child is started through `sh -c 'exec "$@" 2>&1'`: the shell points
// fd 2 at the pipe of fd 1 and replaces itself with the program (same PID, same arguments, same exit
// status and signals; no shell parses the arguments). The program is looked up on PATH first (util/find-program.ts), so a
// missing one is still reported by the launcher's own sentence (the plain spawn then fails as usual).
import fs from 'node:fs';
import {findProgram} from '../util/find-program.js';

/** Whether this process's stdout and stderr are the same open file (same device and inode). */
export function sharedOutputFile(): boolean {
	if (process.platform === 'win32') {
		return false;
	}

	try {
		const out = fs.fstatSync(1);
		const err = fs.fstatSync(2);
		return out.dev === err.dev && out.ino === err.ino;
	} catch {
		return false;
	}
}

/** The argv that runs `argv` with stderr joined to stdout, or undefined to start it as it is. */
export function oneOutputCommand(argv: readonly string[], pathVariable: string | undefined, cwd: string | undefined): string[] | undefined {
	const program = argv[0];
	if (!program || program.startsWith('-') || !findProgram(program, {pathVariable, cwd: cwd ?? process.cwd()}) || !findProgram('/bin/sh')) {
		return undefined;
	}

	return ['/bin/sh', '-c', 'exec "$@" 2>&1', 'sh', ...argv];
}
