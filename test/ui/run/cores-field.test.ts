// The run panel's cores field: the instance and <<num_cores>> by run --cores's rules (chooseInstance).
import {describe, expect, it} from 'vitest';
import type {Environment} from '../../../source/environments/definition.js';
import {coresNote, coresOutcome, coresView, offersCores} from '../../../source/ui/run/cores-field.js';
import {initialWizard, wizardReducer} from '../../../source/ui/run/wizard.js';
import type {WizardAction, WizardState} from '../../../source/ui/run/wizard-state.js';
import {launchRequest} from '../../../source/ui/run/request.js';
import {fieldValue} from '../../../source/ui/run/fields.js';

const damask: Environment = {
	name: 'damask_env',
	file: 'environments.yaml',
	warnings: [],
	specifiers: {},
	problems: [],
	secrets: [],
	executables: [
		{
			label: 'damask_grid',
			instances: [
				{command: 'echo DAMASK_grid serial', num_cores: 1, extra: {}},
				{command: 'echo mpirun -n <<num_cores>> DAMASK_grid', num_cores: {start: 2, stop: 64}, extra: {}},
			],
			extra: {},
		},
		{label: 'one', instances: [{command: 'echo one', extra: {}}], extra: {}},
		{label: 'ranged', instances: [{command: 'echo <<num_cores>> <<job>>', num_cores: {start: 1, stop: 32}, extra: {}}], extra: {}},
	],
	extra: {},
};
const grid = damask.executables[0]!;

describe('the cores field', () => {
	it('is offered for instances of different core counts, or one range; not for one instance without num_cores', () => {
		expect(offersCores(grid)).toBe(true);
		expect(offersCores(damask.executables[1]!)).toBe(false);
		expect(offersCores(damask.executables[2]!)).toBe(true);
	});

	it('empty, keeps the instance picked on the list; a count picks the instance as --cores does', () => {
		const picked = coresOutcome(damask, grid, 0, '');
		expect(picked).toMatchObject({typed: false, choice: {index: 0, cores: 1}});
		expect(coresNote(picked, grid)).toBe('instance 1 of 2 (1 core); <<num_cores>> is 1');
		const eight = coresOutcome(damask, grid, 0, ' 8 ');
		expect(eight).toMatchObject({typed: true, choice: {index: 1, cores: 8}});
		expect(coresNote(eight, grid)).toBe('instance 2 of 2 (2-64 cores); <<num_cores>> is 8');
		expect(coresOutcome(damask, grid, 1, '1')).toMatchObject({choice: {index: 0, cores: 1}});
		expect(coresView(damask, grid, 1, '')).toMatchObject({placeholder: '(2, as picked)', error: false, instance: grid.instances[1]});
	});

	it('refuses a count no instance takes, naming the counts they take, and what is not a whole number', () => {
		expect(coresOutcome(damask, grid, 0, '100')).toEqual({problem: 'No instance of damask_env/damask_grid runs on 100 cores; its instances take 1, 2-64.'});
		for (const text of ['0', 'abc', '2.5', '-3', '8 cores']) {
			expect(coresOutcome(damask, grid, 0, text)).toEqual({problem: 'The cores field takes a whole number of cores, 1 or more.'});
		}

		// The view keeps showing the picked instance's command while the count is refused.
		expect(coresView(damask, grid, 0, '100')).toMatchObject({error: true, instance: grid.instances[0]});
	});
});

const play = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);
const enter: WizardAction = {type: 'accept'};
const next: WizardAction = {type: 'move', delta: 1};
const type = (text: string): WizardAction => ({type: 'edit', edit: {type: 'insert', text}});
const toArguments = (executable = 0) => play(initialWizard([damask], []), enter, ...Array.from({length: executable}, () => next), enter, enter);

describe('the wizard with a cores field', () => {
	it('puts cores after the placeholders and before the shell; Enter there launches with the instance the count picks', () => {
		let state = toArguments();
		expect(state).toMatchObject({step: 'arguments', coresField: true, field: 0});
		state = play(state, next);
		expect(state.field).toBe(1);
		state = play(state, type('8'));
		expect(fieldValue(state)).toBe('8');
		expect(state.cores).toBe('8');
		state = play(state, next);
		expect(fieldValue(state)).toBe(state.shell);
		state = play(state, {type: 'move', delta: -1}, enter);
		expect(state.step).toBe('output');
		expect(launchRequest(state)).toMatchObject({executable: 'damask_grid', instance: 1, cores: 8});
	});

	it('without a count, launches the instance picked on the list, with no cores in the request', () => {
		const state = play(toArguments(), enter);
		expect(state.step).toBe('output');
		const request = launchRequest(state)!;
		expect(request.instance).toBe(0);
		expect('cores' in request).toBe(false);
	});

	it('refuses to launch (here or with the whole terminal) on a count no instance takes: the field is focused with why', () => {
		const typed = play(toArguments(), next, type('100'), {type: 'move', delta: -1});
		for (const action of [enter, {type: 'launch-in-terminal'}, {type: 'check'}] as WizardAction[]) {
			const state = play(typed, action);
			expect(state.step).toBe('arguments');
			expect(state.launches).toBe(0);
			expect(state.field).toBe(1);
			expect(state.fieldError).toBe('No instance of damask_env/damask_grid runs on 100 cores; its instances take 1, 2-64.');
		}

		expect(launchRequest(typed)).toBeUndefined();
	});

	it('has no cores field for an executable of one instance without num_cores', () => {
		// The list's rows: damask_grid's two instances, then one.
		const state = toArguments(2);
		expect(state.coresField).toBe(false);
		expect(play(state, next, type('x')).shell.endsWith('x')).toBe(true);
	});
});
