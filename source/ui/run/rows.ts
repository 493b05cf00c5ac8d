// The rows the wizard builds when a step is accepted: the executable step's choices, the secrets checklist.
import type {Environment} from '../../environments/definition.js';
import {secretsOf, variableForSecret} from '../../environments/mapping.js';
import type {Choice, SecretRow} from './wizard-state.js';

/** The secrets an environment names that the store lacks, each once, in file order. */
export function missingSecrets(environment: Environment, stored: ReadonlySet<string>): string[] {
	return [...new Set(environment.secrets.flatMap((mapping) => secretsOf(mapping)).filter((name) => !stored.has(name)))];
}

/** Every instance of every executable, in file order: the first row is the default. */
export function choicesOf(environment: Environment): Choice[] {
	return environment.executables.flatMap((executable, executableIndex) => executable.instances.map((_instance, instance) => ({executable: executableIndex, instance})));
}

/** The environment's own mappings (checked), then every other stored secret under its own name. */
export function secretRows(environment: Environment, stored: readonly string[]): SecretRow[] {
	const declared = new Set(environment.secrets.map((mapping) => mapping.secret));
	const own = environment.secrets.map((mapping) => ({...mapping, declared: true, checked: true}));
	const others = stored.filter((name) => !declared.has(name)).map((name) => ({secret: name, kind: 'env' as const, variable: variableForSecret(name), declared: false, checked: false}));
	return [...own, ...others];
}


