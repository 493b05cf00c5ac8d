// The run panel's steps: environment → executable (and instance) → secrets → arguments → output.
// Enter accepts each step's defaults, so Enter alone runs the first environment's first executable
// with its declared secrets; Esc goes back one step.
import type {Environment} from '../../environments/definition.js';
import {placeholdersOf} from '../../environments/placeholders.js';
import {editField, pasteEdit} from '../shared/textEdit.js';
import {coresField, fieldCount, fieldValue, setField} from './fields.js';
import {coresOutcome, offersCores} from './cores-field.js';
import {choicesOf, secretRows} from './rows.js';
import {STEPS, type WizardAction, type WizardState} from './wizard-state.js';

export function initialWizard(environments: readonly Environment[], stored: readonly string[], shell = ''): WizardState {
	return {
		step: 'environment',
		environments,
		stored,
		environment: 0,
		choice: 0,
		secret: 0,
		choices: [],
		secrets: [],
		args: '',
		placeholders: [],
		params: {},
		cores: '',
		coresField: false,
		shell,
		field: 0,
		cursor: 0,
		builtFor: {},
		launches: 0,
		mode: 'panel',
	};
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'move': {
			return moveCursor(state, (index, length) => clamp(index + action.delta, length));
		}

		case 'move-to': {
			return moveCursor(state, (_index, length) => (action.where === 'first' ? 0 : Math.max(0, length - 1)));
		}

		case 'accept': {
			return accept(state);
		}

		case 'back': {
			const index = STEPS.indexOf(state.step);
			return index === 0 ? state : {...state, step: STEPS[index - 1]!};
		}

		case 'toggle': {
			if (state.step !== 'secrets' || !state.secrets[state.secret]) {
				return state;
			}

			const secrets = state.secrets.map((row, index) => (index === state.secret ? {...row, checked: !row.checked} : row));
			return {...state, secrets};
		}

		case 'toggle-all': {
			if (state.step !== 'secrets') {
				return state;
			}

			const checked = !state.secrets.every((row) => row.checked);
			return {...state, secrets: state.secrets.map((row) => ({...row, checked}))};
		}

		case 'edit': {
			if (state.step !== 'arguments') {
				return state;
			}

			const field = {value: fieldValue(state), cursor: state.cursor};
			const edited = editField(field, action.edit);
			if (edited === field) {
				return state;
			}

			const moved = {...state, cursor: edited.cursor, fieldError: undefined};
			return edited.value === field.value ? moved : setField(moved, edited.value);
		}

		case 'paste': {
			if (state.step !== 'arguments') {
				return state;
			}

			const pasted = pasteEdit(action.text, action.bytes, {multiline: false});
			return 'refused' in pasted ? {...state, fieldError: pasted.refused} : wizardReducer(state, {type: 'edit', edit: pasted.edit});
		}

		case 'stored': {
			return {...state, stored: action.names};
		}

		case 'rerun': {
			return state.step === 'output' ? {...state, launches: state.launches + 1, mode: action.mode ?? 'panel'} : state;
		}

		case 'launch-in-terminal': {
			return state.step === 'arguments' ? launch(state, 'terminal') : state;
		}

		case 'check': {
			const problem = coresProblem(state);
			return problem === undefined ? state : focusCores(state, problem);
		}
	}
}

function accept(state: WizardState): WizardState {
	switch (state.step) {
		case 'environment': {
			const environment = state.environments[state.environment];
			if (!environment) {
				return state;
			}

			if (state.builtFor.environment === state.environment) {
				return {...state, step: 'executable'};
			}

			return {...state, step: 'executable', choices: choicesOf(environment), choice: 0, builtFor: {environment: state.environment}};
		}

		case 'executable': {
			const environment = state.environments[state.environment];
			const choice = state.choices[state.choice];
			if (!environment || !choice) {
				return state;
			}

			if (state.builtFor.choice === state.choice) {
				return {...state, step: 'secrets'};
			}

			const executable = environment.executables[choice.executable]!;
			const placeholders = placeholdersOf(environment, executable.label, choice.instance);
			return {
				...state,
				step: 'secrets',
				secrets: secretRows(environment, state.stored),
				secret: 0,
				args: '',
				placeholders,
				params: Object.fromEntries(placeholders.map((name) => [name, ''])),
				cores: '',
				coresField: offersCores(executable),
				field: 0,
				builtFor: {...state.builtFor, choice: state.choice},
			};
		}

		case 'secrets': {
			return {...state, step: 'arguments', field: 0, cursor: state.args.length};
		}

		case 'arguments': {
			// Enter moves through the fields; on the last placeholder (or the shell) it launches.
			if (state.field < state.placeholders.length) {
				const field = state.field + 1;
				return {...state, field, cursor: fieldValue({...state, field}).length};
			}

			return launch(state, 'panel');
		}

		case 'output': {
			return state;
		}
	}
}

/** To the output with one more launch; refused (the cores field focused, with why) when no instance takes the cores. */
function launch(state: WizardState, mode: WizardState['mode']): WizardState {
	const problem = coresProblem(state);
	return problem === undefined ? {...state, step: 'output', launches: state.launches + 1, mode} : focusCores(state, problem);
}

/** Why the cores field's text cannot run: not a whole number, or no instance takes it. */
export function coresProblem(state: WizardState): string | undefined {
	const environment = state.environments[state.environment];
	const choice = state.choices[state.choice];
	const executable = choice ? environment?.executables[choice.executable] : undefined;
	if (!state.coresField || !environment || !choice || !executable) {
		return undefined;
	}

	const outcome = coresOutcome(environment, executable, choice.instance, state.cores);
	return 'problem' in outcome ? outcome.problem : undefined;
}

function focusCores(state: WizardState, problem: string): WizardState {
	return {...state, field: coresField(state) ?? state.field, cursor: state.cores.length, fieldError: problem};
}

/** Moves the cursor of the current step's list, or the focused field of the arguments step. */
function moveCursor(state: WizardState, to: (index: number, length: number) => number): WizardState {
	switch (state.step) {
		case 'environment': {
			return {...state, environment: to(state.environment, state.environments.length)};
		}

		case 'executable': {
			return {...state, choice: to(state.choice, state.choices.length)};
		}

		case 'secrets': {
			return {...state, secret: to(state.secret, state.secrets.length)};
		}

		case 'arguments': {
			const field = to(state.field, fieldCount(state));
			return {...state, field, cursor: fieldValue({...state, field}).length};
		}

		case 'output': {
			return state;
		}
	}
}

function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(index, length - 1));
}
