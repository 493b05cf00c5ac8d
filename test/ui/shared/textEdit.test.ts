// The one text-field engine: edits at a cursor, and chunks of keys as the terminal delivers them.
import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {PLAIN} from '../../../source/ui/keys/splitKeys.js';
import {PASTE_END, PASTE_START, fieldEdit, readInput, type FieldStep, type PasteState} from '../../../source/ui/shared/fieldInput.js';
import {MAX_PASTE_BYTES, editField, pasteEdit, type FieldState, type TextEdit} from '../../../source/ui/shared/textEdit.js';
import {MAX_VALUE_BYTES} from '../../../source/store/rules.js';

const at = (text: string): FieldState => ({value: text.replace('|', ''), cursor: text.indexOf('|')});
const show = (field: FieldState) => field.value.slice(0, field.cursor) + '|' + field.value.slice(field.cursor);
const edits = (text: string, ...list: TextEdit[]) => show(list.reduce(editField, at(text)));

/**
 * A field driven by one read of keys, as a screen drives it: text keys edit, Enter submits (the value
 * as it is then), a paste goes through pasteEdit. Returns the field, what was submitted, and refusals.
 */
function typeChunk(field: FieldState, raw: string, key: Partial<Key> = {}, multiline = false) {
	const submitted: string[] = [];
	const refused: string[] = [];
	const {steps} = readInput(undefined, raw, raw, {...PLAIN, ...key}, {multiline});
	for (const step of steps) {
		field = apply(field, step, submitted, refused, multiline);
	}

	return {field: show(field), submitted, refused};
}

function apply(field: FieldState, step: FieldStep, submitted: string[], refused: string[], multiline: boolean): FieldState {
	if (step.type === 'paste') {
		const pasted = pasteEdit(step.text, step.bytes, {multiline});
		if ('refused' in pasted) {
			refused.push(pasted.refused);
			return field;
		}

		return editField(field, pasted.edit);
	}

	if (step.key.return) {
		submitted.push(field.value);
		return field;
	}

	const edit = fieldEdit(step.input, step.key);
	return edit ? editField(field, edit) : field;
}

describe('editField', () => {
	it('moves by character, word and line end, as a shell does', () => {
		expect(edits('hello wor|ld', {type: 'cursor', to: 'left'})).toBe('hello wo|rld');
		expect(edits('hello wor|ld', {type: 'cursor', to: 'right'})).toBe('hello worl|d');
		expect(edits('hello wor|ld', {type: 'cursor', to: 'start'})).toBe('|hello world');
		expect(edits('hello wor|ld', {type: 'cursor', to: 'end'})).toBe('hello world|');
		expect(edits('https://host/pa|th', {type: 'cursor', to: 'wordLeft'})).toBe('https://host/|path');
		expect(edits('https://host/|path', {type: 'cursor', to: 'wordLeft'})).toBe('https://|host/path');
		expect(edits('|https://host', {type: 'cursor', to: 'wordRight'})).toBe('https|://host');
		expect(edits('https|://host', {type: 'cursor', to: 'wordRight'})).toBe('https://host|');
		expect(edits('|abc', {type: 'cursor', to: 'left'})).toBe('|abc');
		expect(edits('abc|', {type: 'cursor', to: 'right'})).toBe('abc|');
	});

	it('erases before, under, a word before, to the start and to the end of the cursor', () => {
		expect(edits('abc|d', {type: 'erase'})).toBe('ab|d');
		expect(edits('abc|d', {type: 'eraseForward'})).toBe('abc|');
		expect(edits('git push ori|gin', {type: 'eraseWord'})).toBe('git push |gin');
		expect(edits('git push |', {type: 'eraseWord'})).toBe('git |');
		expect(edits('abc|def', {type: 'eraseToStart'})).toBe('|def');
		expect(edits('abc|def', {type: 'eraseToEnd'})).toBe('abc|');
		expect(edits('|abc', {type: 'erase'})).toBe('|abc');
	});

	it('takes an emoji as one character', () => {
		expect(edits('a😀|b', {type: 'erase'})).toBe('a|b');
		expect(edits('a|😀b', {type: 'cursor', to: 'right'})).toBe('a😀|b');
		expect(edits('a|😀b', {type: 'eraseForward'})).toBe('a|b');
	});

	it('returns the same field when nothing changes', () => {
		const field = at('|abc');
		expect(editField(field, {type: 'erase'})).toBe(field);
	});
});

