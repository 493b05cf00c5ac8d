import {usersOfSecret} from '../environments/definitions-file.js';
import {SecretStore} from '../store/store.js';
import {printable} from '../util/printable.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const spec: CommandSpec = {
	name: 'rename',
	usage: 'OLD NEW [--overwrite]',
	minArgs: 2,
	maxArgs: 2,
	complete: {args: ['secret', 'secret']},
	flags: {
		overwrite: {type: 'boolean', description: 'replace an existing secret named NEW'},
	},
	help: `
Rename the secret OLD to NEW (alias: mv), in one write: its value, created, note and expiry go with it
(updated is now). NEW follows the rules of set; an existing NEW is refused unless --overwrite. A team
secret is renamed within its store (lab/OLD lab/NEW); between two stores, use get, set and delete.
Environments whose secrets: still name OLD are listed on stderr; their files are not edited.

Examples
  $ secrets-tui rename ghe-token gh-token
  $ secrets-tui mv lab/wandb lab/wandb-team --overwrite
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const [from, to] = parsed.input as [string, string];
	const store = new SecretStore();
	const {replaced} = await store.rename(from, to, {overwrite: Boolean(parsed.flags.overwrite)});
	if (process.stderr.isTTY) {
		process.stderr.write(`Renamed ${from} to ${to}${replaced ? ` (the old ${to} was replaced)` : ''}.\n`);
	}

	// Environments that name the old name no longer find it: say which, and where (nothing is edited).
	const users = usersOfSecret(store.home, from);
	if (users) {
		process.stderr.write(`secrets-tui: ${printable(users.text)} still ${users.count === 1 ? 'names' : 'name'} ${from} in secrets: (not edited); change it to ${to} there.\n`);
	}

	return 0;
}
