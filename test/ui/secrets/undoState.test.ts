import {describe, expect, it} from 'vitest';
import type {SecretStore} from '../../../source/store/store.js';
import {conflictQuestion, expectedNow, renameBackRefused, initialUndo, nextUndo, UNDO_DEPTH, undoneText, undoReducer, type UndoAction, type UndoEntry, type UndoState} from '../../../source/ui/secrets/undoState.js';

const run = (state: UndoState, ...actions: UndoAction[]) => actions.reduce(undoReducer, state);
const secret = (value: string) => ({value, created: '2026-01-01T00:00:00.000Z', updated: '2026-01-02T00:00:00.000Z', note: 'n', expires: '2027-01-01'});
const where = (name: string) => ({store: {} as SecretStore, name, label: name});
const deleted = (name: string): UndoEntry => ({kind: 'deleted', ...where(name), before: secret(`${name}-value`)});

describe('the undo stack', () => {
	it('undoes the newest first, each once', () => {
		const a = deleted('a');
		const b: UndoEntry = {kind: 'changed', ...where('b'), before: secret('old'), after: secret('new')};
		let state = run(initialUndo, {type: 'push', entry: a}, {type: 'push', entry: b});
		expect(nextUndo(state)).toBe(b);
		state = run(state, {type: 'drop', entry: b});
		expect(nextUndo(state)).toBe(a);
		expect(run(state, {type: 'drop', entry: b})).toBe(state);
		state = run(state, {type: 'drop', entry: a});
		expect(nextUndo(state)).toBeUndefined();
	});

	it(`keeps the last ${UNDO_DEPTH} only`, () => {
		const pushed = Array.from({length: UNDO_DEPTH + 3}, (_, index) => deleted(`s${index}`));
		const state = run(initialUndo, ...pushed.map((entry) => ({type: 'push', entry}) as const));
		expect(state.entries).toEqual(pushed.slice(3));
	});

	it('expects nothing under a deleted name, and what the change wrote under a changed one', () => {
		const after = secret('new');
		expect(expectedNow(deleted('a'))).toBeUndefined();
		expect(expectedNow({kind: 'changed', ...where('b'), before: secret('old'), after})).toBe(after);
	});

	it('words the question and the status', () => {
		expect(conflictQuestion(deleted('wandb'))).toBe('wandb was added again since. Put the deleted one back over it? (y/N)');
		expect(undoneText(deleted('wandb'))).toBe('Undone: wandb is back');
		expect(undoneText({kind: 'changed', ...where('wandb'), before: secret('o'), after: secret('n')})).toBe('Undone: wandb has its earlier value');
	});

	it('holds a rename as one entry, undone newest first like the others, and words its status and refusals', () => {
		const renamed: UndoEntry = {kind: 'renamed', store: {} as SecretStore, name: 'wandb-key', label: 'lab/wandb-key', from: 'wandb', fromLabel: 'lab/wandb', before: secret('v'), after: secret('v')};
		const a = deleted('a');
		let state = run(initialUndo, {type: 'push', entry: a}, {type: 'push', entry: renamed});
		expect(nextUndo(state)).toBe(renamed);
		state = run(state, {type: 'drop', entry: renamed});
		expect(nextUndo(state)).toBe(a);
		expect(undoneText(renamed)).toBe('Undone: lab/wandb-key is lab/wandb again');
		expect(renameBackRefused(renamed, 'new')).toBe('Cannot undo the rename of lab/wandb to lab/wandb-key: lab/wandb-key changed since. Nothing was changed; that undo is dropped.');
		expect(renameBackRefused(renamed, 'old')).toBe('Cannot undo the rename of lab/wandb to lab/wandb-key: lab/wandb was added again since. Nothing was changed; that undo is dropped.');
	});
});
