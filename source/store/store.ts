// The secret store: the one API both faces use. Reads are plain file reads; every change is a
// locked read-modify-write, so a TUI and scripts can write at the same time without losing updates.
import os from 'node:os';
import path from 'node:path';
import {UsageError, UserError} from '../util/errors.js';
import {copyOf, EXTRA_FIELDS, type Secret, type SecretExtras, type StoreData} from './read.js';
import {readAllSecrets, readAllSummaries, readSecrets} from './quick-read.js';
import {readSummaryRows, summaryRowsOf, type SummaryRows} from './rows.js';
import type {SummaryOf} from './scan.js';
import type {EntryUpdate} from './splice.js';
import type {LockOptions} from './lock.js';
import {expiresProblem, nameProblem, noteProblem, qualifiedNameProblem, splitQualifiedName, storeNameProblem, valueProblem} from './rules.js';
import {STORE_FILE_NAME, storeFile} from './paths.js';
import {findTeam, readRegistry, type TeamEntry} from './registry.js';
import {describeTeam, teamGroup} from './team-rules.js';
import {didYouMean} from '../util/nearest.js';
import {renameBackInto, restoreInto, timesProblem, type RenameBackResult, type RenameDone, type RestoreResult} from './restore.js';

export type SecretEntry = Secret & {name: string};
/** A secret without its value (`list` without --values). */
export type SecretSummary = SummaryOf;

/** Where `lab/NAME` led: the store that holds it and the name inside that store. */
export type ResolvedName = {store: SecretStore; name: string};

/** `previous`: the secret the set replaced, if any; `secret`: what it wrote (the TUI's undo keeps both). */
export type SetResult = {created: boolean; previous?: Secret; secret: Secret};
export type SetManyResult = {written: string[]; skipped: string[]};
/**
 * `replaced`: an existing secret of the new name was replaced (only with `overwrite`); `before`, `after`
 * and `overwritten` (the TUI's undo keeps them): the secret as it was, as it is under the new name, and
 * what the new name held.
 */
export type RenameResult = {replaced: boolean} & RenameDone;

/**
 * One store file: the personal store (no `team`), or a team store registered in the personal store's
 * settings.yaml. Every method that takes a name also takes `lab/NAME`, which `resolve` (the one
 * resolver) turns into the team store lab and NAME.
 */
export class SecretStore {
	readonly file: string;
	readonly dir: string;
	/** The personal store's folder: where settings.yaml lists the team stores. */
	readonly home: string;
	readonly team: TeamEntry | undefined;

	constructor(file: string = storeFile(), team?: TeamEntry & {home: string}) {
		this.file = file;
		this.dir = path.dirname(file);
		this.team = team ? {name: team.name, path: team.path, group: team.group} : undefined;
		this.home = team ? team.home : this.dir;
	}

	/** The personal store of the same user. */
	personal(): SecretStore {
		return this.team ? new SecretStore(path.join(this.home, STORE_FILE_NAME)) : this;
	}

	/** The team store registered as `name`; a sentence when there is none. */
	teamStore(name: string): SecretStore {
		const problem = storeNameProblem(name);
		if (problem) {
			throw new UserError(problem);
		}

		const team = findTeam(this.home, name);
		if (!team) {
			throw new UserError(`There is no team store named ${name}; \`secrets-tui store list\` shows them and \`secrets-tui store add ${name} PATH\` adds one.`);
		}

		return new SecretStore(path.join(team.path, STORE_FILE_NAME), {...team, home: this.home});
	}

	/** Every registered team store. */
	teamStores(): SecretStore[] {
		return readRegistry(this.home).map((team) => new SecretStore(path.join(team.path, STORE_FILE_NAME), {...team, home: this.home}));
	}

	/** `lab/NAME` → the team store lab and NAME; `NAME` → this store and NAME. */
	resolve(qualified: string): ResolvedName {
		const {store, name} = splitQualifiedName(qualified);
		return store === undefined ? {store: this, name} : {store: this.teamStore(store), name};
	}

	/** How a name of this store is written from the personal store: `lab/NAME`, or NAME. */
	qualify(name: string): string {
		return this.team ? `${this.team.name}/${name}` : name;
	}

	/** "the store FILE" or "the team store lab (PATH)", for sentences. */
	describe(): string {
		return this.team ? describeTeam(this.team) : `the store ${this.file}`;
	}

