import {describe, expect, it} from 'vitest';
import type {Environment} from '../../../source/environments/definition.js';
import {initialWizard, wizardReducer} from '../../../source/ui/run/wizard.js';
import type {WizardAction, WizardState} from '../../../source/ui/run/wizard-state.js';
import {launchRequest} from '../../../source/ui/run/request.js';
import {splitWords} from '../../../source/launch/words.js';

const environments: Environment[] = [
	{
		name: 'github',
		file: 'environments.yaml',
		warnings: [],
		specifiers: {},
		problems: [],
		secrets: [
			{secret: 'GITHUB_TOKEN', kind: 'env', variable: 'GITHUB_TOKEN'},
			{secret: 'deploy-key', kind: 'file', variable: 'KEY_FILE'},
		],
		executables: [
			{label: 'issues', instances: [{command: 'gh issue list <<args>>', extra: {}}], extra: {}},
			{
				label: 'sim',
				instances: [
					{command: 'sim <<script_name>>', num_cores: 1, extra: {}},
					{command: 'mpirun -n $N sim <<script_name>> --out <<out>>', num_cores: {start: 2, stop: 8}, extra: {}},
				],
				extra: {},
			},
		],
		extra: {},
	},
	{name: 'other', file: 'environments.yaml', warnings: [], setup: 'cd <<dir>>', specifiers: {}, problems: [], secrets: [], executables: [{label: 'ls', instances: [{command: 'ls', extra: {}}], extra: {}}], extra: {}},
];

const play = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);
const enter: WizardAction = {type: 'accept'};
const type = (text: string): WizardAction => ({type: 'edit', edit: {type: 'insert', text}});
const cursor = (to: 'left' | 'right' | 'start' | 'end'): WizardAction => ({type: 'edit', edit: {type: 'cursor', to}});
const erase: WizardAction = {type: 'edit', edit: {type: 'erase'}};
const paste = (text: string): WizardAction => ({type: 'paste', text, bytes: Buffer.byteLength(text)});
const start = () => initialWizard(environments, ['GITHUB_TOKEN', 'OTHER.NAME', 'deploy-key']);

