// The add / overwrite form: fields, focus, inline errors and the overwrite question. Pure.
import {expiresProblem, nameProblem, noteProblem, valueProblem} from '../../store/rules.js';
import {editField, pasteEdit, type TextEdit} from '../shared/textEdit.js';

export type FormMode = 'add' | 'edit';

/** The form's fields, in the order Tab (or ↓) goes through them. */
export type FormField = 'name' | 'value' | 'note' | 'expires';

export const FORM_FIELDS: readonly FormField[] = ['name', 'value', 'note', 'expires'];

export type FormState = {
	mode: FormMode;
	name: string;
	value: string;
	/** A note kept with the secret ('' for none). */
	note: string;
	/** The expiry day, YYYY-MM-DD ('' for none). */
	expires: string;
	focus: FormField;
	/** Cursor positions (UTF-16 offsets) in each field. */
	nameCursor: number;
	valueCursor: number;
	noteCursor: number;
	expiresCursor: number;
	/** The value field shows what is typed instead of mask characters. */
	showValue: boolean;
	nameError?: string;
	valueError?: string;
	noteError?: string;
	expiresError?: string;
	/** Waiting for `Overwrite NAME? (y/N)`. */
	confirming: boolean;
	/** Ready to be written (with `overwrite` when the name exists). */
	submitted?: FormSubmission;
};

/**
 * What the form asks to write. The edit form always gives a note and an expiry ('' removes one): its
 * fields started with the secret's own. The add form gives them only when filled in, so adding over an
 * existing name (after the question) keeps that secret's note and expiry unless new ones are typed.
 */
export type FormSubmission = {name: string; value: string; overwrite: boolean; note?: string; expires?: string};

export type FormAction =
	| {type: 'setName'; name: string}
	| {type: 'setValue'; value: string}
	/** Editing the focused field at its cursor. */
	| {type: 'edit'; edit: TextEdit}
	/** A bracketed paste: the value takes several lines, the other fields one; a paste past the value limit is refused. */
	| {type: 'paste'; text: string; bytes: number}
	/** Tab or ↓ (`by` 1), Shift+Tab or ↑ (`by` -1): the next or previous field, round. */
	| {type: 'moveField'; by: 1 | -1}
	| {type: 'toggleShow'}
	/** Enter: `exists` tells whether a secret with the typed name is in the store now. */
	| {type: 'submit'; exists: (name: string) => boolean}
	| {type: 'confirm'; yes: boolean}
	/** Writing the submission failed: the form stays open with the error sentence. */
	| {type: 'failed'; error: string};

/** Where each field keeps its text, cursor and error in the state. */
const SLOTS = {
	name: {text: 'name', cursor: 'nameCursor', error: 'nameError'},
	value: {text: 'value', cursor: 'valueCursor', error: 'valueError'},
	note: {text: 'note', cursor: 'noteCursor', error: 'noteError'},
	expires: {text: 'expires', cursor: 'expiresCursor', error: 'expiresError'},
} as const;

/** The error sentence shown under `field`, if any. */
export function fieldError(state: FormState, field: FormField): string | undefined {
	return state[SLOTS[field].error];
}

/** `value`, `note`, `expires`: the secret's own when editing (each field starts with it, the cursor at its end). */
export function initialFormState(mode: FormMode, name = '', value = '', note = '', expires = ''): FormState {
	return {
		mode,
		name,
		value,
		note,
		expires,
		focus: mode === 'edit' ? 'value' : 'name',
		nameCursor: name.length,
		valueCursor: value.length,
		noteCursor: note.length,
		expiresCursor: expires.length,
		showValue: false,
		confirming: false,
	};
}

/** The fields the form goes through: the edit form's name is fixed. */
export function formFields(mode: FormMode): readonly FormField[] {
	return mode === 'edit' ? FORM_FIELDS.slice(1) : FORM_FIELDS;
}

/** The sentence saying what is wrong with a field's text, or undefined. Empty note and expiry are none. */
function problem(field: FormField, text: string): string | undefined {
	switch (field) {
		case 'name': {
			return nameProblem(text);
		}

		case 'value': {
			return valueProblem(text);
		}

		case 'note': {
			return text === '' ? undefined : noteProblem(text);
		}

		case 'expires': {
			return text === '' ? undefined : expiresProblem(text);
		}
	}
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
				return {...state, [SLOTS[state.focus].error]: pasted.refused};
			}

			return formReducer(state, {type: 'edit', edit: pasted.edit});
		}

		case 'edit': {
			if (state.confirming || state.submitted || (state.focus === 'name' && state.mode === 'edit')) {
				return state;
			}

			const slot = SLOTS[state.focus];
			const field = {value: state[slot.text], cursor: state[slot.cursor]};
			const edited = editField(field, action.edit);
			if (edited === field) {
				return state;
			}

			return {...state, [slot.text]: edited.value, [slot.cursor]: edited.cursor, [slot.error]: edited.value === field.value ? state[slot.error] : undefined};
		}

		case 'moveField': {
			if (state.confirming) {
				return state;
			}

			const fields = formFields(state.mode);
			const at = fields.indexOf(state.focus);
			return {...state, focus: fields[(at + action.by + fields.length) % fields.length]!};
		}

		case 'toggleShow': {
			return {...state, showValue: !state.showValue};
		}

		case 'submit': {
			if (state.confirming) {
				return state;
			}

			const nameError = problem('name', state.name);
			if (state.focus === 'name') {
				return nameError ? {...state, nameError} : {...state, nameError: undefined, focus: 'value'};
			}

			const errors = {nameError, valueError: problem('value', state.value), noteError: problem('note', state.note), expiresError: problem('expires', state.expires)};
			const wrong = FORM_FIELDS.find((field) => errors[SLOTS[field].error] !== undefined);
			if (wrong) {
				return {...state, ...errors, focus: wrong};
			}

			const cleared = {...state, ...errors};
			if (state.mode === 'edit' || action.exists(state.name)) {
				return {...cleared, confirming: true};
			}

			return {...cleared, submitted: submission(state, false)};
		}

		case 'failed': {
			return {...state, submitted: undefined, confirming: false, valueError: action.error};
		}

		case 'confirm': {
			if (!state.confirming) {
				return state;
			}

			if (action.yes) {
				return {...state, confirming: false, submitted: submission(state, true)};
			}

			return state.mode === 'add'
				? {...state, confirming: false, focus: 'name', nameError: `${state.name} exists and was kept as it is: change the name, or press Enter on the value and answer y.`}
				: {...state, confirming: false, valueError: `${state.name} was kept as it is: press Enter and answer y to overwrite it, or Esc.`};
		}
	}
}

function submission(state: FormState, overwrite: boolean): FormSubmission {
	const extras = state.mode === 'edit' ? {note: state.note, expires: state.expires} : {...(state.note ? {note: state.note} : {}), ...(state.expires ? {expires: state.expires} : {})};
	return {name: state.name, value: state.value, overwrite, ...extras};
}
