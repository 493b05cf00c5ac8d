// The environment definitions: the one loader of `run`, `submit`, `envs` and the run panel (missing / broken /
// loaded), and the one example shown where there are none. Where they come from, in this order:
//   --envs FILE (repeatable), else $SECRETS_TUI_ENVS (a `:`-separated list), else environments.yaml beside
//   the store AND every environment_sources file of the matflow and hpcflow configurations that fit this
//   machine (hpc-config.ts).
// Files named by the person (--envs, SECRETS_TUI_ENVS) must load: a missing or broken one is an error.
// Files found (beside the store, from a configuration) never stop anything: a missing or broken one is a
// warning naming the file and line, and the others still load. Environments of one name and the same
// specifiers in two files: the first file's wins (`envs` warns).
// Trust (file-trust.ts): environments.yaml beside the store passes the store's own rule; a file you chose and
// a configuration's source are refused when every user can change them (a configuration's: left out, with a
// warning) and get one warning when a group can.
import fs from 'node:fs';
import path from 'node:path';
import {UserError, isUserError} from '../util/errors.js';
import {checkTrusted} from '../util/file-trust.js';
import {dataDir} from '../store/paths.js';
import type {ConfiguredShell, EnvironmentsFile} from './definition.js';
import {loadEnvironments} from './load.js';
import {usersInFiles, usesOf} from './usage.js';
import {readConfigurations, type FittingConfiguration} from './hpc-config.js';

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

export type DefinitionsOptions = {
	/** --envs, each as given (repeatable). */
	flags?: readonly string[];
	env?: NodeJS.ProcessEnv;
	/** The store's folder (default: where the store is), for environments.yaml beside it. */
	storeDir?: string;
};

type Source = {file: string; named: boolean; configuration?: FittingConfiguration};

/**
 * Refuses definitions another user could change (they decide what runs with the secrets): beside the store,
 * the store's own rule (yours, no write for group or others); a file you chose or a configuration names,
 * refused when every user can change it, one warning when a group or another user can. Returns the warnings.
 */
export function checkDefinitionsTrust(file: string, besideStore: boolean): string[] {
	return besideStore ? checkTrusted(file, 'environments.yaml beside the store', 'private') : checkTrusted(file, 'the definitions file', 'shared');
}

function sourcesOf(options: DefinitionsOptions, fitting: FittingConfiguration[]): Source[] {
	const env = options.env ?? process.env;
	if (options.flags && options.flags.length > 0) {
		return options.flags.map((file) => ({file: path.resolve(file), named: true}));
	}

	const listed = (env.SECRETS_TUI_ENVS ?? '').split(':').filter((file) => file !== '');
	if (listed.length > 0) {
		return listed.map((file) => ({file: path.resolve(file), named: true}));
	}

	const beside = path.join(options.storeDir ?? dataDir(env), ENVIRONMENTS_FILE_NAME);
	return [{file: beside, named: false}, ...fitting.flatMap((configuration) => configuration.sources.map((file) => ({file, named: false, configuration})))];
}

export type DefinitionsRead =
	| {state: 'missing'; file: string; warnings: string[]}
	| {state: 'broken'; file: string; message: string}
	| {state: 'loaded'; defs: EnvironmentsFile};

/** The definitions from every source, as one set; each environment says which file it came from. */
export function readDefinitionSet(options: DefinitionsOptions = {}): DefinitionsRead {
	const env = options.env ?? process.env;
	const configurations = readConfigurations(env);
	const warnings = [...configurations.warnings];
	const shellConfiguration = configurations.fitting.find((configuration) => configuration.shell);
	const shell: ConfiguredShell | undefined = shellConfiguration && {
		words: shellConfiguration.shell!,
		from: `the ${shellConfiguration.app} configuration ${shellConfiguration.name} in ${shellConfiguration.file}`,
	};
	const sources = sourcesOf(options, configurations.fitting);
	const seen = new Set<string>();
	const loaded: EnvironmentsFile[] = [];
	for (const source of sources) {
		if (seen.has(source.file)) {
			continue;
		}

		seen.add(source.file);
		if (source.named && !fs.existsSync(source.file)) {
			return {state: 'missing', file: source.file, warnings};
		}

		if (!source.named && !fs.existsSync(source.file)) {
			if (source.configuration) {
				warnings.push(`${source.file}: there is no such file (an environment_sources entry of the ${source.configuration.app} configuration ${source.configuration.name} in ${source.configuration.file})`);
			}

			continue;
		}

		try {
			warnings.push(...checkDefinitionsTrust(source.file, !source.named && !source.configuration));
			loaded.push(loadEnvironments(source.file));
		} catch (error) {
			if (!isUserError(error)) {
				throw error;
			}

			if (!source.configuration) {
				return {state: 'broken', file: source.file, message: error.message};
			}

			warnings.push(`${error.message.replace(/\.$/, '')} (an environment_sources entry of the ${source.configuration.app} configuration ${source.configuration.name}); its environments are left out`);
		}
	}

	if (loaded.length === 0 && configurations.fitting.length === 0) {
		return {state: 'missing', file: sources[0]!.file, warnings};
	}

	const files = loaded.map((defs) => defs.file);
	return {
		state: 'loaded',
		defs: {
			file: files[0] ?? sources[0]!.file,
			files,
			environments: loaded.flatMap((defs) => defs.environments),
			warnings,
			...(shell ? {shell} : {}),
		},
	};
}

/**
 * The definitions `run`, `submit` and `envs` use (see the top of this file); none at all is an error.
 * `warnings` (also in defs.warnings): sources left out or that a group can change, one sentence each.
 */
export function loadDefinitions(flags: readonly string[] | string | undefined, options: Omit<DefinitionsOptions, 'flags'> = {}): {file: string; defs: EnvironmentsFile; warnings: string[]} {
	const list = flags === undefined ? [] : typeof flags === 'string' ? [flags] : flags;
	const read = readDefinitionSet({...options, flags: list});
	if (read.state === 'missing') {
		const left = read.warnings.map((warning) => `\n${warning}.`).join('');
		throw new UserError(
			`There are no environment definitions at ${read.file}. Create that file (\`secrets-tui run --help\` shows an example), or point to one with --envs FILE or SECRETS_TUI_ENVS, or list it under environment_sources in your matflow or hpcflow configuration.${left}`,
		);
	}

	if (read.state === 'broken') {
		throw new UserError(read.message);
	}

	return {file: read.defs.file, defs: read.defs, warnings: read.defs.warnings ?? []};
}

/**
 * The definitions the store at `storeDir` would run with (every source, as run reads them), or none when
 * there are none or they are broken (run and the panel say what is wrong with them).
 */
export function definitionsFor(storeDir: string, envsFiles?: readonly string[], env: NodeJS.ProcessEnv = process.env): EnvironmentsFile | undefined {
	try {
		const read = readDefinitionSet({...(envsFiles ? {flags: envsFiles} : {}), env, storeDir});
		return read.state === 'loaded' ? read.defs : undefined;
	} catch (error) {
		if (isUserError(error)) {
			return undefined;
		}

		throw error;
	}
}

/**
 * The environments that use the secret `name` in the definitions the store at `storeDir` runs with, with
 * their files (what `delete` and `rename` say on stderr; usage.ts's usersInFiles), or undefined when none.
 */
export function usersOfSecret(storeDir: string, name: string): ReturnType<typeof usersInFiles> {
	const defs = definitionsFor(storeDir);
	return usersInFiles(defs ? usesOf(defs, name) : []);
}
