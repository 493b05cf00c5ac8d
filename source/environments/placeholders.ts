// hpcflow-style `<<name>>` placeholders in setup and commands. `<<args>>` takes the extra arguments;
// every other one is filled from --param name=value (or asked for by the run panel).
import type {Environment, Instance} from '../launch/contract.js';

export const PLACEHOLDER = /<<([^<>\s]+)>>/g;
export const ARGS_PLACEHOLDER = 'args';

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

/** The placeholders other than `<<args>>` in the environment's setup and the instance's command. */
export function placeholdersOf(environment: Environment, executableLabel: string, instanceIndex = 0): string[] {
	const command = instanceOf(environment, executableLabel, instanceIndex)?.command ?? '';
	return placeholdersIn(`${environment.setup ?? ''}\n${command}`).filter((name) => name !== ARGS_PLACEHOLDER);
}
