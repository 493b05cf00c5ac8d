// The actions that write to the store: saving the form and renaming (the secret shows selected under its
// name, with its status, in one frame), deleting after the question, and undoing the last delete, overwrite or rename. Only
// the store touches the file. The writes run one after another, in the order of the keys, so `d y u`
// arriving in one read undoes the delete it follows; `serial` is that queue, which copy to store (C) joins too.
import {useCallback, useRef, type Dispatch, type RefObject} from 'react';
import {usesText, type SecretUse} from '../../environments/usage.js';
import type {SecretStore} from '../../store/store.js';
import {isUserError} from '../../util/errors.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import type {Status} from '../shared/StatusLine.js';
import type {FormSubmission} from './FormScreen.js';
import type {RenameSubmission} from './RenameScreen.js';
import {matchesFilter, type ListAction, type ListState} from './listState.js';
import {conflictQuestion, expectedNow, initialUndo, nextUndo, renameBackRefused, undoneText, undoReducer, type UndoEntry} from './undoState.js';
import type {Secrets} from './useSecrets.js';

export type SecretActionsOptions = {
	/** The store shown as of the last key (S may have switched it since the last render). */
	store: () => SecretStore;
	reload: () => Secrets;
	dispatch: Dispatch<ListAction>;
	liveList: RefObject<ListState>;
	setStatus: (status: Status | undefined) => void;
	/** After a save: back to the list. */
	onSaved: () => void;
	/** Asks before an undo writes over a newer secret of that name (the answer comes to `answerUndo`). */
	askUndo: (name: string) => void;
	/** The environments that name a secret (after a rename, those that still name the old name). */
	usesOf: RefObject<(name: string) => SecretUse[]>;
};

const UNDO_HINT = 'u undo';

