// Which screen shows, and where each of the list's commands leads: pure, without rendering.
import {describe, expect, it} from 'vitest';
import {initialNavigation, listCommandOutcome, listOwnsKeys, navigationReducer} from '../../source/ui/navigation.js';

describe('navigationReducer', () => {
	it('shows a screen, asks about a delete and forgets the question once answered', () => {
		const asking = navigationReducer(initialNavigation, {type: 'ask-delete', name: 'A'});
		expect(asking).toEqual({screen: {kind: 'list'}, deleting: 'A'});
		expect(listOwnsKeys(asking)).toBe(false);
		const answered = navigationReducer(asking, {type: 'answered'});
		expect(listOwnsKeys(answered)).toBe(true);
		expect(navigationReducer(answered, {type: 'answered'})).toBe(answered);
		const help = navigationReducer(answered, {type: 'show', screen: {kind: 'help'}});
		expect(help.screen).toEqual({kind: 'help'});
		expect(listOwnsKeys(help)).toBe(false);
	});

	it('asks before an undo writes over a newer secret, and forgets the question once answered', () => {
		const asking = navigationReducer(initialNavigation, {type: 'ask-undo', name: 'A'});
		expect(asking).toEqual({screen: {kind: 'list'}, undoing: 'A'});
		expect(listOwnsKeys(asking)).toBe(false);
		expect(navigationReducer(asking, {type: 'answered'})).toEqual({screen: {kind: 'list'}});
	});
});

describe('listCommandOutcome', () => {
	it('opens help, the run panel, the jobs and the add form with or without a selection', () => {
		for (const command of ['help', 'run', 'jobs'] as const) {
			expect(listCommandOutcome(command, undefined)).toEqual({kind: 'show', screen: {kind: command}});
		}

		expect(listCommandOutcome('add', undefined)).toEqual({kind: 'show', screen: {kind: 'form', mode: 'add'}, clearStatus: true});
		expect(listCommandOutcome('quit', 'A')).toEqual({kind: 'quit'});
		// Undo needs no selection: it acts on what this session deleted or overwrote.
		expect(listCommandOutcome('undo', undefined)).toEqual({kind: 'undo'});
	});

	it('acts on the selected secret, and says there is none when nothing is selected', () => {
		expect(listCommandOutcome('edit', 'A')).toEqual({kind: 'show', screen: {kind: 'form', mode: 'edit', name: 'A'}, clearStatus: true});
		expect(listCommandOutcome('detail', 'A')).toEqual({kind: 'show', screen: {kind: 'detail', name: 'A'}});
		expect(listCommandOutcome('delete', 'A')).toEqual({kind: 'ask-delete', name: 'A'});
		expect(listCommandOutcome('copy', 'A')).toEqual({kind: 'copy', name: 'A'});
		expect(listCommandOutcome('rename', 'A')).toEqual({kind: 'show', screen: {kind: 'rename', name: 'A'}, clearStatus: true});
		for (const command of ['edit', 'detail', 'delete', 'copy', 'rename'] as const) {
			expect(listCommandOutcome(command, undefined)).toEqual({kind: 'no-selection'});
		}
	});
});

describe('team stores on the list', () => {
	it('S switches store with or without a selection; C asks about the selected secret', () => {
		expect(listCommandOutcome('switchStore', undefined)).toEqual({kind: 'switch-store'});
		expect(listCommandOutcome('copyToStore', 'A')).toEqual({kind: 'ask-copy', name: 'A'});
		expect(listCommandOutcome('copyToStore', undefined)).toEqual({kind: 'no-selection'});
	});

	it('the copy question holds the list’s keys until it is answered', () => {
		const entry = {name: 'A', value: 'a', created: '', updated: ''};
		const asking = navigationReducer(initialNavigation, {type: 'ask-copy', question: {step: 'pick', entry, targets: ['lab']}});
		expect(listOwnsKeys(asking)).toBe(false);
		const confirming = navigationReducer(asking, {type: 'ask-copy', question: {step: 'confirm', entry, target: 'lab', exists: false}});
		expect(confirming.copying?.step).toBe('confirm');
		expect(listOwnsKeys(navigationReducer(confirming, {type: 'answered'}))).toBe(true);
	});
});
