import {isUserError, UsageError} from '../util/errors.js';
import {SecretStore} from '../store/store.js';
import {printable, printableJson} from '../util/printable.js';
import {teamReaders, type Readers} from '../store/teams.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

export const summary = 'The team stores: name, path, group, and who can read each';

export const spec: CommandSpec = {
	name: 'store list',
	usage: '[--json] [--names]',
	flags: {
		json: {type: 'boolean', description: 'print a JSON array of {name, path, group, members, acl, problem}'},
		names: {type: 'boolean', description: 'print only the names, one per line (for shell completion)'},
	},
	help: `
The registered team stores: name, path, group, and who can read each (the group's members and the
users and groups its ACL names, as the system says now). A store that fails its checks says why.
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {flags} = parsed;
	if (flags.names && flags.json) {
		throw new UsageError('The option --names prints only the names: give it without --json.');
	}

	const stores = new SecretStore().teamStores();
	if (flags.names) {
		process.stdout.write(stores.map((store) => printable(store.team!.name) + '\n').join(''));
		return 0;
	}

	const rows = stores.map((store) => ({...store.team!, ...teamReaders(store.team!), problem: problemOf(store)}));
	if (flags.json) {
		process.stdout.write(printableJson(JSON.stringify(rows, null, 2)) + '\n');
		return 0;
	}

	if (rows.length === 0) {
		process.stderr.write('No team stores yet; add one with secrets-tui store add NAME PATH --group GROUP.\n');
		return 0;
	}

	const table = [['NAME', 'PATH', 'GROUP', 'WHO CAN READ'], ...rows.map((row) => [row.name, row.path, row.group, readers(row)].map((cell) => printable(cell)))];
	const widths = [0, 1, 2].map((column) => Math.max(...table.map((cells) => cells[column]!.length)));
	const lines = table.map((cells) => cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd());
	process.stdout.write(lines.join('\n') + '\n');
	for (const row of rows.filter((row) => row.problem)) {
		process.stderr.write(`secrets-tui: ${printable(row.problem!)}\n`);
	}

	return rows.some((row) => row.problem) ? 1 : 0;
}

function readers({members, acl}: Readers): string {
	const parts = [members.length > 0 ? `${members.join(', ')} (group)` : 'nobody in the group'];
	for (const entry of acl) {
		parts.push(`${entry.kind === 'group' ? 'group ' : ''}${entry.name} (ACL${entry.write ? '' : ', read-only'})`);
	}

	return parts.join('; ');
}

/** Why the store would be refused now, or undefined. */
function problemOf(store: SecretStore): string | undefined {
	try {
		store.list();
		return undefined;
	} catch (error) {
		if (isUserError(error)) {
			return error.message;
		}

		throw error;
	}
}
