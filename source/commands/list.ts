import {isUserError, UsageError} from '../util/errors.js';
import {relativeTime} from '../util/time.js';
import {SecretStore, type SecretEntry} from '../store/store.js';
import {printable, printableExact, printableJson} from '../util/printable.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const spec: CommandSpec = {
	name: 'list',
	usage: '[--store NAME | --all] [--values] [--json] [--names]',
	flags: {
		store: {type: 'string', value: 'NAME', complete: 'store', description: 'the team store NAME instead of the personal one'},
		all: {type: 'boolean', description: 'the personal store and every team store, team secrets as STORE/NAME'},
		values: {type: 'boolean', shortFlag: 'v', description: 'show the values too (control characters such as newlines shown as \\n)'},
		json: {type: 'boolean', description: 'print a JSON array of {name, created, updated} (and value with --values)'},
		names: {type: 'boolean', description: 'print only the names, one per line (for scripts and shell completion)'},
	},
	help: `
List the secrets by name, with when each was last updated (and, in a team store, by whom). Values
are hidden unless asked for.

Examples
  $ secrets-tui list
  $ secrets-tui list --store lab
  $ secrets-tui list --json | jq -r '.[].name'
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {flags} = parsed;
	if (flags.names && (flags.values || flags.json)) {
		throw new UsageError('The option --names prints only the names: give it without --values and --json.');
	}

	if (flags.store !== undefined && flags.all) {
		throw new UsageError('The option --all lists every store: give it without --store.');
	}

	const {secrets, problems} = flags.all ? listAll() : {secrets: storeOf(flags.store as string | undefined).list(), problems: []};
	for (const problem of problems) {
		process.stderr.write(`secrets-tui: ${problem}\n`);
	}

	const status = problems.length > 0 ? 1 : 0;
	if (flags.names) {
		process.stdout.write(secrets.map((secret) => printable(secret.name) + '\n').join(''));
		return status;
	}

	const withValues = Boolean(flags.values);

	if (flags.json) {
		const rows = secrets.map(({name, value, created, updated, updatedBy}) => ({name, created, updated, ...(updatedBy === undefined ? {} : {updatedBy}), ...(withValues ? {value} : {})}));
		process.stdout.write(printableJson(JSON.stringify(rows, null, 2)) + '\n');
		return status;
	}

	if (secrets.length === 0) {
		const where = flags.store === undefined ? '' : ` in the team store ${flags.store as string}`;
		const prefix = flags.store === undefined ? '' : `${flags.store as string}/`;
		process.stderr.write(`No secrets yet${where}; add one with secrets-tui set and a name of yours, as in: secrets-tui set ${prefix}GITHUB_TOKEN\n`);
		return status;
	}

	process.stdout.write(formatTable(secrets, withValues));
	return status;
}

function storeOf(name: string | undefined): SecretStore {
	const personal = new SecretStore();
	return name === undefined ? personal : personal.teamStore(name);
}

/** The personal store, then each team store's secrets as STORE/NAME; a store that is refused is a problem, the others still list. */
function listAll(): {secrets: SecretEntry[]; problems: string[]} {
	const personal = new SecretStore();
	const secrets = personal.list();
	const problems: string[] = [];
	for (const team of personal.teamStores()) {
		try {
			secrets.push(...team.list().map((secret) => ({...secret, name: team.qualify(secret.name)})));
		} catch (error) {
			if (!isUserError(error)) {
				throw error;
			}

			problems.push(error.message);
		}
	}

	return {secrets, problems};
}

function formatTable(secrets: SecretEntry[], withValues: boolean): string {
	const now = Date.now();
	const names = secrets.map((secret) => printable(secret.name));
	const nameWidth = Math.max(4, ...names.map((name) => name.length));
	const by = secrets.some((secret) => secret.updatedBy !== undefined);
	const rows = secrets.map((secret, index) => {
		const updated = `${secret.updated.slice(0, 16).replace('T', ' ')}Z  ${relativeTime(secret.updated, now)}${by ? `  by ${printable(secret.updatedBy ?? '?')}` : ''}`;
		const columns = [names[index]!.padEnd(nameWidth), withValues ? updated.padEnd(by ? 56 : 36) : updated];
		if (withValues) {
			columns.push(printableExact(secret.value));
		}

		return columns.join('  ').trimEnd();
	});
	const header = ['NAME'.padEnd(nameWidth), withValues ? 'UPDATED'.padEnd(by ? 56 : 36) : 'UPDATED', ...(withValues ? ['VALUE'] : [])].join('  ');
	return [header, ...rows].join('\n') + '\n';
}
