// What a form screen (add/edit, rename) takes from the app, and how it hands its submission over: once
// the form's reducer has one ready, it is written; a failure's sentence goes back to the form.
import {useEffect} from 'react';
import type {KeyTable} from '../keys/binding.js';

export type FormScreenBase<Submission> = {
	/** Whether a secret of this name is in the store now (a name that exists asks before it is replaced). */
	exists: (name: string) => boolean;
	/** Writes the submission; resolves to an error sentence when that failed (the form stays open). */
	onSubmit: (submission: Submission) => Promise<string | undefined>;
	onCancel: () => void;
	/** The keys that apply now (the form's, or the question's while it asks): the app's footer shows them. */
	onKeys?: (keys: KeyTable<string>) => void;
	active: boolean;
	width: number;
	/** Rows the form may take. */
	height: number;
};

export function useSubmit<Submission>(
	submitted: Submission | undefined,
	onSubmit: (submission: Submission) => Promise<string | undefined>,
	dispatch: (action: {type: 'failed'; error: string}) => void,
): void {
	useEffect(() => {
		if (submitted) {
			void onSubmit(submitted).then((error) => {
				if (error) {
					dispatch({type: 'failed', error});
				}
			});
		}
	}, [submitted, onSubmit, dispatch]);
}
