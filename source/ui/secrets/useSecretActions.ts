// The actions that write to the store: saving the form and renaming (the secret shows selected under its
// name, with its status, in one frame), and deleting after the question. Only the store touches the file.
import {useCallback, type Dispatch, type RefObject} from 'react';
import {usesText, type SecretUse} from '../../environments/usage.js';
import type {SecretStore} from '../../store/store.js';
import {isUserError} from '../../util/errors.js';
import type {Status} from '../shared/StatusLine.js';
import type {FormSubmission} from './FormScreen.js';
import type {RenameSubmission} from './RenameScreen.js';
import {matchesFilter, type ListAction, type ListState} from './listState.js';
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
	/** The environments that name a secret (after a rename, those that still name the old name). */
	usesOf: RefObject<(name: string) => SecretUse[]>;
};

export function useSecretActions({store, reload, dispatch, liveList, setStatus, onSaved, usesOf}: SecretActionsOptions) {
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
		async ({name, value, overwrite}: FormSubmission): Promise<string | undefined> => {
			try {
				await store().set(name, value, {overwrite});
			} catch (error) {
				return writeFailure(error);
			}

			// Show the saved secret selected in the same frame as the status.
			show(name);
			setStatus({text: `Saved ${name}`, tone: 'info'});
			return undefined;
		},
		[store, show, setStatus],
	);

	/** Renames; resolves to the form's error sentence, or undefined once renamed. */
	const rename = useCallback(
		async ({from, to, overwrite}: RenameSubmission): Promise<string | undefined> => {
			let replaced: boolean;
			const shown = store();
			try {
				({replaced} = await shown.rename(from, to, {overwrite, overwriteHint: `Press Enter and answer y to replace it with ${from}.`}));
			} catch (error) {
				return writeFailure(error);
			}

			show(to);
			// The environments are not edited: say which still name the old name, and in which file.
			const uses = usesOf.current(from);
			const still = new Set(uses.map((use) => use.environment)).size;
			setStatus({
				text: `Renamed ${from} to ${to}${replaced ? ' (replaced)' : ''}`,
				tone: 'info',
				// As the definitions write it: lab/OLD for a team store's secret.
				...(uses.length > 0 ? {detail: `${usesText(uses)} still ${still === 1 ? 'names' : 'name'} ${shown.qualify(from)}`} : {}),
			});
			return undefined;
		},
		[store, show, setStatus, usesOf],
	);

	/** The answer to `Delete NAME? (y/N)`: only yes deletes. */
	const remove = useCallback(
		(name: string, yes: boolean) => {
			if (!yes) {
				setStatus({text: `Kept ${name}`, tone: 'info'});
				return;
			}

			store().delete(name).then(
				() => {
					reload();
					setStatus({text: `Deleted ${name}`, tone: 'info'});
				},
				(error: unknown) => setStatus({text: writeFailure(error), tone: 'error'}),
			);
		},
		[store, reload, setStatus],
	);

	return {save, rename, remove};
}

/** A failed write as the status line's sentence. */
export function writeFailure(error: unknown): string {
	if (isUserError(error)) {
		return error.message;
	}

	return `Could not write the store: ${(error as Error)?.message ?? String(error)}`;
}
