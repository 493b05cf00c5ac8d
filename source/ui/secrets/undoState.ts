// The TUI's undo: the secrets this session deleted, overwrote or renamed, newest last, held in memory only (never
// written anywhere but the store, when one is restored). Pure: tested without rendering.
//
// Several, not one: deleting two secrets in a row by mistake (`d y j d y`) is undone by `u u`. At most
// UNDO_DEPTH, so a long session does not keep every old value it ever replaced.
import type {Secret} from '../../store/read.js';
import type {RenameBackResult, RenameDone} from '../../store/restore.js';
import type {SecretStore} from '../../store/store.js';

export const UNDO_DEPTH = 10;

/** Where: the store it was in (S may have switched the list to another since), the name there, and the name as said (`lab/NAME` in a team store). */
type Where = {store: SecretStore; name: string; label: string};

export type UndoEntry =
	/** `before` was deleted: undo writes it back where nothing should be now. */
	| (Where & {kind: 'deleted'; before: Secret})
	/** `before` was overwritten by `after`: undo writes `before` back over `after`. */
	| (Where & {kind: 'changed'; before: Secret; after: Secret})
	/**
	 * `from` (said `fromLabel`) was renamed to `name`: undo puts `before` back under `from` and what `name`
	 * held (`overwritten`, or nothing), only while the store holds what the rename left (never forced).
	 */
	| (Where & {kind: 'renamed'; from: string; fromLabel: string} & RenameDone);

export type UndoState = {entries: readonly UndoEntry[]};

export type UndoAction =
	| {type: 'push'; entry: UndoEntry}
	/** `entry` was restored, or the user declined it: it leaves the stack. */
	| {type: 'drop'; entry: UndoEntry};

export const initialUndo: UndoState = {entries: []};

export function undoReducer(state: UndoState, action: UndoAction): UndoState {
	switch (action.type) {
		case 'push': {
			return {entries: [...state.entries, action.entry].slice(-UNDO_DEPTH)};
		}

		case 'drop': {
			const entries = state.entries.filter((entry) => entry !== action.entry);
			return entries.length === state.entries.length ? state : {entries};
		}
	}
}

/** The entry `u` undoes next. */
export function nextUndo(state: UndoState): UndoEntry | undefined {
	return state.entries.at(-1);
}

/** What the store should hold under the name for the undo to write without asking (a delete or a change). */
export function expectedNow(entry: UndoEntry): Secret | undefined {
	return entry.kind === 'changed' ? entry.after : undefined;
}

/** The question when the store holds something else under the name now. */
export function conflictQuestion(entry: UndoEntry): string {
	return entry.kind === 'deleted'
		? `${entry.label} was added again since. Put the deleted one back over it? (y/N)`
		: `${entry.label} changed again since. Put back the value before your change? (y/N)`;
}

/** The status once the undo is written. */
export function undoneText(entry: UndoEntry): string {
	switch (entry.kind) {
		case 'deleted': {
			return `Undone: ${entry.label} is back`;
		}

		case 'changed': {
			return `Undone: ${entry.label} has its earlier value`;
		}

		case 'renamed': {
			return `Undone: ${entry.label} is ${entry.fromLabel} again`;
		}
	}
}

/** The status when a rename cannot be undone: the store no longer holds what it left; nothing was written. */
export function renameBackRefused(entry: Extract<UndoEntry, {kind: 'renamed'}>, changed: Extract<RenameBackResult, {restored: false}>['changed']): string {
	const why = changed === 'new' ? `${entry.label} changed since` : `${entry.fromLabel} was added again since`;
	return `Cannot undo the rename of ${entry.fromLabel} to ${entry.label}: ${why}. Nothing was changed; that undo is dropped.`;
}
