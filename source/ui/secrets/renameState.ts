// The rename form: one name field starting with the old name, its error, the overwrite question. Pure.
import {nameProblem} from '../../store/rules.js';
import {editField, pasteEdit, type FieldState, type TextEdit} from '../shared/textEdit.js';

export type RenameState = {
	/** The secret being renamed. */
	from: string;
	field: FieldState;
	error?: string;
	/** Waiting for `Overwrite NEW with OLD? (y/N)`: the new name exists. */
	confirming: boolean;
	/** Ready to be written. */
	submitted?: {from: string; to: string; overwrite: boolean};
};

export type RenameAction =
	| {type: 'edit'; edit: TextEdit}
	/** A paste: one line only (a name has no line break). */
	| {type: 'paste'; text: string; bytes: number}
	/** Enter: `exists` tells whether a secret of the typed name is in the store now. */
	| {type: 'submit'; exists: (name: string) => boolean}
	| {type: 'confirm'; yes: boolean}
	/** The write failed: the form stays open with the sentence. */
	| {type: 'failed'; error: string};

/** The field holds the old name, the cursor at its end. */
export function initialRenameState(from: string): RenameState {
	return {from, field: {value: from, cursor: from.length}, confirming: false};
}

export function renameReducer(state: RenameState, action: RenameAction): RenameState {
	switch (action.type) {
		case 'edit': {
			if (state.confirming || state.submitted) {
				return state;
			}

			const field = editField(state.field, action.edit);
			return field === state.field ? state : {...state, field, error: field.value === state.field.value ? state.error : undefined};
		}

		case 'paste': {
			if (state.confirming || state.submitted) {
				return state;
			}

			const pasted = pasteEdit(action.text, action.bytes, {multiline: false});
			return 'refused' in pasted ? {...state, error: pasted.refused} : renameReducer(state, {type: 'edit', edit: pasted.edit});
		}

		case 'submit': {
			if (state.confirming || state.submitted) {
				return state;
			}

			const to = state.field.value;
			const problem = nameProblem(to);
			if (problem) {
				return {...state, error: problem};
			}

			if (to === state.from) {
				return {...state, error: `That is the name it has: type a new name for ${state.from}, or Esc.`};
			}

			if (action.exists(to)) {
				return {...state, error: undefined, confirming: true};
			}

			return {...state, error: undefined, submitted: {from: state.from, to, overwrite: false}};
		}

		case 'confirm': {
			if (!state.confirming) {
				return state;
			}

			return action.yes
				? {...state, confirming: false, submitted: {from: state.from, to: state.field.value, overwrite: true}}
				: {...state, confirming: false, error: `${state.field.value} was kept as it is: type another name, or press Enter and answer y to replace it.`};
		}

		case 'failed': {
			return {...state, submitted: undefined, confirming: false, error: action.error};
		}
	}
}

/** The question while confirming. */
export function overwriteQuestion(state: RenameState): string {
	return `A secret named ${state.field.value} exists. Replace it with ${state.from}? (y/N)`;
}
