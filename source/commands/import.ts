import {UsageError, UserError} from '../util/errors.js';
import {parseDotenv, type DotenvResult} from '../util/dotenv.js';
import {nextflowStoreFile, readNextflowStore} from '../store/nextflow.js';
import {decodeUtf8, expandHome, readAtMost} from '../util/stdin.js';
import {MAX_IMPORT_BYTES, nameProblem, oversizedImport, valueProblem} from '../store/rules.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printableLines} from '../util/printable.js';

export const spec: CommandSpec = {
	name: 'import',
	usage: '[FILE] [--from dotenv|json|nextflow] [--only NAME]... [--overwrite]',
	minArgs: 0,
	maxArgs: 1,
	complete: {args: ['file']},
	flags: {
		from: {type: 'string', value: 'dotenv|json|nextflow', description: "what FILE is: a dotenv file (the default), a JSON object of NAME: value (as `export --format json` prints), or Nextflow's secrets store (FILE defaults to it)"},
		only: {type: 'string', isMultiple: true, value: 'NAME', complete: 'secret', description: 'import only this entry (repeat for each); a NAME the file does not have is an error'},
		overwrite: {type: 'boolean', description: 'replace the values of secrets that already exist'},
	},
	help: `
Store every entry of a file in one write. A dotenv file is read as dotenv reads it: NAME=value lines,
an optional leading export, # comments, 'single', "double" or \`backtick\` quoted values (each may span
lines; in "double" quotes \\n and \\r are a newline and a carriage return). Names that already exist are
skipped and reported, unless --overwrite; so are entries with an empty value (NAME=), with their line
numbers. If any other line is not valid (dotenv would skip it silently), each bad line is reported with
its number and nothing is stored. Use - for standard input.

--from nextflow reads Nextflow's own store ($NXF_SECRETS_FILE, else $NXF_HOME/secrets/store.json, else
~/.nextflow/secrets/store.json) with Nextflow's own checks: it must be yours and 0600.

Examples
  $ secrets-tui import .env && shred -u .env
  $ secrets-tui import --from nextflow --only NCBI_API_KEY
`,
};

type Source = 'dotenv' | 'json' | 'nextflow';

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input, flags} = parsed;
	const from = (flags.from as string | undefined) ?? 'dotenv';
	if (from !== 'dotenv' && from !== 'json' && from !== 'nextflow') {
		throw new UsageError(`The option --from takes dotenv, json or nextflow, not "${from}".`);
	}

	if (input[0] === undefined && from !== 'nextflow') {
		throw new UsageError('Missing FILE: secrets-tui import FILE (or - for standard input); --from nextflow reads Nextflow\'s store without one.');
	}

	const file = input[0] ?? nextflowStoreFile();
	const label = file === '-' ? 'standard input' : file;
	const store = new SecretStore();
	store.has(''); // A damaged or loose store is reported before anything else (a read, without list's sort).
	const parsedText = await readEntries(from, file);
	const {problems} = parsedText;
	const only = flags.only as string[];
	if (only.length > 0) {
		const present = new Set(parsedText.entries.map((entry) => entry.name));
		const absent = only.filter((name) => !present.has(name));
		if (absent.length > 0) {
			throw new UserError(`Nothing was imported: ${label} has no entry ${absent.join(', ')}.`);
		}

		parsedText.entries = parsedText.entries.filter((entry) => only.includes(entry.name));
	}

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

async function readEntries(from: Source, file: string): Promise<DotenvResult> {
	if (from === 'nextflow') {
		const entries = readNextflowStore(expandHome(file), {mustExist: true});
		return {entries: entries.map((entry, index) => ({...entry, line: index + 1})), problems: []};
	}

	const text = await readText(file);
	return from === 'json' ? parseJsonEntries(text, file) : parseDotenv(text);
}

/** A JSON object of NAME: value; `line` is the entry's place in it. */
function parseJsonEntries(text: string, file: string): DotenvResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new UserError(`Nothing was imported: ${file} is not valid JSON: ${(error as Error).message}.`);
	}

	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new UserError(`Nothing was imported: ${file} is not a JSON object of NAME: value (as \`secrets-tui export --format json\` prints).`);
	}

	const result: DotenvResult = {entries: [], problems: []};
	for (const [index, [name, value]] of Object.entries(data as Record<string, unknown>).entries()) {
		if (typeof value === 'string') {
			result.entries.push({name, value, line: index + 1});
		} else {
			result.problems.push({line: index + 1, message: `the value of ${name} is not text`});
		}
	}

	return result;
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
