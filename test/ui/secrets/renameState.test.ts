// The rename form's reducer: the field starts with the old name, Enter checks the name by set's rules,
// a name that exists asks first, and nothing is submitted twice.
import {describe, expect, it} from 'vitest';
import {initialRenameState, overwriteQuestion, renameReducer, type RenameAction, type RenameState} from '../../../source/ui/secrets/renameState.js';

const none = () => false;
const run = (state: RenameState, ...actions: RenameAction[]) => actions.reduce(renameReducer, state);

describe('renameReducer', () => {
	it('starts with the old name, the cursor at its end, and edits it in place', () => {
		const state = initialRenameState('ghe-token');
		expect(state.field).toEqual({value: 'ghe-token', cursor: 9});
		const edited = run(state, {type: 'edit', edit: {type: 'cursor', to: 'start'}}, {type: 'edit', edit: {type: 'cursor', to: 'right'}}, {type: 'edit', edit: {type: 'cursor', to: 'right'}}, {type: 'edit', edit: {type: 'eraseForward'}});
		expect(edited.field).toEqual({value: 'gh-token', cursor: 2});
		expect(run(edited, {type: 'submit', exists: none}).submitted).toEqual({from: 'ghe-token', to: 'gh-token', overwrite: false});
	});

	it('refuses an invalid or unchanged name with a sentence, cleared by the next edit', () => {
		const bad = run(initialRenameState('A'), {type: 'edit', edit: {type: 'insert', text: ' B'}}, {type: 'submit', exists: none});
		expect(bad.error).toContain('"A B" is not a valid name');
		expect(bad.submitted).toBeUndefined();
		expect(run(bad, {type: 'edit', edit: {type: 'erase'}}).error).toBeUndefined();
		expect(run(initialRenameState('A'), {type: 'submit', exists: none}).error).toBe('That is the name it has: type a new name for A, or Esc.');
		expect(run(initialRenameState('A'), {type: 'edit', edit: {type: 'eraseToStart'}}, {type: 'submit', exists: none}).error).toContain('The name is empty');
	});

	it('asks before replacing an existing name: y submits with overwrite, any other key keeps it', () => {
		const asking = run(initialRenameState('ghe-token'), {type: 'edit', edit: {type: 'erase'}}, {type: 'edit', edit: {type: 'erase'}}, {type: 'edit', edit: {type: 'insert', text: 'en'}}, {type: 'edit', edit: {type: 'cursor', to: 'start'}}, {type: 'edit', edit: {type: 'cursor', to: 'right'}}, {type: 'edit', edit: {type: 'cursor', to: 'right'}}, {type: 'edit', edit: {type: 'eraseForward'}}, {type: 'submit', exists: (name) => name === 'gh-token'});
		expect(asking.confirming).toBe(true);
		expect(overwriteQuestion(asking)).toBe('A secret named gh-token exists. Replace it with ghe-token? (y/N)');
		// Typing while it asks changes nothing.
		expect(run(asking, {type: 'edit', edit: {type: 'insert', text: 'x'}}).field.value).toBe('gh-token');
		const kept = run(asking, {type: 'confirm', yes: false});
		expect(kept.confirming).toBe(false);
		expect(kept.error).toContain('gh-token was kept as it is');
		expect(run(asking, {type: 'confirm', yes: true}).submitted).toEqual({from: 'ghe-token', to: 'gh-token', overwrite: true});
	});

	it('refuses a paste of two lines, takes a one-line paste at the cursor, and reopens after a failed write', () => {
		const refused = run(initialRenameState('A'), {type: 'paste', text: 'x\ny', bytes: 3});
		expect(refused.error).toBe('The paste has 2 lines and this field takes one, so nothing was pasted.');
		expect(refused.field.value).toBe('A');
		const pasted = run(initialRenameState('A'), {type: 'paste', text: '_2\n', bytes: 3});
		expect(pasted.field.value).toBe('A_2');
		const submitted = run(pasted, {type: 'submit', exists: none});
		expect(run(submitted, {type: 'submit', exists: none})).toBe(submitted);
		const failed = run(submitted, {type: 'failed', error: 'The disk is full.'});
		expect(failed).toMatchObject({submitted: undefined, error: 'The disk is full.'});
	});
});
