import {isUserError, UsageError} from '../util/errors.js';
import {relativeTime} from '../util/time.js';
import {SecretStore, type SecretSummary} from '../store/store.js';
import {summaryRowsOf, type SummaryRows} from '../store/rows.js';
import {expiryState, expiryText} from '../store/expiry.js';
import {sortSecrets, type SecretOrder} from '../store/order.js';
import {printable, printableExact, printableJson} from '../util/printable.js';
import {OutputBytes} from '../util/output-bytes.js';
import {syncStandardOutput} from '../util/output.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';

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

	const within = flags.expiring as number | undefined;
	if (within !== undefined && (!Number.isInteger(within) || within < 0)) {
		throw new UsageError(`The option --expiring takes a whole number of days, 0 or more, not "${within}".`);
	}

	const sort = flags.sort as string | undefined;
	if (sort !== undefined && sort !== 'updated' && sort !== 'expires') {
		throw new UsageError(`The option --sort takes updated or expires, not "${printable(sort)}".`);
	}

	const now = Date.now();
	const withValues = Boolean(flags.values);
	const auditing = Boolean(flags.expired) || within !== undefined;
	// The list of one store, by name, without values: read a row at a time (at 100,000 secrets,
	// objects and value strings for every secret were most of list's time and memory).
	if (!flags.all && !auditing && sort === undefined && !withValues) {
		const rows = storeOf(flags.store as string | undefined).summaryRows();
		if (rows.length === 0 && !flags.json) {
			return noSecrets(flags.store as string | undefined);
		}

		const out = output(Boolean(flags.json));
		if (flags.json) {
			writeJson(out, rows.length, (index) => {
				// A name is [A-Za-z0-9_.-] (the naming rule every read checks): JSON as it is.
				out.ascii('{\n\t\t\t"name": "');
				rows.putName(index, out);
				out.ascii('",\n');
				rows.putFieldLines(index, out);
				out.ascii('  }');
			});
		} else if (flags.names) {
			writeNames(out, rows);
		} else {
			writeTable(out, rows, false, now);
		}

		out.flush();
		return 0;
	}

	// Values are read only when shown.
	const {secrets: all, problems} = flags.all ? listAll(withValues) : {secrets: listOf(storeOf(flags.store as string | undefined), withValues), problems: []};
	for (const problem of problems) {
		process.stderr.write(`secrets-tui: ${problem}\n`);
	}

	const sorted = sortSecrets(all, (sort as SecretOrder | undefined) ?? 'name');
	const secrets = auditing ? sorted.filter((secret) => expiryState(secret.expires, now, within ?? -1) !== undefined) : sorted;
	// As gopass audit --expiry: a script or cron job learns from the exit status that something has expired.
	const status = problems.length > 0 || (auditing && secrets.some((secret) => expiryState(secret.expires, now) === 'expired')) ? 1 : 0;
	const out = output(Boolean(flags.json));
	if (flags.names) {
		writeNames(out, summaryRowsOf(secrets));
		out.flush();
		return status;
	}

	if (flags.json) {
		const row = ({name, value, created, updated, note, expires, updatedBy}: Listed) => ({
			name,
			created,
			updated,
			...(note === undefined ? {} : {note}),
			...(expires === undefined ? {} : {expires}),
			...(updatedBy === undefined ? {} : {updatedBy}),
			...(withValues ? {value} : {}),
		});
		// A newline inside an object is layout (JSON escapes those in strings): one level in, two spaces more.
		writeJson(out, secrets.length, (index) => out.text(JSON.stringify(row(secrets[index]!), null, 2).replaceAll('\n', '\n  ')));
		out.flush();
		return status;
	}

	if (auditing && secrets.length === 0) {
		process.stderr.write(flags.expired ? 'No secret has expired.\n' : `No secret expires within ${within} days.\n`);
		return 0;
	}

	if (secrets.length === 0) {
		noSecrets(flags.store as string | undefined);
		return status;
	}

	writeTable(out, summaryRowsOf(secrets), withValues, now);
	out.flush();
	return status;
}

/** Says the store is empty, and how to add to it; list's status then is 0. */
function noSecrets(store: string | undefined): number {
	const where = store === undefined ? '' : ` in the team store ${store}`;
	const prefix = store === undefined ? '' : `${store}/`;
	process.stderr.write(`No secrets yet${where}; add one with secrets-tui set and a name of yours, as in: secrets-tui set ${prefix}GITHUB_TOKEN\n`);
	return 0;
}

/**
 * Where list writes: standard output a batch at a time, with writeSync (never building process.stdout).
 * JSON's rows may come with the store file's three tabs before each field, where JSON.stringify(…, null,
 * 2) has four spaces (JSON has a tab only as layout: a string's is escaped), and JSON is made printable.
 * A batch of plain ASCII is respaced byte by byte into one buffer used again for every batch (its write
 * is done when write returns): text made of each batch was most of list --json's memory at 100,000.
 */
function output(json: boolean): OutputBytes {
	let spaced = Buffer.alloc(0);
	const finish = (batch: Buffer, plain: boolean): string | Uint8Array => {
		if (!plain) {
			return printableJson(batch.toString('utf8').replaceAll('\t\t\t', '    '));
		}

		// Three tabs become four spaces: at most a third longer.
		const room = batch.length + Math.ceil(batch.length / 3);
		if (spaced.length < room) {
			spaced = Buffer.allocUnsafe(room);
		}

		return tabsAsSpaces(batch, spaced);
	};

	return new OutputBytes(syncStandardOutput, json ? finish : undefined);
}

const TAB = 0x09;
const SPACE = 0x20;

