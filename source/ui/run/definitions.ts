// What the panel knows about the environment definitions when it opens: none yet (and where to put
// them), a broken file (the loader's sentence), or the environments with their warnings.
import type {DefinitionWarning, EnvironmentsFile} from '../../environments/definition.js';
import {checkDefinitionsTrust, locateEnvironmentsFile} from '../../environments/locate.js';
import {loadEnvironments} from '../../environments/load.js';
import {definitionWarnings} from '../../environments/warnings.js';
import {isUserError} from '../../util/errors.js';
import type {SecretStore} from '../../store/store.js';

export type Definitions =
	| {state: 'missing'; file: string}
	| {state: 'broken'; file: string; message: string}
	| {state: 'loaded'; defs: EnvironmentsFile; warnings: DefinitionWarning[]};

export function readDefinitions(store: SecretStore, envsFile: string | undefined, env: NodeJS.ProcessEnv = process.env): Definitions {
	// environments.yaml beside this store (SECRETS_TUI_ENVS and --envs still win).
	const {file, exists, besideStore} = locateEnvironmentsFile({flag: envsFile, env: {...env, SECRETS_TUI_HOME: store.dir}});
	if (!exists) {
		return {state: 'missing', file};
	}

	try {
		// A group-writable shared file is refused nowhere; its warning is printed by the commands only.
		checkDefinitionsTrust(file, besideStore);
		const defs = loadEnvironments(file);
		const values = new Map(store.list().map((entry) => [entry.name, entry.value]));
		return {state: 'loaded', defs, warnings: definitionWarnings(defs, values)};
	} catch (error) {
		if (isUserError(error)) {
			return {state: 'broken', file, message: error.message};
		}

		throw error;
	}
}

/** A short definitions file to start from, shown when there is none. */
export const EXAMPLE_DEFINITIONS = `- name: github
  secrets:
    - GITHUB_TOKEN  # as $GITHUB_TOKEN
  executables:
    - label: prs
      instances:
        - command: gh pr list <<args>>
          num_cores: 1
          parallel_mode: null`;
