// The rows the wizard builds when a step is accepted: the executable step's choices, the secrets checklist.
import type {Environment} from '../../environments/definition.js';
import type {Choice, SecretRow} from './wizard-state.js';

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