	/** Every secret, sorted by name (compareNames: the TUI and `list` show the same order). */
	list(): SecretEntry[] {
		return lastOfEachName(sortByName(readAllSecrets(this.file, this.team)));
	}

	/** Every secret without its value, in list's order: what `list` shows unless asked for values. */
	summaries(): SecretSummary[] {
		return lastOfEachName(sortByName(readAllSummaries(this.file, this.team)));
	}

	/** As summaries, read a row at a time (list at 100,000 secrets): the same secrets in the same order. */
	summaryRows(): SummaryRows {
		return readSummaryRows(this.file, this.team) ?? summaryRowsOf(this.summaries());
	}

	/** The secrets named (each NAME or `lab/NAME`), reading each store once; missing names are absent. */
	lookup(qualified: readonly string[]): Map<string, Secret> {
		const found = new Map<string, Secret>();
		const byStore = new Map<string, {store: SecretStore; names: Array<[string, string]>}>();
		// Each team store is found once (settings.yaml read and checked once), however many of its names.
		const teams = new Map<string, SecretStore>();
		for (const text of new Set(qualified)) {
			const {store: team, name} = splitQualifiedName(text);
			const store = team === undefined ? this : (teams.get(team) ?? this.teamStore(team));
			if (team !== undefined) {
				teams.set(team, store);
			}

			const group = byStore.get(store.file) ?? {store, names: []};
			group.names.push([text, name]);
			byStore.set(store.file, group);
		}

		for (const {store, names} of byStore.values()) {
			const secrets = store.read(names.map(([, name]) => name));
			for (const [text, name] of names) {
				const secret = secrets.get(name);
				if (secret) {
					found.set(text, secret);
				}
			}
		}

		return found;
	}

	/** The secret, or undefined when there is none by that name. */
	get(qualified: string): Secret | undefined {
		const {store, name} = this.resolve(qualified);
		return store.read([name]).get(name);
	}

	/** The secret's value; a missing name is a UserError that says how to see the names. */
	require(qualified: string): Secret {
		const {store, name} = this.resolve(qualified);
		const secret = store.read([name]).get(name);
		if (!secret) {
			throw store.missing(name, store.list().map((entry) => entry.name));
		}

		return secret;
	}

	has(name: string): boolean {
		return this.get(name) !== undefined;
	}

	/** Every value by name (what redaction and the definitions' warnings look for). */
	values(): Map<string, string> {
		return new Map(this.list().map((entry) => [entry.name, entry.value]));
	}

	/**
	 * Adds a secret, or replaces its value when `overwrite` is set. A note or expiry given replaces the
	 * old one ('' removes it); one not given is kept. In a team store (`lab/NAME`) it records who set it.
	 */
	async set(qualified: string, value: string, options: {overwrite?: boolean; overwriteHint?: string} & SecretExtras = {}): Promise<SetResult> {
		const {store, name} = this.resolve(qualified);
		assertValid(name, value);
		assertExtras(options);
		const by = store.team ? {updatedBy: currentUser()} : {};
		return store.changeEntry(name, (existing) => {
			if (existing && !options.overwrite) {
				throw new UserError(`A secret named ${qualified} already exists; ${options.overwriteHint ?? 'add --overwrite'} to replace its value.`);
			}

			const now = new Date().toISOString();
			const secret = withExtras({...existing, value, created: existing?.created ?? now, updated: now, ...by}, options);
			return {secret, result: existing ? {created: false, previous: existing, secret} : {created: true, secret}};
		});
	}

	/**
	 * Sets many secrets in one locked write. Existing names are skipped unless `overwrite`.
	 * Every name and value is checked before anything is written.
	 */
	async setMany(entries: ReadonlyArray<{name: string; value: string}>, options: {overwrite?: boolean} = {}): Promise<SetManyResult> {
		for (const {name, value} of entries) {
			assertValid(name, value);
		}

		const by = this.team ? {updatedBy: currentUser()} : {};
		return this.change((data) => {
			const written: string[] = [];
			const skipped: string[] = [];
			const now = new Date().toISOString();
			for (const {name, value} of entries) {
				const existing = data.secrets[name];
				if (existing && !options.overwrite) {
					skipped.push(name);
					continue;
				}

				data.secrets[name] = {value, created: existing?.created ?? now, updated: now, ...by};
				written.push(name);
			}

			return {written, skipped};
		});
	}

