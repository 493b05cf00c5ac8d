import {expandHome} from '../util/stdin.js';
import {SecretStore} from '../store/store.js';
import {printable} from '../util/printable.js';
import {addTeam} from '../store/teams.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const summary = 'Register a team store folder (created for GROUP when missing)';

export const spec: CommandSpec = {
	name: 'store add',
	usage: 'NAME PATH [--group GROUP]',
	minArgs: 2,
	complete: {args: ['store', 'file']},
	flags: {group: {type: 'string', value: 'GROUP', description: 'the Unix group that shares the new folder (you must be a member)'}},
	help: `
Register the folder PATH as the team store NAME; its secrets are then NAME/SECRET. A missing folder is
created for GROUP: owned by you, group GROUP, mode 2770, its files 0660 whatever your umask. A
colleague registers the same folder by its path, without --group.

Examples
  $ secrets-tui store add lab /project/lab/secrets --group lab
  $ secrets-tui store add lab /project/lab/secrets
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const [name, folder] = parsed.input as [string, string];
	const {team, created} = addTeam(new SecretStore().home, name, expandHome(folder), parsed.flags.group as string | undefined);
	process.stderr.write(
		printable(`${created ? 'Created' : 'Registered'} the team store ${team.name} at ${team.path} (group ${team.group}); its secrets are ${team.name}/NAME.`) + '\n',
	);
	return 0;
}
