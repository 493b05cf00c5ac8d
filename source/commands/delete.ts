import {SecretStore} from '../store/store.js';
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
	await new SecretStore().delete(name);
	if (process.stderr.isTTY) {
		process.stderr.write(`Deleted ${name}.\n`);
	}

	return 0;
}
