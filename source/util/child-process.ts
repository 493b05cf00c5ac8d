// node:child_process, loaded when a command first runs a program, not as it starts: loading it loads
// Node's net and stream modules, about 3 ms of every command that reads a store (groups.ts asks getent
// only for a group /etc/group does not list, acl.ts runs getfacl/setfacl only for team stores).
// dist/ is CommonJS, with `require`; the library (dist/api.mjs, an ES module) gets one from its banner
// (scripts/build.mjs); Vitest gives every source module one.
import type * as ChildProcess from 'node:child_process';

export function childProcess(): typeof ChildProcess {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at first use, as above
	return require('node:child_process') as typeof ChildProcess;
}