describe('run panel wizard', () => {
	it('accepts the defaults with Enter alone: first environment, first executable, declared secrets, no arguments', () => {
		const state = play(start(), enter, enter, enter, enter);
		expect(state.step).toBe('output');
		expect(state.launches).toBe(1);
		expect(play(state, {type: 'rerun'}).launches).toBe(2);
		expect(play(start(), {type: 'rerun'}).launches).toBe(0);
		expect(launchRequest(state)).toEqual({
			environment: environments[0],
			executable: 'issues',
			instance: 0,
			mappings: [
				{secret: 'GITHUB_TOKEN', kind: 'env', variable: 'GITHUB_TOKEN'},
				{secret: 'deploy-key', kind: 'file', variable: 'KEY_FILE'},
			],
			args: [],
			params: {},
		});
	});

	it('lists every instance of every executable, and asks for each placeholder', () => {
		let state = play(start(), enter);
		expect(state.choices).toEqual([
			{executable: 0, instance: 0},
			{executable: 1, instance: 0},
			{executable: 1, instance: 1},
		]);
		state = play(state, {type: 'move-to', where: 'last'}, enter, enter);
		expect(state.step).toBe('arguments');
		expect(state.placeholders).toEqual(['script_name', 'out']);
		// Enter moves through the fields, then launches.
		state = play(state, type('--fast "two words"'), enter, type('run.py'), enter, type('o'));
		expect(state.step).toBe('arguments');
		state = play(state, enter);
		expect(state.step).toBe('output');
		expect(launchRequest(state)).toMatchObject({executable: 'sim', instance: 1, args: ['--fast', 'two words'], params: {script_name: 'run.py', out: 'o'}});
	});

	it('offers every other stored secret under its own name; Space toggles', () => {
		let state = play(start(), enter, enter);
		expect(state.step).toBe('secrets');
		expect(state.secrets.map((row) => [row.variable, row.secret, row.checked, row.declared])).toEqual([
			['GITHUB_TOKEN', 'GITHUB_TOKEN', true, true],
			['KEY_FILE', 'deploy-key', true, true],
			['OTHER_NAME', 'OTHER.NAME', false, false],
		]);
		state = play(state, {type: 'toggle'}, {type: 'move', delta: 2}, {type: 'toggle'}, enter, enter);
		expect(launchRequest(state)!.mappings).toEqual([
			{secret: 'deploy-key', kind: 'file', variable: 'KEY_FILE'},
			{secret: 'OTHER.NAME', kind: 'env', variable: 'OTHER_NAME'},
		]);
		state = play(state, {type: 'back'}, {type: 'back'}, {type: 'toggle-all'});
		expect(state.secrets.every((row) => row.checked)).toBe(true);
		state = play(state, {type: 'toggle-all'});
		expect(state.secrets.some((row) => row.checked)).toBe(false);
	});

	it('goes back one step with Esc and keeps the choices when nothing before them changed', () => {
		let state = play(start(), enter, enter, {type: 'toggle'}, enter, type('x'));
		state = play(state, {type: 'back'});
		expect(state.step).toBe('secrets');
		state = play(state, {type: 'back'}, {type: 'back'});
		expect(state.step).toBe('environment');
		expect(play(state, {type: 'back'}).step).toBe('environment');
		state = play(state, enter, enter);
		expect(state.secrets[0]!.checked).toBe(false);
		expect(state.args).toBe('x');
		// Another environment starts over from its own defaults.
		state = play(state, {type: 'back'}, {type: 'back'}, {type: 'move', delta: 1}, enter, enter);
		expect(state.secrets.filter((row) => row.checked)).toEqual([]);
		expect(state.placeholders).toEqual(['dir']);
		expect(state.args).toBe('');
	});

	it('edits the focused field at its cursor, one line each', () => {
		let state = play(start(), {type: 'move', delta: 0}, enter, {type: 'move-to', where: 'last'}, enter, enter);
		expect(state.step).toBe('arguments');
		state = play(state, type('ac'), cursor('left'), type('b'));
		expect(state.args).toBe('abc');
		expect(state.cursor).toBe(2);
		state = play(state, cursor('end'), erase, cursor('start'), erase, paste('x\ny'));
		// A paste of two lines into a one-line field is refused, with a sentence; nothing changes.
		expect(state.args).toBe('ab');
		expect(state.fieldError).toBe('The paste has 2 lines and this field takes one, so nothing was pasted.');
		state = play(state, paste('x y'));
		expect(state.fieldError).toBeUndefined();
		expect(state.args).toBe('x yab');
		// Another field has its own text; the cursor goes to its end.
		state = play(state, {type: 'move', delta: 1}, type('run.py'), cursor('right'));
		expect(state.params).toEqual({script_name: 'run.py', out: ''});
		expect(state.cursor).toBe(6);
		state = play(state, {type: 'move', delta: -1});
		expect(state.cursor).toBe(5);
		expect(play(state, cursor('start'), cursor('left')).cursor).toBe(0);
	});

	it('keeps cursors inside their lists', () => {
		const state = play(start(), {type: 'move', delta: 10});
		expect(state.environment).toBe(1);
		expect(play(state, {type: 'move', delta: -10}).environment).toBe(0);
		const empty = initialWizard([], []);
		expect(play(empty, enter)).toEqual(empty);
	});

	it('splits arguments as shell words, without expanding anything', () => {
		expect(splitWords('')).toEqual([]);
		expect(splitWords('  a  b ')).toEqual(['a', 'b']);
		expect(splitWords(`"two words" 'single $HOME' a\\ b ""`)).toEqual(['two words', 'single $HOME', 'a b', '']);
		expect(splitWords('say "a \\"quote\\""')).toEqual(['say', 'a "quote"']);
	});

	it('ends the arguments step with the shell field: prefilled, reached by Tab, not by Enter, sent with the launch', () => {
		const atArguments = play(initialWizard(environments, [], 'bash'), enter, {type: 'move', delta: 1}, enter, enter);
		expect(atArguments.step).toBe('arguments');
		expect(atArguments.placeholders).toEqual(['script_name']);
		// Enter on the last placeholder launches, the shell as it was.
		const launched = play(atArguments, type('a'), enter, type('fit.py'), enter);
		expect(launched.step).toBe('output');
		expect(launchRequest(launched)?.shell).toBe('bash');
		// Tab goes on to the shell (past the cores field: sim has instances for 1 and 2-8 cores); typing edits it; Enter there launches with it.
		const edited = play(atArguments, {type: 'move', delta: 1}, type('x.py'), {type: 'move', delta: 1}, {type: 'move', delta: 1}, type(' --login'), enter);
		expect(edited.step).toBe('output');
		expect(launchRequest(edited)).toMatchObject({params: {script_name: 'x.py'}, shell: 'bash --login'});
		// An emptied shell field means run's default.
		expect(launchRequest({...edited, shell: '  '})?.shell).toBeUndefined();
	});
});
