// Putting a whole secret back as it was (value, created, updated, note, expiry, updatedBy): the TUI's
// undo (and, for a rename, both names back as they were). A restore names what it expects the store to hold now (nothing, for an undone delete; what the
// undone change wrote, for an undone change) and writes only when the store still holds that, unless
// forced; otherwise it says what is there, and the caller asks the user. Pure: change.ts applies it
// under the lock, on a fresh read.
import {copyOf, type Secret, type StoreData} from './read.js';

export type RestoreResult =
	/** Written; `replaced` is what it wrote over (undefined when the name was free). */
	| {restored: true; replaced: Secret | undefined}
	/** Not written: the store holds `current` under the name, not what was expected. */
	| {restored: false; current: Secret | undefined};

/** Whether two secrets are the same version: every field alike (or both absent). */
export function sameSecret(a: Secret | undefined, b: Secret | undefined): boolean {
	if (a === undefined || b === undefined) {
		return a === b;
	}

	return a.value === b.value && a.created === b.created && a.updated === b.updated && a.note === b.note && a.expires === b.expires && a.updatedBy === b.updatedBy;
}

/** Puts `secret` under `name` in `data` when the store holds `expected` there now, or when `force`. */
export function restoreInto(data: StoreData, name: string, secret: Secret, expected: Secret | undefined, force: boolean): RestoreResult {
	const current = data.secrets[name];
	if (!force && !sameSecret(current, expected)) {
		return {restored: false, current};
	}

	data.secrets[name] = copyOf(secret);
	return {restored: true, replaced: current};
}

/** What a rename did (store.ts's rename): `before` left OLD, `after` is under NEW, `overwritten` was under NEW. */
export type RenameDone = {before: Secret; after: Secret; overwritten?: Secret};

export type RenameBackResult =
	/** Renamed back: OLD holds `before` again, and NEW what it held before (or nothing). */
	| {restored: true}
	/** Not written: NEW no longer holds what the rename wrote (`new`), or OLD holds a secret again (`old`). */
	| {restored: false; changed: 'new' | 'old'};

/**
 * Undoes a rename of `oldName` to `newName` in `data`, only when the store still holds what the rename
 * left: `done.after` under the new name and nothing under the old one. Never forced: two names would be
 * written over.
 */
export function renameBackInto(data: StoreData, oldName: string, newName: string, done: RenameDone): RenameBackResult {
	if (!sameSecret(data.secrets[newName], done.after)) {
		return {restored: false, changed: 'new'};
	}

	if (data.secrets[oldName] !== undefined) {
		return {restored: false, changed: 'old'};
	}

	data.secrets[oldName] = copyOf(done.before);
	if (done.overwritten) {
		data.secrets[newName] = copyOf(done.overwritten);
	} else {
		delete data.secrets[newName];
	}

	return {restored: true};
}

/** What is wrong with a restored secret's times: each an ISO 8601 time, as the store writes them. */
export function timesProblem(secret: Secret): string | undefined {
	for (const field of ['created', 'updated'] as const) {
		const time = secret[field];
		if (typeof time !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(time) || Number.isNaN(Date.parse(time))) {
			return `The ${field} time of a restored secret is an ISO 8601 time such as 2026-01-31T12:00:00.000Z, not "${String(time)}".`;
		}
	}

	return undefined;
}
