import {UsageError} from '../util/errors.js';
import {relativeTime} from '../util/time.js';
import {SecretStore, type SecretEntry} from '../store/store.js';
import {printable, printableExact, printableJson} from '../util/printable.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {widest} from '../util/widest.js';

export const spec: CommandSpec = {
	name: 'list',
	usage: '[--values] [--json] [--names]',
	flags: {
		values: {type: 'boolean', shortFlag: 'v', description: 'show the values too (control characters such as newlines shown as \\n)'},
		json: {type: 'boolean', description: 'print a JSON array of {name, created, updated} (and value with --values)'},
		names: {type: 'boolean', description: 'print only the names, one per line (for scripts and shell completion)'},
	},
	help: `
List the secrets by name, with when each was last updated. Values are hidden unless asked for.

Examples
  $ secrets-tui list
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

	const secrets = new SecretStore().list();
	if (flags.names) {
		process.stdout.write(secrets.map((secret) => printable(secret.name) + '\n').join(''));
		return 0;
	}

	const withValues = Boolean(flags.values);

	if (flags.json) {
		const rows = secrets.map(({name, value, created, updated}) => (withValues ? {name, created, updated, value} : {name, created, updated}));
		process.stdout.write(printableJson(JSON.stringify(rows, null, 2)) + '\n');
		return 0;
	}

	if (secrets.length === 0) {
		process.stderr.write('No secrets yet; add one with secrets-tui set and a name of yours, as in: secrets-tui set GITHUB_TOKEN\n');
		return 0;
	}

	process.stdout.write(formatTable(secrets, withValues));
	return 0;
}

function formatTable(secrets: SecretEntry[], withValues: boolean): string {
	const now = Date.now();
	const names = secrets.map((secret) => printable(secret.name));
	const nameWidth = widest(names, 4);
	const rows = secrets.map((secret, index) => {
		const updated = `${secret.updated.slice(0, 16).replace('T', ' ')}Z  ${relativeTime(secret.updated, now)}`;
		const columns = [names[index]!.padEnd(nameWidth), withValues ? updated.padEnd(36) : updated];
		if (withValues) {
			columns.push(printableExact(secret.value));
		}

		return columns.join('  ').trimEnd();
	});
	const header = ['NAME'.padEnd(nameWidth), withValues ? 'UPDATED'.padEnd(36) : 'UPDATED', ...(withValues ? ['VALUE'] : [])].join('  ');
	return [header, ...rows].join('\n') + '\n';
}
