// `secrets-tui store SUBCOMMAND`: the team stores. Each subcommand is a file of its own (store-*.ts)
// with its own table; this one dispatches, and its table (for completion) is the union of theirs.
import {UsageError} from '../util/errors.js';
import {helpText, type CommandSpec, type FlagSpec} from '../cli/args.js';
import * as add from './store-add.js';
import * as list from './store-list.js';
import * as remove from './store-remove.js';
import * as grant from './store-grant.js';
import * as revoke from './store-revoke.js';
import {columns} from '../cli/spec.js';

type Subcommand = {spec: CommandSpec; summary: string; run: (argv: string[]) => Promise<number>};

const SUBCOMMANDS: Record<string, Subcommand> = {add, list, remove, grant, revoke};

export const STORE_COMMANDS = Object.keys(SUBCOMMANDS);

const help = `
Team stores: folders on a shared file system that a Unix group (and users given access by ACL) share.
A team secret is named STORE/NAME wherever a name is taken: secrets-tui get lab/wandb. Each command
has its own help: secrets-tui store add --help.

Commands
${columns(Object.entries(SUBCOMMANDS).map(([name, command]) => [`${name} ${command.spec.usage}`, command.summary])).join('\n')}

Examples
  $ secrets-tui store add lab /project/lab/secrets --group lab    # once, by one member
  $ secrets-tui store add lab /project/lab/secrets                # each colleague
  $ secrets-tui set lab/wandb
`;

export const spec: CommandSpec = {
	name: 'store',
	usage: 'add|list|remove|grant|revoke ...',
	minArgs: 1,
	maxArgs: 3,
	complete: {args: ['store-command', 'store', 'file']},
	// The options of every store command (for completion and this help), each said to be whose.
	flags: Object.fromEntries(
		Object.entries(SUBCOMMANDS).flatMap(([name, command]) =>
			Object.entries(command.spec.flags ?? {}).map(([flag, value]): [string, FlagSpec] => [flag, {...value, description: `(${name}) ${value.description}`}]),
		),
	),
	help,
};

export async function run(argv: string[]): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined || first === '--help' || first === '-h') {
		(first === undefined ? process.stderr : process.stdout).write(helpText(spec) + '\n');
		return first === undefined ? 2 : 0;
	}

	const command = SUBCOMMANDS[first];
	if (!command) {
		throw new UsageError(`There is no command "store ${first}"; the store commands are ${STORE_COMMANDS.join(', ')} (secrets-tui store --help describes them).`);
	}

	return command.run(rest);
}
