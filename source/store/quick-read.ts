// The reads of `get`, `exec`, `list` and the TUI: some secrets by name, or every entry. Through scan.ts
// when the file is in the writer's shape (only the entries asked for become objects), else through the
// full parse; the answers are the same either way (test/store/quick-read.test.ts checks them against
// the full parse on hostile files).
import {isValidName} from './rules.js';
import {OPTIONAL_FIELDS, parseStore, readStoreBytes, type Secret} from './read.js';
import {checkStore, entryIn, fieldText, scanStore, summariesIn, type ScannedEntry, type SummaryOf} from './scan.js';
import type {TeamEntry} from './registry.js';

export type NamedSecret = Secret & {name: string};

/** Up to this many names, each window is searched for each; more, and every entry's name is looked up. */
const SEARCHED_NAMES = 8;

/** The secrets named that the store holds (a name it lacks is absent from the map). */
export function readSecrets(file: string, team: TeamEntry | undefined, names: readonly string[]): Map<string, Secret> {
	const {bytes} = readStoreBytes(file, team);
	const found = new Map<string, Secret>();
	if (!bytes) {
		return found;
	}

	// Only valid names can be in a file in the writer's shape; the last entry of a name wins, as in JSON.parse.
	const wanted = [...new Set(names)].filter((name) => isValidName(name));
	let inShape: boolean;
	if (wanted.length <= SEARCHED_NAMES) {
		inShape = checkStore(bytes, (text) => {
			for (const name of wanted) {
				const secret = entryIn(text, name);
				if (secret) {
					found.set(name, secret);
				}
			}
		});
	} else {
		const set = new Set(wanted);
		inShape = scanStore(bytes, (entry) => {
			if (set.has(entry[1]!)) {
				found.set(entry[1]!, secretFrom(entry));
			}
		});
	}

	if (inShape) {
		return found;
	}

	found.clear();
	const {secrets} = parseStore(file, bytes.toString('utf8'));
	for (const name of names) {
		const secret = secrets[name];
		if (secret) {
			found.set(name, secret);
		}
	}

	return found;
}

/**
 * Every secret with its name, in the file's order. A name the file repeats (never the writer's doing;
 * JSON.parse keeps the last entry) is there each time: store.list keeps the last.
 */
export function readAllSecrets(file: string, team?: TeamEntry): NamedSecret[] {
	const {bytes} = readStoreBytes(file, team);
	if (!bytes) {
		return [];
	}

	const entries: NamedSecret[] = [];
	if (scanStore(bytes, (entry) => entries.push(secretFrom(entry, entry[1]!)))) {
		return entries;
	}

	const {secrets} = parseStore(file, bytes.toString('utf8'));
	return Object.keys(secrets).map((name) => ({name, ...secrets[name]!}));
}

/**
 * Every secret without its value, in the file's order (a repeated name each time, as readAllSecrets):
 * for `list`, which at 100,000 secrets spent most of its time making and collecting value strings and
 * match arrays it never shows.
 */
export function readAllSummaries(file: string, team?: TeamEntry): SummaryOf[] {
	const {bytes} = readStoreBytes(file, team);
	if (!bytes) {
		return [];
	}

	const entries: SummaryOf[] = [];
	if (checkStore(bytes, (text) => summariesIn(text, entries))) {
		return entries;
	}

	const {secrets} = parseStore(file, bytes.toString('utf8'));
	return Object.keys(secrets).map((name) => {
		const {value: _value, ...rest} = secrets[name]!;
		return {name, ...rest};
	});
}

/** A scanned entry as a Secret (with its name when given), its fields in the full parse's order (value, created, updated, then the optional ones). */
function secretFrom(entry: ScannedEntry): Secret;
function secretFrom(entry: ScannedEntry, name: string): NamedSecret;
function secretFrom(entry: ScannedEntry, name?: string): Secret {
	const value = fieldText(entry[2]!);
	const created = fieldText(entry[3]!);
	const updated = fieldText(entry[4]!);
	const secret: Secret = name === undefined ? {value, created, updated} : ({name, value, created, updated} as NamedSecret);
	for (let index = 0; index < OPTIONAL_FIELDS.length; index++) {
		const text = fieldText(entry[index + 5]);
		if (text !== undefined) {
			secret[OPTIONAL_FIELDS[index]!] = text;
		}
	}

	return secret;
}
