import {UsageError} from '../util/errors.js';
import path from 'node:path';
import {parseTemplateOption, parseTextMapping} from '../environments/mapping.js';
import {expandHome} from '../util/stdin.js';
import type {SecretMapping} from '../environments/definition.js';
import {planExec} from '../launch/plan.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {execute, launchFlags} from '../cli/launching.js';

export const spec: CommandSpec = {
	name: 'exec',
	usage: '--secret NAME|VAR=NAME [--secret-file VAR=NAME]... [--template-file VAR=PATH]... [--no-redact] [--dry-run] -- COMMAND ARGS...',
	minArgs: 0,
	maxArgs: 0,
	takesRest: true,
	complete: {rest: 'command'},
	flags: {
		secret: {type: 'string', isMultiple: true, value: 'NAME|VAR=NAME', complete: 'secret', description: 'the secret NAME as the variable NAME (with . and - as _), or as the variable VAR (repeat for each)'},
		secretFile: {
			type: 'string',
			isMultiple: true,
			value: 'VAR=NAME',
			description: 'the secret NAME in a private file (0600, removed afterwards); its path in VAR',
		},
		templateFile: {
			type: 'string',
			isMultiple: true,
			value: 'VAR=PATH',
			complete: 'file',
			description: 'the template PATH ({{ secrets.NAME }} where values go) filled into a private file (0600, removed afterwards); its path in VAR',
		},
		redact: {type: 'boolean', default: true, description: 'give the command the terminal directly; its output is not redacted'},
		dryRun: {type: 'boolean', description: 'print what would run (names only, never a value) and run nothing'},
	},
	help: `
Run COMMAND with chosen secrets, no definitions file and no shell: COMMAND and ARGS are passed as they are.

Examples
  $ secrets-tui exec --secret GITHUB_TOKEN -- gh repo list
  $ secrets-tui exec --secret PGPASSWORD=prod-db -- psql -h db.example.com
  $ secrets-tui exec --secret-file KUBECONFIG=kubeconfig -- kubectl get pods
  $ secrets-tui exec --template-file RCLONE_CONFIG=rclone.conf.tmpl -- rclone ls remote:
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {flags, rest} = parsed;
	const mappings: SecretMapping[] = [];
	for (const [option, kind] of [
		['secret', 'env'],
		['secretFile', 'file'],
	] as const) {
		for (const text of (flags[option] as string[] | undefined) ?? []) {
			const mapping = parseTextMapping(text, kind);
			if (typeof mapping === 'string') {
				throw new UsageError(`The option --${kind === 'file' ? 'secret-file' : 'secret'} ${text} is not valid: ${mapping}.`);
			}

			mappings.push(mapping);
		}
	}

	for (const text of (flags.templateFile as string[] | undefined) ?? []) {
		const mapping = parseTemplateOption(text);
		if (typeof mapping === 'string') {
			throw new UsageError(`The option --template-file ${text} is not valid: ${mapping}.`);
		}

		mappings.push({...mapping, secret: path.resolve(expandHome(mapping.secret))});
	}

	if (!rest || rest.length === 0) {
		throw new UsageError('Give the command to run after --, as in: secrets-tui exec --secret TOKEN -- curl https://example.com.');
	}

	const plan = planExec({mappings, command: rest, store: new SecretStore()});
	return execute(plan, launchFlags(flags));
}
