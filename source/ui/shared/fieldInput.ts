// Reads what the terminal sends to a screen with text fields as steps, in order: key presses (the
// screen's own keys first, then a text key edits the focused field: fieldEdit) and whole pastes. Keys that arrive in one read ("3\r", four
// Backspaces, a name, Enter and a value) are split as typed; a bracketed paste (the TUI turns the mode on)
// is gathered across reads, so its line breaks are never taken for Enter. Pure: the hook keeps the state.
import type {Key} from 'ink';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {PLAIN, splitKeys} from '../keys/splitKeys.js';
import {TEXT_KEYS, type TextKeyAction} from '../keys/textKeys.js';
import {MAX_PASTE_BYTES, type TextEdit} from './textEdit.js';

/** One key press, or a whole paste. */
export type FieldStep = {type: 'key'; input: string; key: Key} | {type: 'paste'; text: string; bytes: number};

/** Inside a bracketed paste: the text so far (dropped once past the limit) and its size in bytes. */
export type PasteState = {text: string; bytes: number} | undefined;

export const PASTE_START = '\u001B[200~';
export const PASTE_END = '\u001B[201~';
const DELETE_KEY = '\u001B[3~';

/**
 * One read (`raw`, as ink parsed it into `input` and `key`) as steps. `raw` tells the Delete key from
 * Backspace and sees the paste brackets; without it (tests of the steps alone) Backspace is assumed.
 * `multiline`: the focused field takes several lines.
 */
export function readInput(paste: PasteState, raw: string | undefined, input: string, key: Key, {multiline}: {multiline: boolean}): {paste: PasteState; steps: FieldStep[]} {
	if (raw === PASTE_START) {
		return {paste: {text: '', bytes: 0}, steps: []};
	}

	if (paste) {
		const at = (raw ?? input).indexOf(PASTE_END);
		const body = at === -1 ? (raw ?? input) : (raw ?? input).slice(0, at);
		const bytes = paste.bytes + Buffer.byteLength(body, 'utf8');
		const gathered = {text: bytes > MAX_PASTE_BYTES ? '' : paste.text + body, bytes};
		return at === -1 ? {paste: gathered, steps: []} : {paste: undefined, steps: [{type: 'paste', ...gathered}]};
	}

	if (raw === PASTE_END) {
		return {paste: undefined, steps: []};
	}

	const plain = !key.ctrl && !key.meta && !key.escape && input.length > 1;
	// A terminal without bracketed paste sends a pasted line break as Enter. Lines of text in one read are
	// a paste: into a field of several lines they are its lines (a last line break is Enter); into a field
	// of one line, text between two line breaks is refused as a paste rather than typed and run.
	const body = input.replace(/[\r\n]$/, '');
	if (plain && multiline && /[\r\n]/.test(body)) {
		const steps: FieldStep[] = [{type: 'paste', text: body, bytes: Buffer.byteLength(body, 'utf8')}];
		return {paste: undefined, steps: body === input ? steps : [...steps, {type: 'key', input: '', key: {...PLAIN, return: true}}]};
	}

	if (plain && !multiline && /[^\r\n][\r\n]+[^\r\n]+[\r\n]/.test(input)) {
		return {paste: undefined, steps: [{type: 'paste', text: input, bytes: Buffer.byteLength(input, 'utf8')}]};
	}

	const steps: FieldStep[] = [];
	for (const [one, oneKey] of splitKeys(input, key)) {
		// ink reports Backspace (DEL) and the Delete key both as `delete`.
		const itsKey = (oneKey.delete || oneKey.backspace) && raw !== DELETE_KEY ? {...oneKey, delete: false, backspace: true} : oneKey;
		steps.push({type: 'key', input: one, key: itsKey});
	}

	return {paste: undefined, steps};
}

/** The edit a key press makes in a text field, or undefined when it is no text key. */
export function fieldEdit(input: string, key: Key): TextEdit | undefined {
	const action = matchKey(TEXT_KEYS, input, key);
	return action === undefined ? undefined : textEdit(action, input);
}

/** The edit a text key makes, given the key's text. */
export function textEdit(action: TextKeyAction, input: string): TextEdit {
	switch (action) {
		case 'type': {
			return {type: 'insert', text: input};
		}

		case 'erase':
		case 'eraseForward':
		case 'eraseWord':
		case 'eraseToStart':
		case 'eraseToEnd': {
			return {type: action};
		}

		default: {
			return {type: 'cursor', to: action};
		}
	}
}

/** What a form's reducer takes from formStep: a paste, the question's answer, an edit of the focused field. */
export type FormStepAction = {type: 'paste'; text: string; bytes: number} | {type: 'confirm'; yes: boolean} | {type: 'edit'; edit: TextEdit};

/**
 * One step of a form screen (add/edit, rename), in the one order: nothing once the form is submitted; a
 * paste goes to the focused field; while the form asks (y/N), the key answers it; then the screen's own
 * `keys` (`onKey`); else the key edits the focused field.
 */
export function formStep<Action extends string>(
	step: FieldStep,
	state: {submitted?: unknown; confirming: boolean},
	keys: KeyTable<Action>,
	dispatch: (action: FormStepAction) => void,
	onKey: (action: Action) => void,
): void {
	if (state.submitted) {
		return;
	}

	if (step.type === 'paste') {
		dispatch({type: 'paste', text: step.text, bytes: step.bytes});
		return;
	}

	if (state.confirming) {
		dispatch({type: 'confirm', yes: matchKey(CONFIRM_KEYS, step.input, step.key) === 'yes'});
		return;
	}

	const action = matchKey(keys, step.input, step.key);
	if (action) {
		onKey(action);
		return;
	}

	const edit = fieldEdit(step.input, step.key);
	if (edit) {
		dispatch({type: 'edit', edit});
	}
}
