// The choices of a run of a definition, as options: `run` takes them, and `submit` takes the same ones,
// checks them the way `run` does (planRun) and forwards them to `run` on the compute node (runArgv in source/submit/job-script.ts).
import {UsageError} from '../util/errors.js';
import {CORES_RULE} from '../environments/cores.js';
import type {RunChoices} from '../launch/plan.js';
import type {FlagSpec, ParsedArgs} from './spec.js';
import {parsePairs, parseParams} from './launching.js';

/** --envs FILE, repeatable: `run`, `submit` and `envs` take it alike. */
export const ENVS_FLAG: FlagSpec = {
	type: 'string',
	isMultiple: true,
	value: 'FILE',
	complete: 'file',
	description:
		'a definitions file (repeat for several; default: $SECRETS_TUI_ENVS, a :-separated list, else environments.yaml beside the store and the environment_sources of the matflow/hpcflow configuration that fits this machine)',
};

/** The `spec.flags` entries of the run choices (plus --envs, the definitions files). */
export const RUN_CHOICE_FLAGS: Record<string, FlagSpec> = {
	envs: ENVS_FLAG,
	param: {type: 'string', isMultiple: true, value: 'K=V', description: 'fill the placeholder <<K>> with V (repeat for each; wins over what --script and --cores fill)'},
	cores: {type: 'number', description: 'the first instance whose num_cores holds N; <<num_cores>> is N (default: the first instance holding 1 core, else the first)'},
	spec: {type: 'string', isMultiple: true, value: 'K=V', complete: 'spec', description: 'choose among environments of one name by their specifiers, as in --spec version=3.11 (repeat for each)'},
	script: {type: 'string', value: 'PATH', complete: 'file', description: 'fill <<script_path>>, <<script_dir>>, <<script_name>> and <<script_name_no_ext>> from this file'},
	shell: {
		type: 'string',
		value: 'CMD',
		description:
			"the shell for setup and command, as in --shell 'bash --login' or --shell pwsh (default: $SECRETS_TUI_SHELL, else settings.yaml's shell line beside the store, else the fitting matflow/hpcflow configuration's default_shell, else bash, else sh)",
	},
};

export type RunTarget = RunChoices & {
	/** --envs, as given (none: the default sources). */
	envs: string[];
};

/** Reads ENV [EXECUTABLE], the run choice flags and `-- ARGS` into one object; usage mistakes exit 2. */
export function runChoicesFrom(parsed: ParsedArgs): RunTarget {
	const {input, flags, rest} = parsed;
	const [environment, executable] = input as [string, string | undefined];
	const cores = flags.cores as number | undefined;
	if (cores !== undefined && (!Number.isInteger(cores) || cores < 1)) {
		throw new UsageError(`The option --cores takes ${CORES_RULE}.`);
	}

	const shell = flags.shell as string | undefined;
	if (shell !== undefined && shell.trim() === '') {
		throw new UsageError("The option --shell names no shell; give one, as in --shell 'bash --login'.");
	}

	return {
		environment,
		...(executable === undefined ? {} : {executable}),
		envs: flags.envs as string[],
		...(cores === undefined ? {} : {cores}),
		specs: parsePairs(flags.spec, '--spec', 'KEY=VALUE', '--spec version=3.11'),
		...(flags.script === undefined ? {} : {script: flags.script as string}),
		...(shell === undefined ? {} : {shell}),
		params: parseParams(flags.param),
		args: rest ?? [],
	};
}
