import {SecretStore} from '../store/store.js';
import {printable} from '../util/printable.js';
import {revokeTeam} from '../store/teams.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const summary = 'Take a user\'s ACL access to a team store away';

export const spec: CommandSpec = {
	name: 'store revoke',
	usage: 'NAME USER',
	minArgs: 2,
	complete: {args: ['store', 'user']},
	help: `
Remove USER's ACL entries from the team store NAME. A member of the store's group keeps access
through the group: remove them from the group for that.
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const [name, user] = parsed.input as [string, string];
	const store = new SecretStore().teamStore(name);
	const team = store.team!;
	const {stillMember} = await revokeTeam(store, user);
	process.stderr.write(printable(
		stillMember
			? `Removed ${user}'s ACL entries, but ${user} is in the group ${team.group} and still reads the team store ${name}; remove them from the group to take that away.`
			: `${user} no longer has access to the team store ${name}. Values they have read may still be copied: change those that matter.`,
	) + '\n');
	return 0;
}
