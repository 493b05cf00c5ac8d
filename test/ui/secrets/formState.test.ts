import {describe, expect, it} from 'vitest';
import {formReducer, initialFormState, type FormAction, type FormState} from '../../../source/ui/secrets/formState.js';

const run = (state: FormState, ...actions: FormAction[]) => actions.reduce(formReducer, state);
const none = () => false;
const all = () => true;

describe('add form', () => {
	it('Enter on the name moves to the value; Enter on the value submits a new name', () => {
		let state = run(initialFormState('add'), {type: 'setName', name: 'API_KEY'}, {type: 'submit', exists: none});
		expect(state.focus).toBe('value');
		state = run(state, {type: 'setValue', value: 's3cret'}, {type: 'submit', exists: none});
		expect(state.submitted).toEqual({name: 'API_KEY', value: 's3cret', overwrite: false});
	});

	it('shows the store rules inline and stays open', () => {
		let state = run(initialFormState('add'), {type: 'setName', name: '1bad'}, {type: 'submit', exists: none});
		expect(state.focus).toBe('name');
		expect(state.nameError).toMatch(/is not a valid name/);
		state = run(state, {type: 'setName', name: 'GOOD'});
		expect(state.nameError).toBeUndefined();
		state = run(state, {type: 'submit', exists: none}, {type: 'submit', exists: none});
		expect(state.valueError).toMatch(/The value is empty/);
		expect(state.submitted).toBeUndefined();
		state = run(state, {type: 'setName', name: ''}, {type: 'moveField', by: 1}, {type: 'setName', name: ''}, {type: 'moveField', by: -1}, {type: 'setValue', value: 'v'}, {type: 'submit', exists: none});
		expect(state.nameError).toMatch(/The name is empty/);
		expect(state.focus).toBe('name');
	});

	it('asks before overwriting an existing name, and only yes overwrites', () => {
		let state = run(initialFormState('add'), {type: 'setName', name: 'TAKEN'}, {type: 'submit', exists: all}, {type: 'setValue', value: 'new'}, {type: 'submit', exists: all});
		expect(state.confirming).toBe(true);
		expect(state.submitted).toBeUndefined();
		// Typing while asked changes nothing.
		state = run(state, {type: 'setValue', value: 'other'}, {type: 'setName', name: 'OTHER'});
		expect([state.name, state.value]).toEqual(['TAKEN', 'new']);
		const refused = run(state, {type: 'confirm', yes: false});
		expect(refused.confirming).toBe(false);
		expect(refused.submitted).toBeUndefined();
		expect(refused.nameError).toMatch(/TAKEN exists and was kept/);
		const accepted = run(state, {type: 'confirm', yes: true});
		expect(accepted.submitted).toEqual({name: 'TAKEN', value: 'new', overwrite: true});
	});

	it('toggles showing the value and reopens after a failed write', () => {
		let state = run(initialFormState('add'), {type: 'toggleShow'});
		expect(state.showValue).toBe(true);
		state = run(state, {type: 'setName', name: 'A'}, {type: 'submit', exists: none}, {type: 'setValue', value: 'v'}, {type: 'submit', exists: none});
		expect(state.submitted).toBeDefined();
		state = run(state, {type: 'failed', error: 'The store is locked.'});
		expect(state.submitted).toBeUndefined();
		expect(state.valueError).toBe('The store is locked.');
	});
});

describe('overwrite form', () => {
	it('starts with the current value, the cursor at its end', () => {
		const state = initialFormState('edit', 'URL', 'https://x');
		expect([state.value, state.valueCursor, state.focus]).toEqual(['https://x', 9, 'value']);
	});

	it('has the name fixed, starts on the value and always asks', () => {
		let state = initialFormState('edit', 'FIXED');
		expect(state.focus).toBe('value');
		// The fields go round value → note → expiry, never to the fixed name.
		state = run(state, {type: 'setName', name: 'CHANGED'}, {type: 'moveField', by: -1});
		expect([state.name, state.focus]).toEqual(['FIXED', 'expires']);
		state = run(state, {type: 'moveField', by: 1});
		expect(state.focus).toBe('value');
		state = run(state, {type: 'setValue', value: 'v2'}, {type: 'submit', exists: none});
		expect(state.confirming).toBe(true);
		expect(run(state, {type: 'confirm', yes: false}).submitted).toBeUndefined();
		// The edit form always says the note and expiry ('' removes them): its fields showed them.
		expect(run(state, {type: 'confirm', yes: true}).submitted).toEqual({name: 'FIXED', value: 'v2', overwrite: true, note: '', expires: ''});
	});
});

describe('note and expiry', () => {
	const type = (state: FormState, text: string) => run(state, {type: 'paste', text, bytes: Buffer.byteLength(text)});

	it('Tab/↓ and Shift+Tab/↑ go round name → value → note → expiry', () => {
		let state = initialFormState('add');
		const seen = [];
		for (let step = 0; step < 4; step++) {
			state = run(state, {type: 'moveField', by: 1});
			seen.push(state.focus);
		}

		expect(seen).toEqual(['value', 'note', 'expires', 'name']);
		expect(run(state, {type: 'moveField', by: -1}).focus).toBe('expires');
	});

	it('submits the note and expiry typed, and none when left empty', () => {
		let state = run(initialFormState('add'), {type: 'setName', name: 'API'}, {type: 'submit', exists: none}, {type: 'setValue', value: 'v'});
		expect(run(state, {type: 'submit', exists: none}).submitted).toEqual({name: 'API', value: 'v', overwrite: false});
		state = type(run(state, {type: 'moveField', by: 1}), 'from the wiki');
		state = type(run(state, {type: 'moveField', by: 1}), '2027-03-01');
		expect(run(state, {type: 'submit', exists: none}).submitted).toEqual({name: 'API', value: 'v', overwrite: false, note: 'from the wiki', expires: '2027-03-01'});
	});

	it('refuses a bad date with a sentence, on the expiry field, until it is mended or emptied', () => {
		let state = run(initialFormState('add'), {type: 'setName', name: 'API'}, {type: 'submit', exists: none}, {type: 'setValue', value: 'v'}, {type: 'moveField', by: -1}, {type: 'moveField', by: -1});
		expect(state.focus).toBe('expires');
		state = run(state, {type: 'moveField', by: -1});
		state = type(run(state, {type: 'moveField', by: 1}), '2027-02-30');
		state = run(state, {type: 'moveField', by: 1}, {type: 'moveField', by: 1}, {type: 'submit', exists: none});
		expect(state.submitted).toBeUndefined();
		expect(state.focus).toBe('expires');
		expect(state.expiresError).toBe('"2027-02-30" is not a date: give the expiry as YYYY-MM-DD, as in 2027-03-01.');
		state = run(state, {type: 'edit', edit: {type: 'eraseToStart'}});
		expect(state.expiresError).toBeUndefined();
		expect(run(state, {type: 'submit', exists: none}).submitted).toEqual({name: 'API', value: 'v', overwrite: false});
	});

	it('refuses a note of two lines pasted, and starts the edit form with the secret\'s own', () => {
		const state = initialFormState('edit', 'API', 'v', 'kept note', '2027-03-01');
		expect([state.note, state.noteCursor, state.expires, state.expiresCursor]).toEqual(['kept note', 9, '2027-03-01', 10]);
		const pasted = type(run(state, {type: 'moveField', by: 1}), 'one\rtwo');
		expect(pasted.note).toBe('kept note');
		expect(pasted.noteError).toMatch(/line/);
	});
});
