// Where the add / overwrite form's rows go in the height it has: the four fields always, the question
// and each field's error or hint wrapped in rows of their own, the title only when there is room. Pure.
import {noteRows} from '../shared/TextField.js';
import {clipRows, wrapWords} from '../shared/format.js';
import {FORM_FIELDS, fieldError, type FormField, type FormMode, type FormState} from './formState.js';

/** `fields`: the fields drawn (the note and expiry give way in a small terminal unless focused). */
export type FormRows = {title: boolean; fields: ReadonlySet<FormField>; notes: Record<FormField, string[]>; question: string[]};

const OPTIONAL = new Set<FormField>(['note', 'expires']);

const NOTE_HINT = 'optional: one line kept with the secret (where it came from, who to ask)';
const EXPIRES_HINT = 'optional: the day it stops working, YYYY-MM-DD (as 2027-03-01); empty for none';

/** The error under each field, else the hint of the focused one. */
function notes(form: FormState, mode: FormMode): Record<FormField, string | undefined> {
	const hints: Record<FormField, string | undefined> = {
		name: mode === 'add' ? 'letters, digits, _ . -; Enter goes to the value' : undefined,
		value: `${form.showValue ? 'shown' : 'masked'} (Ctrl+T ${form.showValue ? 'masks' : 'shows'} it); Enter saves`,
		note: NOTE_HINT,
		expires: EXPIRES_HINT,
	};
	const focused = (field: FormField) => (!form.confirming && form.focus === field ? hints[field] : undefined);
	const texts = {} as Record<FormField, string | undefined>;
	for (const field of FORM_FIELDS) {
		texts[field] = fieldError(form, field) ?? focused(field);
	}

	return texts;
}

/**
 * The form's rows in `height`. The name and value fields always show, and the focused field; the note
 * and expiry fields when not focused only while everything fits (they give way first, both at once, and
 * show again when there is room or when Tab reaches them); then the title gives way, then hints, and
 * errors share what is left (an error cut short ends with …). The question and each note are wrapped
 * in rows of their own.
 */
export function formRows(form: FormState, mode: FormMode, width: number, height: number): FormRows {
	const texts = notes(form, mode);
	const question = form.confirming ? wrapWords(`${mode === 'add' ? `A secret named ${form.name} exists. ` : ''}Overwrite ${form.name}? (y/N)`, width) : [];
	let fields = FORM_FIELDS;
	const rows = {} as Record<FormField, string[]>;
	for (const field of fields) {
		rows[field] = noteRows(texts[field], width);
	}

	const room = (title: boolean) => height - (title ? 1 : 0) - question.length - fields.reduce((sum, field) => sum + 1 + rows[field].length, 0);
	if (room(true) < 0) {
		fields = fields.filter((field) => !OPTIONAL.has(field) || field === form.focus);
	}

	const title = room(true) >= 0;
	if (!title) {
		// Hints give way first, then errors share what is left, in field order.
		for (const field of fields) {
			if (!fieldError(form, field) && room(false) < 0) {
				rows[field] = [];
			}
		}

		let left = Math.max(0, height - question.length - fields.length);
		for (const field of fields) {
			rows[field] = clipRows(rows[field], left, width - 2);
			left -= rows[field].length;
		}
	}

	return {title, fields: new Set(fields), notes: rows, question};
}
