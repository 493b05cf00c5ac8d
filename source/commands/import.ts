import {UserError} from '../util/errors.js';
import {parseDotenv} from '../util/dotenv.js';
import {decodeUtf8, expandHome, readAtMost} from '../util/stdin.js';
import {MAX_IMPORT_BYTES, nameProblem, oversizedImport, valueProblem} from '../store/rules.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printableLines} from '../util/printable.js';

export const spec: CommandSpec = {
	name: 'import',
	usage: 'FILE [--overwrite]',
	minArgs: 1,
	complete: {args: ['file']},
	flags: {overwrite: {type: 'boolean', description: 'replace the values of secrets that already exist'}},
	help: `
Store every entry of a dotenv file in one write: NAME=value lines, 'single' or "double" quoted
values ("double" ones may span lines and use \\n), # comments, and an optional leading export.
Names that already exist are skipped and reported, unless --overwrite; so are entries with an empty
value (NAME=), with their line numbers. If any other line is not valid, each bad line is reported
with its number and nothing is stored. Use - for standard input.

Example
  $ secrets-tui import .env && shred -u .env
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input, flags} = parsed;
	const file = input[0]!;
	const label = file === '-' ? 'standard input' : file;
	const store = new SecretStore();
	store.has(''); // A damaged or loose store is reported before anything else (a read, without list's sort).
	const text = await readText(file);
	const parsedText = parseDotenv(text);
	const {problems} = parsedText;
	// `KEY=` (common in real .env files: a value to fill in later) is skipped and reported, not a reason to refuse the file.
	const empty = parsedText.entries.filter((entry) => entry.value === '');
	const entries = parsedText.entries.filter((entry) => entry.value !== '');

	for (const entry of entries) {
		const problem = nameProblem(entry.name) ?? valueProblem(entry.value);
		if (problem) {
			problems.push({line: entry.line, message: problem});
		}
	}

	if (problems.length > 0) {
		problems.sort((a, b) => a.line - b.line);
		const lines = problems.map((problem) => `  ${label}:${problem.line}: ${sentence(problem.message)}`);
		throw new UserError(`Nothing was imported: ${label} has ${problems.length} invalid line${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
	}

	if (empty.length > 0) {
		const where = empty.map((entry) => `${label}:${entry.line} ${entry.name}`).join(', ');
		process.stderr.write(printableLines(`Skipped ${empty.length} entr${empty.length === 1 ? 'y' : 'ies'} with an empty value (a secret needs at least one character): ${where}.`) + '\n');
	}

	if (entries.length === 0) {
		process.stdout.write(printableLines(`Nothing was imported: ${label} has no entries${empty.length > 0 ? ' with a value' : ''}.`) + '\n');
		return 0;
	}

	// The last of several entries for one name wins, as in a shell.
	const byName = new Map(entries.map((entry) => [entry.name, entry.value]));
	const {written, skipped} = await store.setMany(
		[...byName].map(([name, value]) => ({name, value})),
		{overwrite: Boolean(flags.overwrite)},
	);

	const report = [`Imported ${written.length} secret${written.length === 1 ? '' : 's'}${written.length > 0 ? ': ' + written.join(', ') : ''}.`];
	if (skipped.length > 0) {
		report.push(`Skipped ${skipped.length} that already exist${skipped.length === 1 ? 's' : ''} (add --overwrite to replace): ${skipped.join(', ')}.`);
	}

	process.stdout.write(printableLines(report.join('\n')) + '\n');
	return 0;
}

/** `expected NAME=value` from the dotenv parser reads as a sentence: `Expected NAME=value.` */
function sentence(message: string): string {
	const text = message.charAt(0).toUpperCase() + message.slice(1);
	return text.endsWith('.') ? text : text + '.';
}

async function readText(file: string): Promise<string> {
	const what = file === '-' ? 'Standard input' : `The file ${file}`;
	let bytes: Buffer;
	try {
		bytes = await readAtMost(file === '-' ? process.stdin : expandHome(file), MAX_IMPORT_BYTES, () => new UserError(oversizedImport(what)));
	} catch (error) {
		if (error instanceof UserError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		throw new UserError(`Cannot read ${file}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
	}

	return decodeUtf8(bytes, what);
}
