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
		state = run(state, {type: 'setName', name: ''}, {type: 'switchField'}, {type: 'setName', name: ''}, {type: 'switchField'}, {type: 'setValue', value: 'v'}, {type: 'submit', exists: none});
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
		state = run(state, {type: 'setName', name: 'CHANGED'}, {type: 'switchField'});
		expect([state.name, state.focus]).toEqual(['FIXED', 'value']);
		state = run(state, {type: 'setValue', value: 'v2'}, {type: 'submit', exists: none});
		expect(state.confirming).toBe(true);
		expect(run(state, {type: 'confirm', yes: false}).submitted).toBeUndefined();
		expect(run(state, {type: 'confirm', yes: true}).submitted).toEqual({name: 'FIXED', value: 'v2', overwrite: true});
	});
});
