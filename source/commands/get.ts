import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printableLines} from '../util/printable.js';

export const spec: CommandSpec = {
	name: 'get',
	usage: 'NAME',
	minArgs: 1,
	complete: {args: ['secret']},
	help: `
Print the value of the secret NAME, followed by one newline. To a pipe or a file the value goes as it
is; to a terminal its control characters are shown escaped (\\x1b), as ls shows odd file names.

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
	// As it is for scripts; printable on a terminal, where an escape sequence in a value would act.
	process.stdout.write((process.stdout.isTTY ? printableLines(secret.value) : secret.value) + '\n');
	return 0;
}
