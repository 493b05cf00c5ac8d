// What the launcher needs from the wizard's choices.
import type {LaunchRequest} from '../shared/launch-request.js';
import type {WizardState} from './wizard-state.js';
import {splitWords} from '../../launch/words.js';
import {coresOutcome} from './cores-field.js';

export function launchRequest(state: WizardState): LaunchRequest | undefined {
	const environment = state.environments[state.environment];
	const choice = state.choices[state.choice];
	if (!environment || !choice) {
		return undefined;
	}

	const executable = environment.executables[choice.executable]!;
	// A count typed in the cores field picks the instance (the reducer refuses to launch one no instance takes).
	const outcome = state.coresField ? coresOutcome(environment, executable, choice.instance, state.cores) : undefined;
	if (outcome && 'problem' in outcome) {
		return undefined;
	}

	const typed = outcome?.typed ? {instance: outcome.choice.index, cores: outcome.choice.cores} : {instance: choice.instance};
	return {
		environment,
		executable: executable.label,
		...typed,
		mappings: state.secrets.filter((row) => row.checked).map(({declared: _declared, checked: _checked, ...mapping}) => mapping),
		args: splitWords(state.args),
		params: {...state.params},
		...(state.shell.trim() === '' ? {} : {shell: state.shell.trim()}),
	};
}
