// hpcflow-style `<<name>>` placeholders in setup and commands. `<<args>>` takes the extra arguments,
// `<<num_cores>>` the run's core count, the script ones (`<<script_path>>`, ...) come from --script;
// every other one is filled from --param name=value (or asked for by the run panel).
import type {Environment, Instance} from './definition.js';

export const PLACEHOLDER = /<<([^<>\s]+)>>/g;
export const ARGS_PLACEHOLDER = 'args';
/** Always filled: the run's core count. */
export const CORES_PLACEHOLDER = 'num_cores';
/** Filled from --script PATH. */
export const SCRIPT_PLACEHOLDERS: readonly string[] = ['script_path', 'script_dir', 'script_name', 'script_name_no_ext'];

/** The distinct placeholder names in `text`, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
	const names: string[] = [];
	for (const match of text.matchAll(PLACEHOLDER)) {
		const name = match[1]!;
		if (!names.includes(name)) {
			names.push(name);
		}
	}

	return names;
}

/** The instance that `instanceIndex` picks (default: the first), or undefined. */
export function instanceOf(environment: Environment, executableLabel: string, instanceIndex = 0): Instance | undefined {
	return environment.executables.find((executable) => executable.label === executableLabel)?.instances[instanceIndex];
}

/** The placeholders a person fills (not `<<args>>` or `<<num_cores>>`) in the environment's setup and the instance's command. */
export function placeholdersOf(environment: Environment, executableLabel: string, instanceIndex = 0): string[] {
	const command = instanceOf(environment, executableLabel, instanceIndex)?.command ?? '';
	return placeholdersIn(`${environment.setup ?? ''}\n${command}`).filter((name) => name !== ARGS_PLACEHOLDER && name !== CORES_PLACEHOLDER);
}
