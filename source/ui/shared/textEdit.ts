// The one text-field engine: a value and a cursor, and the edits a shell user expects (←/→, Home/End,
// Ctrl+A/E, Alt+B/F, Ctrl+W, Ctrl+U, Ctrl+K, Backspace, Delete). Pure; every field of the TUI edits
// through here, whatever screen owns it.
import {MAX_VALUE_BYTES} from '../../store/rules.js';

export type FieldState = {value: string; cursor: number};

export type TextEdit =
	| {type: 'insert'; text: string}
	| {type: 'erase'}
	| {type: 'eraseForward'}
	| {type: 'eraseWord'}
	| {type: 'eraseToStart'}
	| {type: 'eraseToEnd'}
	| {type: 'cursor'; to: 'left' | 'right' | 'start' | 'end' | 'wordLeft' | 'wordRight'};

/** The field after one edit; the same object when nothing changed. */
export function editField(field: FieldState, edit: TextEdit): FieldState {
	const {value} = field;
	const at = Math.max(0, Math.min(field.cursor, value.length));
	const next = apply(value, at, edit);
	return next.value === field.value && next.cursor === field.cursor ? field : next;
}

function apply(value: string, at: number, edit: TextEdit): FieldState {
	switch (edit.type) {
		case 'insert': {
			return {value: value.slice(0, at) + edit.text + value.slice(at), cursor: at + edit.text.length};
		}

		case 'erase': {
			const from = previousPoint(value, at);
			return {value: value.slice(0, from) + value.slice(at), cursor: from};
		}

		case 'eraseForward': {
			return {value: value.slice(0, at) + value.slice(nextPoint(value, at)), cursor: at};
		}

		case 'eraseWord': {
			const from = wordStart(value, at);
			return {value: value.slice(0, from) + value.slice(at), cursor: from};
		}

		case 'eraseToStart': {
			return {value: value.slice(at), cursor: 0};
		}

		case 'eraseToEnd': {
			return {value: value.slice(0, at), cursor: at};
		}

		case 'cursor': {
			const to = {
				left: () => previousPoint(value, at),
				right: () => nextPoint(value, at),
				start: () => 0,
				end: () => value.length,
				wordLeft: () => wordStart(value, at),
				wordRight: () => wordEnd(value, at),
			}[edit.to]();
			return {value, cursor: to};
		}
	}
}

/** A surrogate pair (an emoji) is one character: never stop between its halves. */
function previousPoint(value: string, at: number): number {
	if (at === 0) {
		return 0;
	}

	return at >= 2 && /[\uDC00-\uDFFF]/.test(value[at - 1]!) && /[\uD800-\uDBFF]/.test(value[at - 2]!) ? at - 2 : at - 1;
}

function nextPoint(value: string, at: number): number {
	if (at >= value.length) {
		return value.length;
	}

	return /[\uD800-\uDBFF]/.test(value[at]!) && /[\uDC00-\uDFFF]/.test(value[at + 1] ?? '') ? at + 2 : at + 1;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}_]/u.test(character);

/** Back over any separators, then over the word before the cursor (as a shell's Ctrl+W and Alt+B). */
function wordStart(value: string, at: number): number {
	let index = at;
	while (index > 0 && !isWordCharacter(value[index - 1])) {
		index--;
	}

	while (index > 0 && isWordCharacter(value[index - 1])) {
		index--;
	}

	return index;
}

/** On over any separators, then to the end of the next word (Alt+F). */
function wordEnd(value: string, at: number): number {
	let index = at;
	while (index < value.length && !isWordCharacter(value[index])) {
		index++;
	}

	while (index < value.length && isWordCharacter(value[index])) {
		index++;
	}

	return index;
}

/** The largest paste a field takes: a secret's value limit (the store's rule), in UTF-8 bytes. */
export const MAX_PASTE_BYTES = MAX_VALUE_BYTES;

/**
 * What a paste does to a field: the text to insert, or a sentence saying why it was refused. A field
 * of one line refuses text of several lines (it would otherwise act as Enter, and could launch).
 */
export function pasteEdit(text: string, bytes: number, options: {multiline: boolean}): {edit: TextEdit} | {refused: string} {
	if (bytes > MAX_PASTE_BYTES) {
		return {refused: `The paste was ${bytes} bytes: at most ${MAX_PASTE_BYTES} bytes (1 MiB) fit in a field, so nothing was pasted.`};
	}

	const body = text.replace(/(\r\n|\r|\n)$/, '');
	if (/[\r\n]/.test(body)) {
		if (!options.multiline) {
			const lines = body.split(/\r\n|\r|\n/).length;
			return {refused: `The paste has ${lines} lines and this field takes one, so nothing was pasted.`};
		}

		return {edit: {type: 'insert', text: body.replaceAll('\r\n', '\n').replaceAll('\r', '\n')}};
	}

	return {edit: {type: 'insert', text: body}};
}
