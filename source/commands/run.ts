import {EXAMPLE_DEFINITIONS, loadDefinitions} from '../environments/definitions-file.js';
import {planRun} from '../launch/plan.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {indent} from '../cli/spec.js';
import {execute, launchFlags, printWarnings} from '../cli/launching.js';
import {RUN_CHOICE_FLAGS, runChoicesFrom} from '../cli/run-options.js';

export const spec: CommandSpec = {
	name: 'run',
	usage: 'ENV [EXECUTABLE] [--envs FILE]... [--param K=V]... [--cores N] [--spec K=V]... [--script PATH] [--shell CMD] [--no-redact] [--dry-run] [-- ARGS...]',
	minArgs: 1,
	maxArgs: 2,
	takesRest: true,
	complete: {args: ['env', 'executable'], rest: 'file'},
	flags: {
		...RUN_CHOICE_FLAGS,
		redact: {type: 'boolean', default: true, description: 'give the command the terminal directly; its output is not redacted'},
		dryRun: {type: 'boolean', description: 'print what would run, and which instance and shell (names only, never a value), and run nothing'},
	},
	help: `
Run an executable of an environment definition with the environment's secrets as variables (or files).
The environment's setup, then the executable's command, run in one shell (bash, else sh; see --shell).
A setup line that fails ends the run before the command, with setup's status.
EXECUTABLE may be left out when the environment has only one.

Extra arguments
  -- ARGS...   they fill <<args>>: one word each, or joined by spaces inside "..."; appended when there is none

Example environments.yaml
${indent(EXAMPLE_DEFINITIONS)}

Examples
  $ secrets-tui run github -- https://api.github.com/user
  $ secrets-tui run python_env python_script --script ./main.py --dry-run
  $ secrets-tui run matlab_env run_mtex --spec version=2024a --shell 'bash --login' --script fit.m
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {envs, ...choices} = runChoicesFrom(parsed);
	const {defs, warnings} = loadDefinitions(envs);
	printWarnings(warnings);
	const flags = launchFlags(parsed.flags);
	const store = new SecretStore();
	const plan = planRun({...choices, defs, store, keepProblems: flags.dryRun});
	return execute(plan, flags, flags.dryRun ? store.values() : undefined);
}
