import {usersOfSecret} from '../environments/definitions-file.js';
import {SecretStore} from '../store/store.js';
import {printable} from '../util/printable.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const spec: CommandSpec = {
	name: 'delete',
	usage: 'NAME',
	minArgs: 1,
	complete: {args: ['secret']},
	help: `
Delete the secret NAME (alias: rm). A name that does not exist is an error (exit 1).

Example
  $ secrets-tui delete OLD_TOKEN
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input} = parsed;
	const name = input[0]!;
	const store = new SecretStore();
	await store.delete(name);
	if (process.stderr.isTTY) {
		process.stderr.write(`Deleted ${name}.\n`);
	}

	// Environments that still name it fail to run now: say which (a script reads stderr too).
	const users = usersOfSecret(store.home, name);
	if (users) {
		process.stderr.write(`secrets-tui: ${printable(users.text)} ${users.count === 1 ? 'names' : 'name'} ${name} in secrets: and will not run until it is set again.\n`);
	}

	return 0;
}
