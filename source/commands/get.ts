import {SecretStore} from '../store/store.js';
import {parseArgs, type CommandSpec} from './args.js';

export const spec: CommandSpec = {
	name: 'get',
	usage: 'NAME',
	minArgs: 1,
	help: `
Print the value of the secret NAME, followed by one newline.

Example
  $ secrets-tui get GITHUB_TOKEN
`,
};

export async function run(argv: string[]): Promise<number> {
	const {input} = await parseArgs(spec, argv);
	const secret = new SecretStore().require(input[0]!);
	process.stdout.write(secret.value + '\n');
	return 0;
}
