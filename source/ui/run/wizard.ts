// The run panel's steps: environment → executable (and instance) → secrets → arguments → output.
// Enter accepts each step's defaults, so Enter alone runs the first environment's first executable
// with its declared secrets; Esc goes back one step.
import type {Environment, SecretMapping} from '../../launch/contract.js';
import {placeholdersOf} from '../../environments/placeholders.js';

export type Step = 'environment' | 'executable' | 'secrets' | 'arguments' | 'output';
export const STEPS: readonly Step[] = ['environment', 'executable', 'secrets', 'arguments', 'output'];

/** One row of the executable step: an executable's instance. */
export type Choice = {executable: number; instance: number};

/** One row of the secrets checklist. */
export type SecretRow = SecretMapping & {declared: boolean; checked: boolean};

export type WizardState = {
	step: Step;
	environments: readonly Environment[];
	/** Every stored secret's name, sorted. */
	stored: readonly string[];
	/** The cursor of each list step. */
	environment: number;
	choice: number;
	secret: number;
	/** Built when a step is accepted. */
	choices: Choice[];
	secrets: SecretRow[];
	args: string;
	placeholders: string[];
	params: Record<string, string>;
	/** The focused field of the arguments step: 0 is the arguments, then one per placeholder. */
	field: number;
	/** What the later steps were built for, so going back and forward again keeps the choices. */
	builtFor: {environment?: number; choice?: number};
	/**
	 * Counts the launches asked for (the last Enter, or R). The panel starts a run when it changes: keys
	 * typed faster than the screen redraws still launch exactly once, with the choices in this state.
	 */
	launches: number;
};

export type WizardAction =
	| {type: 'move'; delta: number}
	| {type: 'move-to'; where: 'first' | 'last'}
	| {type: 'accept'}
	| {type: 'back'}
	| {type: 'toggle'}
	| {type: 'toggle-all'}
	| {type: 'edit'; field: number; value: string}
	| {type: 'stored'; names: readonly string[]}
	| {type: 'rerun'};

export function initialWizard(environments: readonly Environment[], stored: readonly string[]): WizardState {
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
		field: 0,
		builtFor: {},
		launches: 0,
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
			// One line each: Enters that arrive glued together reach a text field as text.
			const value = action.value.replace(/[\r\n]/g, '');
			if (action.field === 0) {
				return {...state, args: value};
			}

			const name = state.placeholders[action.field - 1];
			return name === undefined ? state : {...state, params: {...state.params, [name]: value}};
		}

		case 'stored': {
			return {...state, stored: action.names};
		}

		case 'rerun': {
			return state.step === 'output' ? {...state, launches: state.launches + 1} : state;
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
				field: 0,
				builtFor: {...state.builtFor, choice: state.choice},
			};
		}

		case 'secrets': {
			return {...state, step: 'arguments', field: 0};
		}

		case 'arguments': {
			// Enter moves through the fields; on the last one it launches.
			if (state.field < state.placeholders.length) {
				return {...state, field: state.field + 1};
			}

			return {...state, step: 'output', launches: state.launches + 1};
		}

		case 'output': {
			return state;
		}
	}
}

/** Every instance of every executable, in file order: the first row is the default. */
export function choicesOf(environment: Environment): Choice[] {
	return environment.executables.flatMap((executable, executableIndex) => executable.instances.map((_instance, instance) => ({executable: executableIndex, instance})));
}

/** The environment's own mappings (checked), then every other stored secret under its own name. */
export function secretRows(environment: Environment, stored: readonly string[]): SecretRow[] {
	const declared = new Set(environment.secrets.map((mapping) => mapping.secret));
	const own = environment.secrets.map((mapping) => ({...mapping, declared: true, checked: true}));
	const others = stored.filter((name) => !declared.has(name)).map((name) => ({secret: name, kind: 'env' as const, variable: variableFor(name), declared: false, checked: false}));
	return [...own, ...others];
}

/** A stored name as an environment variable: `.` and `-` (allowed in names) become `_`. */
export function variableFor(name: string): string {
	return name.replace(/[.-]/g, '_');
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
			return {...state, field: to(state.field, state.placeholders.length + 1)};
		}

		case 'output': {
			return state;
		}
	}
}

function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(index, length - 1));
}

/** What the launcher needs from the wizard's choices. */
export type LaunchRequest = {
	environment: Environment;
	executable: string;
	instance: number;
	mappings: SecretMapping[];
	args: string[];
	params: Record<string, string>;
};

export function launchRequest(state: WizardState): LaunchRequest | undefined {
	const environment = state.environments[state.environment];
	const choice = state.choices[state.choice];
	if (!environment || !choice) {
		return undefined;
	}

	return {
		environment,
		executable: environment.executables[choice.executable]!.label,
		instance: choice.instance,
		mappings: state.secrets.filter((row) => row.checked).map(({secret, kind, variable}) => ({secret, kind, variable})),
		args: splitWords(state.args),
		params: {...state.params},
	};
}

/**
 * Splits typed arguments as a shell would split words: spaces separate, quotes ('…' or "…") keep spaces,
 * a backslash escapes the next character. No expansion of any kind.
 */
export function splitWords(text: string): string[] {
	const words: string[] = [];
	let word = '';
	let inWord = false;
	let quote: '"' | "'" | undefined;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (quote) {
			if (character === quote) {
				quote = undefined;
			} else if (character === '\\' && quote === '"' && index + 1 < text.length) {
				word += text[++index];
			} else {
				word += character;
			}
		} else if (character === '"' || character === "'") {
			quote = character;
			inWord = true;
		} else if (character === '\\' && index + 1 < text.length) {
			word += text[++index];
			inWord = true;
		} else if (/\s/.test(character)) {
			if (inWord) {
				words.push(word);
			}

			word = '';
			inWord = false;
		} else {
			word += character;
			inWord = true;
		}
	}

	if (inWord) {
		words.push(word);
	}

	return words;
}
