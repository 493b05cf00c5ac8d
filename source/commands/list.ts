import {isUserError, UsageError} from '../util/errors.js';
import {relativeTime} from '../util/time.js';
import {SecretStore, type SecretEntry} from '../store/store.js';
import {expiryState, expiryText} from '../store/expiry.js';
import {sortSecrets, type SecretOrder} from '../store/order.js';
import {printable, printableExact, printableJson} from '../util/printable.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {widest} from '../util/widest.js';

export const spec: CommandSpec = {
	name: 'list',
	usage: '[--store NAME | --all] [--values] [--json] [--names] [--expired] [--expiring DAYS] [--sort updated|expires]',
	flags: {
		store: {type: 'string', value: 'NAME', complete: 'store', description: 'the team store NAME instead of the personal one'},
		all: {type: 'boolean', description: 'the personal store and every team store, team secrets as STORE/NAME'},
		values: {type: 'boolean', shortFlag: 'v', description: 'show the values too (control characters such as newlines shown as \\n)'},
		json: {type: 'boolean', description: 'print a JSON array of {name, created, updated} (and value with --values)'},
		names: {type: 'boolean', description: 'print only the names, one per line (for scripts and shell completion)'},
		expired: {type: 'boolean', description: 'only the secrets past their expiry date; exit 1 when there is any (for cron)'},
		sort: {type: 'string', value: 'updated|expires', description: 'most recently updated first, or soonest expiry first (none last); by name without it'},
		expiring: {type: 'number', value: 'DAYS', description: 'only the secrets expired or expiring within DAYS days; exit 1 when any has expired'},
	},
	help: `
List the secrets by name, with when each was last updated (and, in a team store, by whom). Values
are hidden unless asked for.

Examples
  $ secrets-tui list
  $ secrets-tui list --store lab
  $ secrets-tui list --json | jq -r '.[].name'
  $ secrets-tui list --expiring 14 || echo 'a secret has expired'
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

	const now = Date.now();
	const {secrets: all, problems} = flags.all ? listAll() : {secrets: storeOf(flags.store as string | undefined).list(), problems: []};
	for (const problem of problems) {
		process.stderr.write(`secrets-tui: ${problem}\n`);
	}

	const within = flags.expiring as number | undefined;
	if (within !== undefined && (!Number.isInteger(within) || within < 0)) {
		throw new UsageError(`The option --expiring takes a whole number of days, 0 or more, not "${within}".`);
	}

	const sort = flags.sort as string | undefined;
	if (sort !== undefined && sort !== 'updated' && sort !== 'expires') {
		throw new UsageError(`The option --sort takes updated or expires, not "${printable(sort)}".`);
	}

	const sorted = sortSecrets(all, (sort as SecretOrder | undefined) ?? 'name');
	const auditing = Boolean(flags.expired) || within !== undefined;
	const secrets = auditing ? sorted.filter((secret) => expiryState(secret.expires, now, within ?? -1) !== undefined) : sorted;
	// As gopass audit --expiry: a script or cron job learns from the exit status that something has expired.
	const status = problems.length > 0 || (auditing && secrets.some((secret) => expiryState(secret.expires, now) === 'expired')) ? 1 : 0;
	if (flags.names) {
		process.stdout.write(secrets.map((secret) => printable(secret.name) + '\n').join(''));
		return status;
	}

	const withValues = Boolean(flags.values);

	if (flags.json) {
		const rows = secrets.map(({name, value, created, updated, note, expires, updatedBy}) => ({name, created, updated, ...(note === undefined ? {} : {note}), ...(expires === undefined ? {} : {expires}), ...(updatedBy === undefined ? {} : {updatedBy}), ...(withValues ? {value} : {})}));
		process.stdout.write(printableJson(JSON.stringify(rows, null, 2)) + '\n');
		return status;
	}

	if (auditing && secrets.length === 0) {
		process.stderr.write(flags.expired ? 'No secret has expired.\n' : `No secret expires within ${within} days.\n`);
		return 0;
	}

	if (secrets.length === 0) {
		const where = flags.store === undefined ? '' : ` in the team store ${flags.store as string}`;
		const prefix = flags.store === undefined ? '' : `${flags.store as string}/`;
		process.stderr.write(`No secrets yet${where}; add one with secrets-tui set and a name of yours, as in: secrets-tui set ${prefix}GITHUB_TOKEN\n`);
		return status;
	}

	process.stdout.write(formatTable(secrets, withValues, now));
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

function formatTable(secrets: readonly SecretEntry[], withValues: boolean, now: number): string {
	// An EXPIRES column only when some secret has a date.
	const expiries = secrets.some((secret) => secret.expires) ? secrets.map((secret) => (secret.expires ? `${secret.expires}  ${expiryText(secret.expires, now)}` : '-')) : undefined;
	const expiresWidth = Math.max(7, ...(expiries ?? []).map((text) => text.length));
	const names = secrets.map((secret) => printable(secret.name));
	const nameWidth = widest(names, 4);
	const by = secrets.some((secret) => secret.updatedBy !== undefined);
	const rows = secrets.map((secret, index) => {
		const updated = `${secret.updated.slice(0, 16).replace('T', ' ')}Z  ${relativeTime(secret.updated, now)}${by ? `  by ${secret.updatedBy ?? '?'}` : ''}`;
		const columns = [names[index]!.padEnd(nameWidth), withValues || expiries ? updated.padEnd(by ? 56 : 36) : updated];
		if (expiries) {
			columns.push(withValues ? expiries[index]!.padEnd(expiresWidth) : expiries[index]!);
		}

		if (withValues) {
			columns.push(printableExact(secret.value));
		}

		return columns.join('  ').trimEnd();
	});
	const header = [
		'NAME'.padEnd(nameWidth),
		withValues || expiries ? 'UPDATED'.padEnd(by ? 56 : 36) : 'UPDATED',
		...(expiries ? [withValues ? 'EXPIRES'.padEnd(expiresWidth) : 'EXPIRES'] : []),
		...(withValues ? ['VALUE'] : []),
	].join('  ');
	return [header, ...rows].join('\n') + '\n';
}
