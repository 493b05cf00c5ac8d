import {SecretStore} from '../store/store.js';
import {printable} from '../util/printable.js';
import {grantTeam} from '../store/teams.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const summary = 'Give one user access to a team store (POSIX ACL)';

export const spec: CommandSpec = {
	name: 'store grant',
	usage: 'NAME USER [--read-only]',
	minArgs: 2,
	complete: {args: ['store', 'user']},
	flags: {readOnly: {type: 'boolean', description: 'USER reads the values and cannot change them'}},
	help: `
Give USER, who is not in the store's group, access to the team store NAME through a POSIX ACL
(setfacl), as Apolo's \`acl grant\` does. USER then registers it with \`secrets-tui store add NAME PATH\`.

Example
  $ secrets-tui store grant lab alice --read-only
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const [name, user] = parsed.input as [string, string];
	const store = new SecretStore().teamStore(name);
	const readOnly = Boolean(parsed.flags.readOnly);
	await grantTeam(store, user, readOnly);
	process.stderr.write(printable(`${user} can now ${readOnly ? 'read' : 'read and change'} the team store ${name}; they add it with: secrets-tui store add ${name} '${store.team!.path}'.`) + '\n');
	return 0;
}
