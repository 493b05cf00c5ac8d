// POSIX ACLs through Debian's `acl` tools (getfacl, setfacl): the named users and groups a team store
// is shared with beyond its group, and `store grant` / `store revoke`.
import {childProcess} from '../util/child-process.js';
import {UserError} from '../util/errors.js';

export type AclEntry = {kind: 'user' | 'group'; name: string; write: boolean};

function run(program: 'getfacl' | 'setfacl', args: string[]): {ok: boolean; output: string} {
	const result = childProcess().spawnSync(program, args, {encoding: 'utf8'});
	if (result.error) {
		const code = (result.error as NodeJS.ErrnoException).code;
		throw new UserError(
			code === 'ENOENT'
				? `${program} is not installed, so secrets-tui cannot read or change ACLs; install it (Debian and Ubuntu: apt-get install acl).`
				: `${program} could not run: ${result.error.message}.`,
		);
	}

	return {ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim()};
}

/** The named user and group entries of `target`'s access ACL (not its default ACL). */
export function readAcl(target: string): AclEntry[] {
	const {ok, output} = run('getfacl', ['--omit-header', '--absolute-names', '--', target]);
	if (!ok) {
		throw new UserError(`Cannot read the ACL of ${target}: ${output}.`);
	}

	const entries: AclEntry[] = [];
	for (const line of output.split('\n')) {
		const match = /^(user|group):([^:]+):([rwx-]{3})/.exec(line);
		if (match) {
			entries.push({kind: match[1] as 'user' | 'group', name: match[2]!, write: match[3]![1] === 'w'});
		}
	}

	return entries;
}

/** Runs setfacl; a file system without ACLs is a sentence, not setfacl's words alone. */
export function setAcl(args: string[], target: string): void {
	const {ok, output} = run('setfacl', [...args, '--', target]);
	if (ok) {
		return;
	}

	if (/not supported/i.test(output)) {
		throw new UserError(
			`The file system holding ${target} does not support ACLs, so one user cannot be given access there; share through the store's group instead (add them to the group), or put the store on a file system with ACLs.`,
		);
	}

	throw new UserError(`Cannot change the ACL of ${target}: ${output}.`);
}
