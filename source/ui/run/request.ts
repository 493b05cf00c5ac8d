// What the launcher needs from the wizard's choices.
import type {LaunchRequest} from '../shared/launch-request.js';
import type {WizardState} from './wizard-state.js';
import {splitWords} from '../../launch/words.js';

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
