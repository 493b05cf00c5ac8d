import {SecretStore} from '../store/store.js';
import {printable} from '../util/printable.js';
import {removeTeam} from '../store/teams.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const summary = 'Unregister a team store (its folder and secrets are kept)';

export const spec: CommandSpec = {
	name: 'store remove',
	usage: 'NAME',
	minArgs: 1,
	complete: {args: ['store']},
	help: `
Unregister the team store NAME. Its folder and secrets are left as they are, for the others and for
\`secrets-tui store add\` later.
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const team = removeTeam(new SecretStore().home, parsed.input[0]!);
	process.stderr.write(printable(`Unregistered the team store ${team.name}; its folder ${team.path} was left as it is.`) + '\n');
	return 0;
}