/** `bytes` with each run of three tabs (left to right, as replaceAll) as four spaces, written into `into`. */
export function tabsAsSpaces(bytes: Uint8Array, into: Uint8Array): Uint8Array {
	let at = 0;
	for (let index = 0; index < bytes.length; index++) {
		const byte = bytes[index]!;
		if (byte === TAB && bytes[index + 1] === TAB && bytes[index + 2] === TAB) {
			into[at++] = SPACE;
			into[at++] = SPACE;
			into[at++] = SPACE;
			into[at++] = SPACE;
			index += 2;
		} else {
			into[at++] = byte;
		}
	}

	return into.subarray(0, at);
}

/** JSON.stringify(rows, null, 2) and a newline, `putElement` writing each row's object (its lines after the first two spaces further in). */
function writeJson(out: OutputBytes, length: number, putElement: (index: number) => void): void {
	if (length === 0) {
		out.ascii('[]\n');
		return;
	}

	for (let index = 0; index < length; index++) {
		out.ascii(index === 0 ? '[\n  ' : ',\n  ');
		putElement(index);
	}

	out.ascii('\n]\n');
}

/** The names, one per line, printable. */
function writeNames(out: OutputBytes, rows: SummaryRows): void {
	for (let index = 0; index < rows.length; index++) {
		rows.putName(index, out);
		out.ascii('\n');
	}
}

function storeOf(name: string | undefined): SecretStore {
	const personal = new SecretStore();
	return name === undefined ? personal : personal.teamStore(name);
}

/** A secret as list has it: its value only when shown. */
type Listed = SecretSummary & {value?: string};

function listOf(store: SecretStore, withValues: boolean): Listed[] {
	return withValues ? store.list() : store.summaries();
}

/** The personal store, then each team store's secrets as STORE/NAME; a store that is refused is a problem, the others still list. */
function listAll(withValues: boolean): {secrets: Listed[]; problems: string[]} {
	const personal = new SecretStore();
	const secrets = listOf(personal, withValues);
	const problems: string[] = [];
	for (const team of personal.teamStores()) {
		try {
			for (const secret of listOf(team, withValues)) {
				secrets.push({...secret, name: team.qualify(secret.name)});
			}

		} catch (error) {
			if (!isUserError(error)) {
				throw error;
			}

			problems.push(error.message);
		}
	}

	return {secrets, problems};
}

/** Update times worded and kept at most (a store whose every secret has its own time keeps no map of them all). */
const WORDED_TIMES = 4096;

function writeTable(out: OutputBytes, rows: SummaryRows, withValues: boolean, now: number): void {
	// An EXPIRES column only when some secret has a date.
	// Every cell is text from the file: printable, as the names are (a hand-edited or team store could hold ESC).
	const expiry = (expires: string | undefined) => (expires ? printable(`${expires}  ${expiryText(expires, now)}`) : '-');
	const expiries = rows.has('expires');
	const nameWidth = Math.max(4, rows.nameWidth());
	// EXPIRES is padded only when a VALUE column follows it.
	let expiresWidth = 7;
	for (let index = 0; expiries && withValues && index < rows.length; index++) {
		expiresWidth = Math.max(expiresWidth, expiry(rows.summary(index).expires).length);
	}

	const by = rows.has('updatedBy');
	// Many secrets share an update time (an import): each is worded once (of the last few thousand).
	const words = new Map<string, string>();
	const updatedText = (updated: string) => {
		let text = words.get(updated);
		if (text === undefined) {
			text = printable(`${updated.slice(0, 16).replace('T', ' ')}Z  ${relativeTime(updated, now)}`);
			if (words.size === WORDED_TIMES) {
				words.clear();
			}

			words.set(updated, text);
		}

		return text;
	};

	const row = (secret: Listed) => {
		const updated = by ? `${updatedText(secret.updated)}  by ${printable(secret.updatedBy ?? '?')}` : updatedText(secret.updated);
		const name = printable(secret.name).padEnd(nameWidth);
		if (!expiries && !withValues) {
			return `${name}  ${updated}`;
		}

		const columns = [name, updated.padEnd(by ? 56 : 36)];
		if (expiries) {
			columns.push(withValues ? expiry(secret.expires).padEnd(expiresWidth) : expiry(secret.expires));
		}

		if (withValues) {
			columns.push(printableExact(secret.value ?? ''));
		}

		return columns.join('  ').trimEnd();
	};
	const header = [
		'NAME'.padEnd(nameWidth),
		withValues || expiries ? 'UPDATED'.padEnd(by ? 56 : 36) : 'UPDATED',
		...(expiries ? [withValues ? 'EXPIRES'.padEnd(expiresWidth) : 'EXPIRES'] : []),
		...(withValues ? ['VALUE'] : []),
	].join('  ');
	out.text(header + '\n');
	if (!by && !expiries && !withValues) {
		writePlainRows(out, rows, nameWidth, updatedText);
		return;
	}

	for (let index = 0; index < rows.length; index++) {
		out.text(row(rows.summary(index)) + '\n');
	}
}

/**
 * The rows of the plain table (NAME and UPDATED alone): a name, its padding and the updated words,
 * which are read again only when a row's time is not the row before's.
 */
function writePlainRows(out: OutputBytes, rows: SummaryRows, nameWidth: number, updatedText: (updated: string) => string): void {
	let words = Buffer.alloc(0);
	for (let index = 0; index < rows.length; index++) {
		if (index === 0 || !rows.sameUpdated(index, index - 1)) {
			words = Buffer.from(`${updatedText(rows.updated(index))}\n`);
		}

		out.spaces(nameWidth + 2 - rows.putName(index, out));
		out.copy(words, 0, words.length);
	}
}
