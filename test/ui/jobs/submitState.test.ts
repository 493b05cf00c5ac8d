// The submit screen's and the cancel question's rules, and which --cores picks a panel's instance.
import {describe, expect, it} from 'vitest';
import {coresForInstance} from '../../../source/submit/prepare.js';
import {cancelReducer, initialCancel, initialSubmit, submitReducer} from '../../../source/ui/jobs/submitState.js';
import type {Environment, Instance} from '../../../source/environments/definition.js';

const record = {id: '7', scheduler: 'slurm', environment: 'e', executable: 'x', submitted: '', output: '/o', cwd: '/'};

describe('submitReducer', () => {
	it('edits the options on one line, submits once per Enter, and goes back to the options after a failure', () => {
		// A paste of two lines is refused with a sentence (in the options phase the message is that sentence).
		let state = submitReducer(initialSubmit, {type: 'paste', text: '--time=5\n-p debug', bytes: 17});
		expect(state).toMatchObject({options: '', message: 'The paste has 2 lines and this field takes one, so nothing was pasted.'});
		state = submitReducer(state, {type: 'edit', edit: {type: 'insert', text: '--time=5 -p debug'}});
		expect(state.options).toBe('--time=5 -p debug');
		expect(state.message).toBeUndefined();
		state = submitReducer(state, {type: 'submit'});
		expect(state).toMatchObject({phase: 'submitting', submits: 1});
		// A second Enter while submitting asks for nothing more, and typing waits.
		expect(submitReducer(state, {type: 'submit'}).submits).toBe(1);
		expect(submitReducer(state, {type: 'edit', edit: {type: 'insert', text: 'x'}}).options).toBe('--time=5 -p debug');
		const failed = submitReducer(state, {type: 'failed', message: 'No.'});
		expect(failed).toMatchObject({phase: 'failed', message: 'No.'});
		expect(submitReducer(failed, {type: 'back'}).phase).toBe('options');
		expect(submitReducer(state, {type: 'submitted', record})).toMatchObject({phase: 'submitted', record});
	});
});

describe('cancelReducer', () => {
	it('asks first; only a yes cancels; an ended job has nothing to cancel', () => {
		const asking = cancelReducer(initialCancel, {type: 'ask', done: false});
		expect(asking.asking).toBe(true);
		expect(cancelReducer(asking, {type: 'answer', yes: false, id: '7'})).toEqual({asking: false, cancelling: false, message: 'Job 7 goes on.'});
		expect(cancelReducer(asking, {type: 'answer', yes: true, id: '7'})).toMatchObject({asking: false, cancelling: true});
		expect(cancelReducer(initialCancel, {type: 'answer', yes: true, id: '7'})).toBe(initialCancel);
		expect(cancelReducer(initialCancel, {type: 'ask', done: true})).toMatchObject({asking: false, message: 'The job has ended: there is nothing to cancel.'});
	});
});

describe('coresForInstance', () => {
	const instance = (num_cores: Instance['num_cores']): Instance => ({command: 'x', num_cores, extra: {}});
	const environment: Environment = {name: 'e', file: 'e.yaml', specifiers: {}, secrets: [], problems: [], executables: [], extra: {}, warnings: []};
	const executable = (...instances: Instance[]) => ({label: 'x', instances, extra: {}});
	it('gives the instance run picks by itself no --cores, and another the smallest N no earlier instance takes', () => {
		const three = executable(instance(1), instance({start: 1, stop: 64}), instance({start: 2, stop: 64, step: 2}));
		expect(coresForInstance(environment, three, 0)).toBeUndefined();
		expect(coresForInstance(environment, three, 1)).toBe(2);
		expect(() => coresForInstance(environment, three, 2)).toThrow('This instance cannot be submitted');
		expect(coresForInstance(environment, executable(instance(1), instance(8)), 1)).toBe(8);
		// Without --cores run takes the first instance holding 1 core: here the second.
		const later = executable(instance(8), instance({start: 1, stop: 4}));
		expect(coresForInstance(environment, later, 1)).toBeUndefined();
		expect(coresForInstance(environment, later, 0)).toBe(8);
	});
});
