import {UsageError, UserError} from '../util/errors.js';
import {dotenvValue} from '../util/dotenv.js';
import {nextflowNameProblem, nextflowStoreFile, readNextflowStore, writeNextflowStore} from '../store/nextflow.js';
import {SecretStore, type SecretEntry} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printableJson, printableLines} from '../util/printable.js';

export const spec: CommandSpec = {
	name: 'export',
	usage: '[NAME...] [--to nextflow [--overwrite]] [--format dotenv|json]',
	minArgs: 0,
	maxArgs: Number.POSITIVE_INFINITY,
	complete: {args: ['secret']},
	flags: {
		to: {type: 'string', value: 'nextflow', description: "write into Nextflow's secrets store ($NXF_SECRETS_FILE, else $NXF_HOME/secrets/store.json, else ~/.nextflow/secrets/store.json)"},
		overwrite: {type: 'boolean', description: "with --to nextflow: replace a different value Nextflow's store already has"},
		format: {type: 'string', value: 'dotenv|json', description: 'print the secrets to standard output: dotenv lines (quoted so that `import` and dotenv read them back as they are) or one JSON object'},
	},
	help: `
Give secrets (every one, or the NAMEs) to another tool: Nextflow's own secrets store, so that
\`secrets.NAME\` works in pipelines, or standard output for scripts.

--to nextflow writes Nextflow's store 0600 from its first byte, atomically, its folder created 0700;
the entries it does not name stay as they were; a different value already there is refused unless
--overwrite, and then nothing is written.

Examples
  $ secrets-tui export --to nextflow GITHUB_TOKEN
  $ secrets-tui export --format dotenv > .env && chmod 600 .env
  $ secrets-tui export --format json API_TOKEN | jq -r .API_TOKEN
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input, flags} = parsed;
	const to = flags.to as string | undefined;
	const format = flags.format as string | undefined;
	if ((to === undefined) === (format === undefined)) {
		throw new UsageError('Say where the secrets go: --to nextflow, or --format dotenv or --format json for standard output.');
	}

	if (to !== undefined && to !== 'nextflow') {
		throw new UsageError(`The option --to takes nextflow, not "${to}".`);
	}

	if (format !== undefined && format !== 'dotenv' && format !== 'json') {
		throw new UsageError(`The option --format takes dotenv or json, not "${format}".`);
	}

	if (flags.overwrite && to === undefined) {
		throw new UsageError('The option --overwrite goes with --to nextflow.');
	}

	const secrets = chosen(new SecretStore(), input);
	if (to === 'nextflow') {
		return toNextflow(secrets, Boolean(flags.overwrite));
	}

	// JSON is made printable and stays the same JSON; dotenv text goes as it is to a pipe, printable to a terminal (as get).
	process.stdout.write(format === 'json' ? printableJson(asJson(secrets)) : process.stdout.isTTY ? printableLines(asDotenv(secrets)) : asDotenv(secrets));
	return 0;
}

/** The NAMEs (each must exist), else every secret. */
function chosen(store: SecretStore, names: string[]): SecretEntry[] {
	const all = store.list();
	if (names.length === 0) {
		return all;
	}

	const byName = new Map(all.map((entry) => [entry.name, entry]));
	const missing = names.filter((name) => !byName.has(name));
	if (missing.length > 0) {
		throw new UserError(`No secret named ${missing.join(', ')} in ${store.file}; \`secrets-tui list\` shows the names. Nothing was exported.`);
	}

	return [...new Set(names)].map((name) => byName.get(name)!);
}

function asJson(secrets: SecretEntry[]): string {
	const object = Object.create(null) as Record<string, string>;
	for (const {name, value} of secrets) {
		object[name] = value;
	}

	return JSON.stringify(object, null, 2) + '\n';
}

function asDotenv(secrets: SecretEntry[]): string {
	const lines: string[] = [];
	const unwritable: string[] = [];
	for (const {name, value} of secrets) {
		const written = dotenvValue(value);
		if (written === undefined) {
			unwritable.push(name);
		} else {
			lines.push(`${name}=${written}`);
		}
	}

	if (unwritable.length > 0) {
		throw new UserError(
			`The value${unwritable.length === 1 ? '' : 's'} of ${unwritable.join(', ')} cannot be written as dotenv reads it (it holds ', " and \` quotes, or a carriage return with " or a literal \\n); export ${unwritable.length === 1 ? 'it' : 'them'} with --format json instead. Nothing was printed.`,
		);
	}

	return lines.map((line) => line + '\n').join('');
}

function toNextflow(secrets: SecretEntry[], overwrite: boolean): number {
	const problems = secrets.map((secret) => nextflowNameProblem(secret.name)).filter((problem): problem is string => problem !== undefined);
	if (problems.length > 0) {
		throw new UserError(`${problems.join('; ')}. Export the others by name. Nothing was written.`);
	}

	const file = nextflowStoreFile();
	const existing = readNextflowStore(file);
	const byName = new Map(existing.map((entry) => [entry.name, entry.value]));
	const conflicts = secrets.filter((secret) => byName.has(secret.name) && byName.get(secret.name) !== secret.value).map((secret) => secret.name);
	if (conflicts.length > 0 && !overwrite) {
		throw new UserError(`Nextflow's store ${file} already holds a different value for ${conflicts.join(', ')}; add --overwrite to replace ${conflicts.length === 1 ? 'it' : 'them'}. Nothing was written.`);
	}

	const unchanged = secrets.filter((secret) => byName.get(secret.name) === secret.value).map((secret) => secret.name);
	const written = secrets.filter((secret) => byName.get(secret.name) !== secret.value);
	if (written.length > 0) {
		for (const {name, value} of written) {
			byName.set(name, value);
		}

		writeNextflowStore(
			file,
			[...byName].map(([name, value]) => ({name, value})),
		);
	}

	const report = [`Exported ${written.length} secret${written.length === 1 ? '' : 's'} to ${file}${written.length > 0 ? ': ' + written.map((secret) => secret.name).join(', ') : ''}.`];
	if (unchanged.length > 0) {
		report.push(`Already there with the same value: ${unchanged.join(', ')}.`);
	}

	process.stdout.write(printableLines(report.join('\n')) + '\n');
	return 0;
}