	/** Deletes the secret; resolves to it as it was (the TUI's undo keeps it in memory). */
	async delete(qualified: string): Promise<Secret> {
		const {store, name} = this.resolve(qualified);
		return store.change((data) => {
			const secret = data.secrets[name];
			if (!secret) {
				throw store.missing(name, Object.keys(data.secrets));
			}

			delete data.secrets[name];
			return secret;
		});
	}

	/**
	 * Writes `secret` whole under the name, with its own times, note, expiry and updatedBy (the TUI's
	 * undo), through the same locked writer as every change. Only when the store holds `expected` under
	 * the name now (undefined: no such secret), unless `force`; otherwise nothing is written and the
	 * result says what the store holds (restore.ts).
	 */
	async restore(qualified: string, secret: Secret, expected: Secret | undefined, options: {force?: boolean} = {}): Promise<RestoreResult> {
		const {store, name} = this.resolve(qualified);
		assertValid(name, secret.value);
		assertExtras(secret);
		const problem = timesProblem(secret);
		if (problem) {
			throw new UserError(problem);
		}

		return store.change((data) => restoreInto(data, name, secret, expected, options.force === true));
	}

	/**
	 * Renames a secret within its store in one locked write: the value, created, note and expiry go
	 * with it; updated is now (and, in a team store, updatedBy is who renamed it), as for any change.
	 * NEW follows set's name rules; an existing NEW is refused unless `overwrite` (then it is replaced
	 * whole). `lab/OLD lab/NEW` renames within the team store lab; a rename between two stores is refused
	 * (two stores are two locks and two writes, never one atomic step; a move into a team store shares
	 * the value with its group and one out of it takes it from colleagues' jobs: both are said outright
	 * with set and delete). `overwriteHint`: the sentence after "nothing was renamed." that says how to
	 * replace NEW (default: the command line with --overwrite).
	 */
	async rename(oldQualified: string, newQualified: string, options: {overwrite?: boolean; overwriteHint?: string} = {}): Promise<RenameResult> {
		const problem = qualifiedNameProblem(newQualified);
		if (problem) {
			throw new UserError(problem);
		}

		const from = this.resolve(oldQualified);
		const to = this.resolve(newQualified);
		if (from.store.file !== to.store.file) {
			throw new UserError(
				`${oldQualified} and ${newQualified} are in two stores (${from.store.describe()} and ${to.store.describe()}); rename works within one store, so nothing was renamed. ` +
					`To move it, copy it and delete the old one: secrets-tui get ${oldQualified} | secrets-tui set ${newQualified} - && secrets-tui delete ${oldQualified}.`,
			);
		}

		if (from.name === to.name) {
			throw new UsageError(`${oldQualified} and ${newQualified} are the same name; give the new name second, as in: secrets-tui rename ${oldQualified} NEW_NAME.`);
		}

		const {store} = from;
		const by = store.team ? {updatedBy: currentUser()} : {};
		return store.change((data) => {
			const secret = data.secrets[from.name];
			if (!secret) {
				throw store.missing(from.name, Object.keys(data.secrets));
			}

			const replaced = data.secrets[to.name] !== undefined;
			if (replaced && !options.overwrite) {
				throw new UserError(
					`A secret named ${newQualified} already exists; nothing was renamed. ${options.overwriteHint ?? `To replace it with ${oldQualified}: secrets-tui rename ${oldQualified} ${newQualified} --overwrite.`}`,
				);
			}

			const overwritten = data.secrets[to.name];
			const after = {...secret, updated: new Date().toISOString(), ...by};
			data.secrets[to.name] = after;
			delete data.secrets[from.name];
			return {replaced, before: copyOf(secret), after: copyOf(after), ...(overwritten ? {overwritten: copyOf(overwritten)} : {})};
		});
	}

	/**
	 * Undoes `rename(oldQualified, newQualified)` that did `done`, in one locked write, only when the store
	 * still holds what it left (renameBackInto); the result says whether it wrote.
	 */
	async renameBack(oldQualified: string, newQualified: string, done: RenameDone): Promise<RenameBackResult> {
		const from = this.resolve(oldQualified);
		const to = this.resolve(newQualified);
		return from.store.change((data) => renameBackInto(data, from.name, to.name, done));
	}

	/** Writes the store again as it is: the new secrets.json takes the folder's current default ACL. */
	async rewrite(): Promise<void> {
		await this.change(() => undefined);
	}

