import {UsageError, UserError} from '../util/errors.js';
import {promptHidden} from '../util/prompt.js';
import {decodeUtf8, dropOneTrailingNewline, expandHome, readAtMost, readStdin} from '../util/stdin.js';
import {SecretStore} from '../store/store.js';
import {MAX_VALUE_BYTES, expiresProblem, nameProblem, noteProblem, oversizedValue} from '../store/rules.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const spec: CommandSpec = {
	name: 'set',
	usage: 'NAME [VALUE] [--overwrite] [--note TEXT] [--expires YYYY-MM-DD]',
	minArgs: 1,
	maxArgs: 2,
	complete: {args: ['secret']},
	flags: {
		overwrite: {type: 'boolean', description: 'replace the value of an existing secret'},
		note: {type: 'string', value: 'TEXT', description: "a note kept with the secret ('' removes it; kept when not given)"},
		expires: {type: 'string', value: 'YYYY-MM-DD', description: "the day it stops working: list --expired and a run warn after it ('' removes it)"},
	},
	help: `
Store a secret. Where the value comes from:
  @PATH      the exact content of the file PATH
  -          standard input (one trailing newline is dropped)
  (omitted)  standard input when it is piped, else a prompt that shows nothing as you type
  VALUE      the text itself (it then stays in your shell history: prefer the others)

Examples
  $ secrets-tui set GITHUB_TOKEN                       # prompts, input hidden
  $ secrets-tui set SSH_KEY @~/.ssh/id_ed25519
  $ pass show github | secrets-tui set GITHUB_TOKEN -
  $ secrets-tui set WANDB_KEY --note 'from wandb.ai/settings' --expires 2027-03-01
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input, flags} = parsed;
	const [name, source] = input as [string, string | undefined];
	const problem = nameProblem(name);
	if (problem) {
		throw new UserError(problem);
	}

	const store = new SecretStore();
	if (!flags.overwrite && source === undefined && process.stdin.isTTY && store.has(name)) {
		// Checked again under the lock; failing here first spares the user typing a value for nothing.
		// Only before a prompt: otherwise the store is read once, under the lock.
		throw new UserError(`A secret named ${name} already exists; add --overwrite to replace its value.`);
	}

	const extras = {...(flags.note === undefined ? {} : {note: flags.note as string}), ...(flags.expires === undefined ? {} : {expires: flags.expires as string})};
	const extrasProblem = (extras.expires ? expiresProblem(extras.expires) : undefined) ?? (extras.note ? noteProblem(extras.note) : undefined);
	if (extrasProblem) {
		// Before the value is asked for.
		throw new UsageError(extrasProblem);
	}

	const value = await readValue(name, source);
	const {created} = await store.set(name, value, {overwrite: Boolean(flags.overwrite), ...extras});
	if (process.stderr.isTTY) {
		process.stderr.write(`${created ? 'Saved' : 'Overwrote'} ${name}.\n`);
	}

	return 0;
}

async function readValue(name: string, source: string | undefined): Promise<string> {
	if (source === '-' || (source === undefined && !process.stdin.isTTY)) {
		// Two bytes more than a value may hold: the one trailing newline (\r\n) dropped from piped text.
		return dropOneTrailingNewline(await readStdin(MAX_VALUE_BYTES + 2, () => new UserError(oversizedValue('Standard input')), process.stdin, name));
	}

	if (source === undefined) {
		// Asked twice, as `pass insert` does: a typo in a value nobody sees is found now, not at the next login.
		const value = await promptHidden(`Value for ${name} (input hidden, Enter to go on): `);
		const again = await promptHidden(`Retype the value for ${name} (Enter to save): `);
		if (value !== again) {
			throw new UserError(`The two values typed for ${name} differ; nothing was stored. Run the command again.`);
		}

		return value;
	}

	if (source.startsWith('@')) {
		return readValueFile(expandHome(source.slice(1)), name);
	}

	return source;
}

async function readValueFile(file: string, name: string): Promise<string> {
	if (file === '') {
		throw new UsageError('A value of @ needs a file path after it, as in @path/to/file.');
	}

	let bytes: Buffer;
	try {
		bytes = await readAtMost(file, MAX_VALUE_BYTES, () => new UserError(oversizedValue(`The file ${file}`)));
	} catch (error) {
		if (error instanceof UserError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
		throw new UserError(`Cannot read the value from ${file}: ${why}.`);
	}

	return decodeUtf8(bytes, `The file ${file}`, name);
}
