// The fields of the arguments step: 0 is the arguments, then one per placeholder, then cores (when the
// executable has instances for different core counts), then the shell.
import type {WizardState} from './wizard-state.js';

/** The text of the focused field of the arguments step. */
export function fieldValue(state: WizardState): string {
	if (state.field === shellField(state)) {
		return state.shell;
	}

	if (state.field === coresField(state)) {
		return state.cores;
	}

	return state.field === 0 ? state.args : (state.params[state.placeholders[state.field - 1] ?? ''] ?? '');
}

/** The index of the cores field (after the arguments and the placeholders), or undefined when not offered. */
export function coresField(state: WizardState): number | undefined {
	return state.coresField ? state.placeholders.length + 1 : undefined;
}

/** The index of the shell field: the last. */
export function shellField(state: WizardState): number {
	return state.placeholders.length + (state.coresField ? 2 : 1);
}

export function fieldCount(state: WizardState): number {
	return shellField(state) + 1;
}

/** The state with the focused field's text replaced. */
export function setField(state: WizardState, value: string): WizardState {
	if (state.field === 0) {
		return {...state, args: value};
	}

	if (state.field === shellField(state)) {
		return {...state, shell: value};
	}

	if (state.field === coresField(state)) {
		return {...state, cores: value};
	}

	const name = state.placeholders[state.field - 1];
	return name === undefined ? state : {...state, params: {...state.params, [name]: value}};
}
