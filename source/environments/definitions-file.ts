// The environment definitions file: where it is (--envs FILE, else $SECRETS_TUI_ENVS, else environments.yaml
// beside the store), and what reading it finds: missing, broken (the loader's sentence) or loaded. The one
// loader of `run`, `submit`, `envs` and the run panel, and the one example shown where there is no file.
import fs from 'node:fs';
import path from 'node:path';
import {isUserError, UserError} from '../util/errors.js';
import {checkTrusted} from '../util/file-trust.js';
import {dataDir} from '../store/paths.js';
import type {EnvironmentsFile} from './definition.js';
import {loadEnvironments} from './load.js';

export const ENVIRONMENTS_FILE_NAME = 'environments.yaml';

/** A short definitions file to start from: `run --help` and the run panel show it where there is none. */
// Every line fits a 40-column terminal with the panel's indent (38 columns).
export const EXAMPLE_DEFINITIONS = `- name: github
  setup: cd ~/work
  secrets:
    - GITHUB_TOKEN  # as $GITHUB_TOKEN
    - secret: deploy-key
      file: KEY_FILE  # a 0600 file
  executables:
    - label: prs
      instances:
        - command: gh pr list <<args>>
          num_cores: 1
          parallel_mode: null`;

export type Definitions =
	| {state: 'missing'; file: string}
	| {state: 'broken'; file: string; message: string; error: UserError}
	| {state: 'loaded'; file: string; defs: EnvironmentsFile; trustWarnings: string[]};

export type DefinitionsChoice = {
	/** --envs FILE, as given. */
	flag?: string;
	/** SECRETS_TUI_ENVS and SECRETS_TUI_HOME (the store's folder) are read from here. */
	env?: NodeJS.ProcessEnv;
};

export function locateEnvironmentsFile(options: DefinitionsChoice = {}): {file: string; exists: boolean; besideStore: boolean} {
	const env = options.env ?? process.env;
	const chosen = options.flag ?? (env.SECRETS_TUI_ENVS ? env.SECRETS_TUI_ENVS : undefined);
	const file = chosen === undefined ? path.join(dataDir(env), ENVIRONMENTS_FILE_NAME) : path.resolve(chosen);
	return {file, exists: fs.existsSync(file), besideStore: chosen === undefined};
}

/**
 * Refuses definitions another user could change (they decide what runs with the secrets): beside the store,
 * the store's own rule (yours, no write for group or others); a file you chose, refused when every user can
 * change it, one warning when a group or another user can. Returns the warnings.
 */
export function checkDefinitionsTrust(file: string, besideStore: boolean): string[] {
	return besideStore ? checkTrusted(file, 'environments.yaml beside the store', 'private') : checkTrusted(file, 'the definitions file', 'shared');
}

/** What the definitions file holds, never throwing for a person's mistake (the run panel shows each state). */
export function readDefinitions(options: DefinitionsChoice = {}): Definitions {
	const {file, exists, besideStore} = locateEnvironmentsFile(options);
	if (!exists) {
		return {state: 'missing', file};
	}

	try {
		// A file others can change is refused (broken, with the sentence); a group-writable shared one warns.
		const trustWarnings = checkDefinitionsTrust(file, besideStore);
		return {state: 'loaded', file, defs: loadEnvironments(file), trustWarnings};
	} catch (error) {
		if (isUserError(error)) {
			return {state: 'broken', file, message: error.message, error};
		}

		throw error;
	}
}

/** The definitions `run`, `submit` and `envs` use, with the trust warnings to print; a missing or broken file is a UserError sentence. */
export function loadDefinitions(flag: string | undefined): {file: string; defs: EnvironmentsFile; warnings: string[]} {
	const found = readDefinitions(flag === undefined ? {} : {flag});
	switch (found.state) {
		case 'missing': {
			throw new UserError(
				`There are no environment definitions at ${found.file}. Create that file (\`secrets-tui run --help\` shows an example), or point to one with --envs FILE or SECRETS_TUI_ENVS.`,
			);
		}

		case 'broken': {
			throw found.error;
		}

		case 'loaded': {
			return {file: found.file, defs: found.defs, warnings: found.trustWarnings};
		}
	}
}
