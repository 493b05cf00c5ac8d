// The add / overwrite form: fields, focus, inline errors and the overwrite question. Pure.
import {nameProblem, valueProblem} from '../../store/rules.js';
import {editField, pasteEdit, type TextEdit} from '../shared/textEdit.js';

export type FormMode = 'add' | 'edit';

export type FormState = {
	mode: FormMode;
	name: string;
	value: string;
	focus: 'name' | 'value';
	/** Cursor positions (UTF-16 offsets) in each field. */
	nameCursor: number;
	valueCursor: number;
	/** The value field shows what is typed instead of mask characters. */
	showValue: boolean;
	nameError?: string;
	valueError?: string;
	/** Waiting for `Overwrite NAME? (y/N)`. */
	confirming: boolean;
	/** Ready to be written (with `overwrite` when the name exists). */
	submitted?: {name: string; value: string; overwrite: boolean};
};

export type FormAction =
	| {type: 'setName'; name: string}
	| {type: 'setValue'; value: string}
	/** Editing the focused field at its cursor. */
	| {type: 'edit'; edit: TextEdit}
	/** A bracketed paste: the value takes several lines, the name one; a paste past the value limit is refused. */
	| {type: 'paste'; text: string; bytes: number}
	| {type: 'switchField'}
	| {type: 'toggleShow'}
	/** Enter: `exists` tells whether a secret with the typed name is in the store now. */
	| {type: 'submit'; exists: (name: string) => boolean}
	| {type: 'confirm'; yes: boolean}
	/** Writing the submission failed: the form stays open with the error sentence. */
	| {type: 'failed'; error: string};

/** `value`: the current value when editing (the field starts with it, the cursor at its end). */
export function initialFormState(mode: FormMode, name = '', value = ''): FormState {
	return {mode, name, value, focus: mode === 'edit' ? 'value' : 'name', nameCursor: name.length, valueCursor: value.length, showValue: false, confirming: false};
}

export function formReducer(state: FormState, action: FormAction): FormState {
	switch (action.type) {
		case 'setName': {
			if (state.mode === 'edit' || state.confirming) {
				return state;
			}

			return {...state, name: action.name, nameCursor: action.name.length, nameError: undefined};
		}

		case 'setValue': {
			return state.confirming ? state : {...state, value: action.value, valueCursor: action.value.length, valueError: undefined};
		}

		case 'paste': {
			if (state.confirming || state.submitted || (state.focus === 'name' && state.mode === 'edit')) {
				return state;
			}

			const pasted = pasteEdit(action.text, action.bytes, {multiline: state.focus === 'value'});
			if ('refused' in pasted) {
				return state.focus === 'name' ? {...state, nameError: pasted.refused} : {...state, valueError: pasted.refused};
			}

			return formReducer(state, {type: 'edit', edit: pasted.edit});
		}

		case 'edit': {
			if (state.confirming || state.submitted || (state.focus === 'name' && state.mode === 'edit')) {
				return state;
			}

			if (state.focus === 'name') {
				const field = {value: state.name, cursor: state.nameCursor};
				const edited = editField(field, action.edit);
				return edited === field ? state : {...state, name: edited.value, nameCursor: edited.cursor, nameError: edited.value === state.name ? state.nameError : undefined};
			}

			const field = {value: state.value, cursor: state.valueCursor};
			const edited = editField(field, action.edit);
			return edited === field ? state : {...state, value: edited.value, valueCursor: edited.cursor, valueError: edited.value === state.value ? state.valueError : undefined};
		}

		case 'switchField': {
			if (state.mode === 'edit' || state.confirming) {
				return state;
			}

			return {...state, focus: state.focus === 'name' ? 'value' : 'name'};
		}

		case 'toggleShow': {
			return {...state, showValue: !state.showValue};
		}

		case 'submit': {
			if (state.confirming) {
				return state;
			}

			const nameError = nameProblem(state.name);
			if (state.focus === 'name') {
				return nameError ? {...state, nameError} : {...state, nameError: undefined, focus: 'value'};
			}

			const valueError = valueProblem(state.value);
			if (nameError || valueError) {
				return {...state, nameError, valueError, focus: nameError ? 'name' : 'value'};
			}

			if (state.mode === 'edit' || action.exists(state.name)) {
				return {...state, confirming: true};
			}

			return {...state, submitted: {name: state.name, value: state.value, overwrite: false}};
		}

		case 'failed': {
			return {...state, submitted: undefined, confirming: false, valueError: action.error};
		}

		case 'confirm': {
			if (!state.confirming) {
				return state;
			}

			if (action.yes) {
				return {...state, confirming: false, submitted: {name: state.name, value: state.value, overwrite: true}};
			}

			return state.mode === 'add'
				? {...state, confirming: false, focus: 'name', nameError: `${state.name} exists and was kept as it is: change the name, or press Enter on the value and answer y.`}
				: {...state, confirming: false, valueError: `${state.name} was kept as it is: press Enter and answer y to overwrite it, or Esc.`};
		}
	}
}
