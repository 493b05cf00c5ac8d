// What the launcher needs from the wizard's choices.
import type {Environment, SecretMapping} from '../../environments/definition.js';
import type {WizardState} from './wizard.js';
import {splitWords} from '../../launch/words.js';

export type LaunchRequest = {
	environment: Environment;
	executable: string;
	instance: number;
	mappings: SecretMapping[];
	args: string[];
	params: Record<string, string>;
	/** The shell field, as `run --shell` takes it; undefined when empty (run's default). */
	shell?: string;
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
		mappings: state.secrets.filter((row) => row.checked).map(({declared: _declared, checked: _checked, ...mapping}) => mapping),
		args: splitWords(state.args),
		params: {...state.params},
		...(state.shell.trim() === '' ? {} : {shell: state.shell.trim()}),
	};
}
