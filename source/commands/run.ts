import {UsageError, UserError} from '../core/errors.js';
import {locateEnvironmentsFile} from '../environments/locate.js';
import {loadEnvironments} from '../environments/load.js';
import {planRun} from '../launch/plan.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from './args.js';
import {execute, launchFlags, parseParams} from './launching.js';

export const spec: CommandSpec = {
	name: 'run',
	usage: 'ENV [EXECUTABLE] [--envs FILE] [--param K=V]... [--cores N] [--no-redact] [--dry-run] [-- ARGS...]',
	minArgs: 1,
	maxArgs: 2,
	takesRest: true,
	flags: {
		envs: {type: 'string', value: 'FILE', description: 'the definitions file (default: $SECRETS_TUI_ENVS, else environments.yaml beside the store)'},
		param: {type: 'string', isMultiple: true, value: 'K=V', description: 'fill the placeholder <<K>> with V (repeat for each)'},
		cores: {type: 'number', description: 'use the instance whose num_cores range holds N (default: the first instance)'},
		redact: {type: 'boolean', default: true, description: 'give the command the terminal directly; its output is not redacted'},
		dryRun: {type: 'boolean', description: 'print what would run (names only, never a value) and run nothing'},
	},
	help: `
Run an executable of an environment definition with the environment's secrets as variables (or files).
The environment's setup, then the executable's command, run in bash (sh where bash is absent).
EXECUTABLE may be left out when the environment has only one.

Extra arguments
  -- ARGS...   they replace <<args>>, each quoted as one word, or are appended

Example environments.yaml
  - name: github
    setup: cd ~/work
    secrets:
      - GITHUB_TOKEN
      - {secret: deploy-key, file: DEPLOY_KEY_FILE}
    executables:
      - label: api
        instances:
          - command: 'curl -H "Authorization: Bearer $GITHUB_TOKEN" <<args>>'
            num_cores: 1
            parallel_mode: null

Examples
  $ secrets-tui run github -- https://api.github.com/user
  $ secrets-tui run python_env python_script --param script_name=main.py --dry-run
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {input, flags, rest} = parsed;
	const [environment, executable] = input as [string, string | undefined];
	const cores = flags.cores as number | undefined;
	if (cores !== undefined && (!Number.isInteger(cores) || cores < 1)) {
		throw new UsageError('The option --cores takes a whole number of cores, 1 or more.');
	}

	const {file, exists} = locateEnvironmentsFile({flag: flags.envs as string | undefined});
	if (!exists) {
		throw new UserError(
			`There are no environment definitions at ${file}. Create that file (\`secrets-tui run --help\` shows an example), or point to one with --envs FILE or SECRETS_TUI_ENVS.`,
		);
	}

	const defs = loadEnvironments(file);
	const plan = planRun({
		defs,
		environment,
		...(executable === undefined ? {} : {executable}),
		...(cores === undefined ? {} : {cores}),
		params: parseParams(flags.param),
		args: rest ?? [],
		store: new SecretStore(),
	});
	return execute(plan, launchFlags(flags));
}