describe('a chunk of keys read at once', () => {
	it('types text then submits when Enter came in the same read ("3\\r")', () => {
		expect(typeChunk(at('|'), '3\r')).toEqual({field: '3|', submitted: ['3'], refused: []});
	});

	it('erases once per Backspace of the read (four DELs in one read)', () => {
		expect(typeChunk(at('30 five|'), '\u007F\u007F\u007F\u007F').field).toBe('30 |');
		expect(typeChunk(at('30 five|'), '\b\b').field).toBe('30 fi|');
	});

	it('applies keys of one read in order: Ctrl+A, text, Ctrl+E, Ctrl+W, Ctrl+U, Ctrl+K', () => {
		expect(typeChunk(at('world|'), '\u0001hello \u0005').field).toBe('hello world|');
		expect(typeChunk(at('git push origin|'), '\u0017\u0017').field).toBe('git |');
		// A key alone in its read comes as ink parsed it: the letter, with ctrl.
		expect(typeChunk(at('abc|def'), 'u', {ctrl: true}).field).toBe('|def');
		expect(typeChunk(at('abc|def'), 'k', {ctrl: true}).field).toBe('abc|');
		expect(typeChunk(at('abc|def'), '\u0015\u000B').field).toBe('|');
	});

	it('reads Alt+B, Alt+F, the arrows, Home/End and Delete as ink reports them', () => {
		expect(typeChunk(at('one two|'), 'b', {meta: true}).field).toBe('one |two');
		expect(typeChunk(at('|one two'), 'f', {meta: true}).field).toBe('one| two');
		expect(typeChunk(at('ab|'), '', {leftArrow: true}).field).toBe('a|b');
		expect(typeChunk(at('a|b'), '', {rightArrow: true}).field).toBe('ab|');
		expect(typeChunk(at('ab|'), '', {home: true}).field).toBe('|ab');
		expect(typeChunk(at('|ab'), '', {end: true}).field).toBe('ab|');
		// ink calls both Backspace (DEL) and the Delete key (ESC [3~) `delete`: the raw read tells them apart.
		const {steps} = readInput(undefined, '\u001B[3~', '', {...PLAIN, delete: true}, {multiline: false});
		expect(steps.map((step) => step.type === 'key' && fieldEdit(step.input, step.key))).toEqual([{type: 'eraseForward'}]);
		expect(readInput(undefined, '\u007F', '', {...PLAIN, delete: true}, {multiline: false}).steps.map((step) => step.type === 'key' && fieldEdit(step.input, step.key))).toEqual([{type: 'erase'}]);
	});

	it('types a name, Enter and a value into two fields when they arrive together ("NAME\\rvalue")', () => {
		const {steps} = readInput(undefined, 'NAME\rvalue', 'NAME\rvalue', PLAIN, {multiline: false});
		expect(steps.map((step) => (step.type === 'key' ? (step.key.return ? 'Enter' : step.input) : 'paste')).join('')).toBe('NAMEEntervalue');
	});

	it('refuses lines of text read at once into a one-line field: never typed, never Enter', () => {
		const result = typeChunk(at('|'), 'seq 1 3\rrm -rf x\r');
		expect(result).toEqual({field: '|', submitted: [], refused: ['The paste has 2 lines and this field takes one, so nothing was pasted.']});
	});

	it('keeps the lines of a paste into a field of several lines, and a last line break is Enter', () => {
		expect(typeChunk(at('|'), 'line one\rline two\r', {}, true)).toEqual({field: 'line one\nline two|', submitted: ['line one\nline two'], refused: []});
	});
});

describe('a bracketed paste', () => {
	function paste(reads: string[], multiline = false) {
		let state: PasteState;
		const steps: FieldStep[] = [];
		for (const raw of reads) {
			const read = readInput(state, raw, raw.replace(/^\u001B/, ''), PLAIN, {multiline});
			state = read.paste;
			steps.push(...read.steps);
		}

		return {state, steps};
	}

	it('is gathered across reads into one step, its line breaks kept as text (no Enter)', () => {
		const {state, steps} = paste([PASTE_START, 'abc\rd', 'ef', PASTE_END]);
		expect(state).toBeUndefined();
		expect(steps).toEqual([{type: 'paste', text: 'abc\rdef', bytes: 7}]);
		expect(pasteEdit('abc\rdef', 7, {multiline: false})).toEqual({refused: 'The paste has 2 lines and this field takes one, so nothing was pasted.'});
		expect(pasteEdit('abc\rdef\r', 8, {multiline: true})).toEqual({edit: {type: 'insert', text: 'abc\ndef'}});
		// One line with a last line break: the line, not Enter.
		expect(pasteEdit('https://example.org\n', 20, {multiline: false})).toEqual({edit: {type: 'insert', text: 'https://example.org'}});
	});

	it('larger than a secret value may be is refused with its size, and not kept in memory', () => {
		expect(MAX_PASTE_BYTES).toBe(MAX_VALUE_BYTES);
		const chunk = 'x'.repeat(64 * 1024);
		const reads = [PASTE_START, ...Array.from({length: 17}, () => chunk), PASTE_END];
		const {steps} = paste(reads);
		expect(steps).toEqual([{type: 'paste', text: '', bytes: 17 * 64 * 1024}]);
		const step = steps[0] as {text: string; bytes: number};
		expect(pasteEdit(step.text, step.bytes, {multiline: true})).toEqual({refused: `The paste was ${17 * 64 * 1024} bytes: at most ${MAX_VALUE_BYTES} bytes (1 MiB) fit in a field, so nothing was pasted.`});
	});
});
