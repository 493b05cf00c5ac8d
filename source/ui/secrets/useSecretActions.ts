// The actions that write to the store: saving the form (the saved secret shows selected, with its
// status, in one frame) and deleting after the question. Only the store touches the file.
import {useCallback, type Dispatch, type RefObject} from 'react';
import type {SecretStore} from '../../store/store.js';
import {isUserError} from '../../util/errors.js';
import type {Status} from '../shared/StatusLine.js';
import type {FormSubmission} from './FormScreen.js';
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
};

export function useSecretActions({store, reload, dispatch, liveList, setStatus, onSaved}: SecretActionsOptions) {
	/** Saves the form's secret; resolves to the form's error sentence, or undefined once saved. */
	const save = useCallback(
		async ({name, value, overwrite}: FormSubmission): Promise<string | undefined> => {
			try {
				await store().set(name, value, {overwrite});
			} catch (error) {
				return writeFailure(error);
			}

			// Show the saved secret selected in the same frame as the status. The filter stays unless it
			// would hide the secret just saved.
			const {entries} = reload();
			if (!matchesFilter(name, liveList.current.filter)) {
				dispatch({type: 'clearFilter'});
			}

			dispatch({type: 'load', entries});
			dispatch({type: 'select', name});
			onSaved();
			setStatus({text: `Saved ${name}`, tone: 'info'});
			return undefined;
		},
		[store, reload, dispatch, onSaved, liveList, setStatus],
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

	return {save, remove};
}

/** A failed write as the status line's sentence. */
export function writeFailure(error: unknown): string {
	if (isUserError(error)) {
		return error.message;
	}

	return `Could not write the store: ${(error as Error)?.message ?? String(error)}`;
}
