import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const spec: CommandSpec = {
	name: 'get',
	usage: 'NAME',
	minArgs: 1,
	complete: {args: ['secret']},
	help: `
Print the value of the secret NAME, followed by one newline.

Example
  $ secrets-tui get GITHUB_TOKEN
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input} = parsed;
	const secret = new SecretStore().require(input[0]!);
	process.stdout.write(secret.value + '\n');
	return 0;
}