	/** The secrets `names` of this store (each read once; a name it lacks is absent). */
	private read(names: readonly string[]): Map<string, Secret> {
		return readSecrets(this.file, this.team, names);
	}

	private missing(name: string, names: string[]): UserError {
		if (this.team) {
			return new UserError(`There is no secret named ${name} in ${describeTeam(this.team)}${didYouMean(name, names)}; \`secrets-tui list --store ${this.team.name}\` shows the names.`);
		}

		return missingSecret(name, this.file, names);
	}

	/**
	 * Runs `mutate` on a fresh read of the store while holding the lock, then writes the result; if
	 * another writer saved in between (this one stalled past the lock's stale threshold), `mutate` runs
	 * again on a fresh read (change.ts). When `mutate` throws, nothing is written. A team store's lock
	 * and files are the group's (0770/0660 with its gid), so any member can take a stale lock over.
	 */
	private async change<T>(mutate: (data: StoreData) => T): Promise<T> {
		// Loaded only to write: readers (get, list, exec) never pay for the lock and the writer.
		const {changeStore} = await import('./change.js');
		return changeStore(this.file, mutate, this.lockOptions());
	}

	/** A change to the entry `name` alone (change.ts makes it in the file's bytes where it can). */
	private async changeEntry<T>(name: string, update: EntryUpdate<T>): Promise<T> {
		const {changeEntry} = await import('./change.js');
		return changeEntry(this.file, name, update, this.lockOptions());
	}

	private lockOptions(): LockOptions {
		const team = this.team;
		return team ? {team, mode: 0o770, group: teamGroup(team)} : {};
	}
}

/**
 * `secrets` in compareNames' order, each name lowered once rather than in every comparison (a million
 * names take about 20 million comparisons).
 */
function sortByName<T extends {name: string}>(secrets: T[]): T[] {
	const keyed = secrets.map((secret) => ({secret, name: secret.name, lower: secret.name.toLowerCase()}));
	keyed.sort((a, b) => (a.lower === b.lower ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.lower < b.lower ? -1 : 1));
	return keyed.map((entry) => entry.secret);
}

/**
 * A name a file repeats (never the writer's doing) once, with its last entry, as JSON.parse reads it:
 * sorted stably by name, its entries are side by side in the file's order.
 */
function lastOfEachName<T extends {name: string}>(sorted: T[]): T[] {
	let repeats = false;
	for (let index = 1; index < sorted.length && !repeats; index++) {
		repeats = sorted[index]!.name === sorted[index - 1]!.name;
	}

	return repeats ? sorted.filter((secret, index) => sorted[index + 1]?.name !== secret.name) : sorted;
}

/**
 * The one order of secret names: ignoring case (`db-password` among the d's, not after `Z`), then by
 * UTF-16 code units so names that differ only in case keep one fixed order (`API` before `api`).
 * No locale: the order is the same on every machine.
 */
export function compareNames(a: string, b: string): number {
	const lowerA = a.toLowerCase();
	const lowerB = b.toLowerCase();
	if (lowerA !== lowerB) {
		return lowerA < lowerB ? -1 : 1;
	}

	return a < b ? -1 : a > b ? 1 : 0;
}

function assertValid(name: string, value: string): void {
	const problem = nameProblem(name) ?? valueProblem(value);
	if (problem) {
		throw new UserError(problem);
	}
}

/** Who sets a secret in a team store (recorded as updatedBy). */
function currentUser(): string {
	try {
		return os.userInfo().username;
	} catch {
		return String(process.getuid?.() ?? 'unknown');
	}
}

function missingSecret(name: string, file: string, names: string[]): UserError {
	return new UserError(`There is no secret named ${name} in ${file}${didYouMean(name, names)}; \`secrets-tui list\` shows the names.`);
}

/** The secret with the extras given set (an empty one removed); the others as they were. */
function withExtras(secret: Secret, extras: SecretExtras): Secret {
	const result: Secret = {...secret};
	for (const field of EXTRA_FIELDS) {
		const given = extras[field];
		if (given === '') {
			delete result[field];
		} else if (given !== undefined) {
			result[field] = given;
		}
	}

	return result;
}

function assertExtras(extras: SecretExtras): void {
	const problem = (extras.expires ? expiresProblem(extras.expires) : undefined) ?? (extras.note ? noteProblem(extras.note) : undefined);
	if (problem) {
		throw new UserError(problem);
	}
}
