// What the panel knows about the environment definitions when it opens: none yet (and where to put
// them), a broken file (the loader's sentence), or the environments with their warnings.
import type {DefinitionWarning, EnvironmentsFile} from '../../environments/definition.js';
import {readDefinitionSet} from '../../environments/locate.js';
import {definitionWarnings} from '../../environments/warnings.js';
import type {SecretStore} from '../../store/store.js';

export type Definitions =
	| {state: 'missing'; file: string}
	| {state: 'broken'; file: string; message: string}
	| {state: 'loaded'; defs: EnvironmentsFile; warnings: DefinitionWarning[]};

export function readDefinitions(store: SecretStore, envsFiles: readonly string[] | undefined, env: NodeJS.ProcessEnv = process.env): Definitions {
	// environments.yaml beside this store and the fitting matflow/hpcflow configurations' sources
	// (SECRETS_TUI_ENVS and --envs still win).
	const read = readDefinitionSet({...(envsFiles ? {flags: envsFiles} : {}), env, storeDir: store.dir});
	if (read.state !== 'loaded') {
		return read;
	}

	const values = new Map(store.list().map((entry) => [entry.name, entry.value]));
	return {state: 'loaded', defs: read.defs, warnings: definitionWarnings(read.defs, values)};
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