export function useSecretActions({store, reload, dispatch, liveList, setStatus, onSaved, askUndo, usesOf}: SecretActionsOptions) {
	const [, undoDispatch, liveUndo] = useLiveReducer(undoReducer, () => initialUndo);
	// The store writes, one after another in the order asked.
	const queue = useRef<Promise<unknown>>(Promise.resolve());
	const serial = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
		const next = queue.current.then(task, task);
		queue.current = next.catch(() => undefined);
		return next;
	}, []);
	/** `u undo` after a status while there is something to undo. */
	const undoHint = useCallback(() => (nextUndo(liveUndo.current) ? UNDO_HINT : undefined), [liveUndo]);

	/** After a write: the list as stored now, `name` selected (the filter cleared if it would hide it), back to the list. */
	const show = useCallback(
		(name: string) => {
			const {entries} = reload();
			if (!matchesFilter(name, liveList.current.filter)) {
				dispatch({type: 'clearFilter'});
			}

			dispatch({type: 'load', entries});
			dispatch({type: 'select', name});
			onSaved();
		},
		[reload, dispatch, liveList, onSaved],
	);

	/** Saves the form's secret; resolves to the form's error sentence, or undefined once saved. */
	const save = useCallback(
		async ({name, value, overwrite, note, expires}: FormSubmission): Promise<string | undefined> => {
			const target = store();
			let result;
			try {
				result = await serial(() => target.set(name, value, {overwrite, note, expires}));
			} catch (error) {
				return writeFailure(error);
			}

			// Show the saved secret selected in the same frame as the status.
			show(name);
			if (result.previous) {
				undoDispatch({type: 'push', entry: {kind: 'changed', store: target, name, label: target.qualify(name), before: result.previous, after: result.secret}});
				setStatus({text: `Changed ${name}`, tone: 'info', detail: UNDO_HINT});
			} else {
				setStatus({text: `Saved ${name}`, tone: 'info'});
			}

			return undefined;
		},
		[store, show, setStatus, serial, undoDispatch],
	);

	/** Renames; resolves to the form's error sentence, or undefined once renamed. */
	const rename = useCallback(
		async ({from, to, overwrite}: RenameSubmission): Promise<string | undefined> => {
			const target = store();
			let result;
			try {
				result = await serial(() => target.rename(from, to, {overwrite, overwriteHint: `Press Enter and answer y to replace it with ${from}.`}));
			} catch (error) {
				return writeFailure(error);
			}

			show(to);
			const {replaced, before, after, overwritten} = result;
			undoDispatch({
				type: 'push',
				entry: {kind: 'renamed', store: target, name: to, label: target.qualify(to), from, fromLabel: target.qualify(from), before, after, ...(overwritten ? {overwritten} : {})},
			});
			// The environments are not edited: say which still name the old name (lab/OLD in a team store), and in which file.
			const uses = usesOf.current(from);
			const still = new Set(uses.map((use) => use.environment)).size;
			const stillNames = uses.length > 0 ? ` · ${usesText(uses)} still ${still === 1 ? 'names' : 'name'} ${target.qualify(from)}` : '';
			setStatus({text: `Renamed ${from} → ${to}${replaced ? ' (replaced)' : ''}`, tone: 'info', detail: `${UNDO_HINT}${stillNames}`});
			return undefined;
		},
		[store, show, setStatus, serial, usesOf, undoDispatch],
	);

	/** The answer to `Delete NAME? (y/N)`: only yes deletes. */
	const remove = useCallback(
		(name: string, yes: boolean) => {
			if (!yes) {
				setStatus({text: `Kept ${name}`, tone: 'info'});
				return;
			}

			const target = store();
			void serial(() => target.delete(name)).then(
				(before) => {
					undoDispatch({type: 'push', entry: {kind: 'deleted', store: target, name, label: target.qualify(name), before}});
					dispatch({type: 'load', entries: reload().entries});
					setStatus({text: `Deleted ${name}`, tone: 'info', detail: UNDO_HINT});
				},
				(error: unknown) => setStatus({text: writeFailure(error), tone: 'error'}),
			);
		},
		[store, reload, dispatch, setStatus, serial, undoDispatch],
	);

	/** After an undo is written: the list as stored now, the secret selected when its store is shown, the status. */
	const undone = useCallback(
		(entry: UndoEntry, name: string) => {
			dispatch({type: 'load', entries: reload().entries});
			if (entry.store.file === store().file) {
				dispatch({type: 'select', name});
			}

			setStatus({text: undoneText(entry), tone: 'info', detail: undoHint()});
		},
		[store, reload, dispatch, setStatus, undoHint],
	);

	/** Renames back, only while the store holds what the rename left; else says why and drops that undo. */
	const renameBack = useCallback(
		(entry: Extract<UndoEntry, {kind: 'renamed'}>) =>
			serial(() => entry.store.renameBack(entry.from, entry.name, entry)).then(
				(result) => {
					undoDispatch({type: 'drop', entry});
					if (result.restored) {
						undone(entry, entry.from);
					} else {
						setStatus({text: renameBackRefused(entry, result.changed), tone: 'error', detail: undoHint()});
					}
				},
				(error: unknown) => setStatus({text: writeFailure(error), tone: 'error'}),
			),
		[serial, undoDispatch, undone, setStatus, undoHint],
	);

	/** Writes the undo of `entry` (over whatever is there when `force`), or asks when the name holds a newer secret. */
	const restore = useCallback(
		(entry: UndoEntry, force: boolean): Promise<void> =>
			entry.kind === 'renamed' ? renameBack(entry) : serial(() => entry.store.restore(entry.name, entry.before, expectedNow(entry), {force})).then(
				(result) => {
					if (!result.restored && result.current !== undefined) {
						askUndo(entry.label);
						setStatus({text: conflictQuestion(entry), tone: 'question'});
						return;
					}

					if (!result.restored) {
						// Changed, then deleted meanwhile: nothing would be written over, so no question.
						void restore(entry, true);
						return;
					}

					undoDispatch({type: 'drop', entry});
					if (result.replaced && force) {
						// What the undo wrote over is itself undoable.
						undoDispatch({type: 'push', entry: {store: entry.store, name: entry.name, label: entry.label, kind: 'changed', before: result.replaced, after: entry.before}});
					}

					undone(entry, entry.name);
				},
				(error: unknown) => setStatus({text: writeFailure(error), tone: 'error'}),
			),
		[setStatus, serial, undoDispatch, askUndo, renameBack, undone],
	);

	/** `u`: after the writes already asked for (a delete just answered), the newest entry. */
	const undo = useCallback(() => {
		void serial(async () => {
			const entry = nextUndo(liveUndo.current);
			if (entry) {
				void restore(entry, false);
			} else {
				setStatus({text: 'Nothing to undo: u brings back a secret deleted, overwritten or renamed in this session.', tone: 'info'});
			}
		});
	}, [serial, liveUndo, restore, setStatus]);

	/** The answer to the undo's question: yes writes over the newer secret; no drops that undo. */
	const answerUndo = useCallback(
		(label: string, yes: boolean) => {
			const entry = nextUndo(liveUndo.current);
			if (!entry || entry.label !== label) {
				return;
			}

			if (yes) {
				void restore(entry, true);
			} else {
				undoDispatch({type: 'drop', entry});
				setStatus({text: `Kept ${label} as it is; that undo is dropped.`, tone: 'info', detail: undoHint()});
			}
		},
		[liveUndo, restore, undoDispatch, setStatus, undoHint],
	);

	return {save, rename, remove, undo, answerUndo, serial};
}

/** A failed write as the status line's sentence. */
export function writeFailure(error: unknown): string {
	if (isUserError(error)) {
		return error.message;
	}

	return `Could not write the store: ${(error as Error)?.message ?? String(error)}`;
}
