// The subcommands: name, aliases and one-line summary here; each command's code is loaded only when
// it runs (esbuild splits every loader into its own chunk). A command that needs the list (completion)
// is handed it when it runs, so no command imports this file.

import type {CommandEntry} from './spec.js';

export const COMMANDS: CommandEntry[] = [
	{name: 'set', summary: 'Store a secret (value from @file, stdin, or a hidden prompt)', load: () => import('../commands/set.js')},
	{name: 'get', summary: 'Print a secret\'s value', load: () => import('../commands/get.js')},
	{name: 'list', aliases: ['ls'], summary: 'List secret names and when each was last updated', load: () => import('../commands/list.js')},
	{name: 'delete', aliases: ['rm'], summary: 'Delete a secret', load: () => import('../commands/delete.js')},
	{name: 'rename', aliases: ['mv'], summary: 'Rename a secret, keeping its value, created date, note and expiry', load: () => import('../commands/rename.js')},
	{name: 'import', summary: "Store every entry of a dotenv file, a JSON object or Nextflow's secrets store", load: () => import('../commands/import.js')},
	{name: 'inject', summary: 'Fill a template ({{ secrets.NAME }}) with secrets, to standard output or a private file', load: () => import('../commands/inject.js')},
	{name: 'export', summary: "Write secrets into Nextflow's secrets store, or print them as dotenv or JSON", load: () => import('../commands/export.js')},
	{name: 'run', summary: 'Run an executable of an environment definition with its secrets', load: () => import('../commands/run.js')},
	{name: 'exec', summary: 'Run a command with chosen secrets as environment variables', load: () => import('../commands/exec.js')},
	{name: 'submit', summary: 'Submit a batch job (Slurm) that runs an environment\'s executable with its secrets', load: () => import('../commands/submit.js')},
	{name: 'jobs', summary: 'The batch jobs submitted through secrets-tui, with their state', load: () => import('../commands/jobs.js')},
	{name: 'envs', summary: 'Show the environment definitions and what they need', load: () => import('../commands/envs.js')},
	{name: 'store', summary: 'Team stores shared with a Unix group: add, list, remove, grant, revoke', load: () => import('../commands/store.js')},
	{name: 'completion', summary: 'Print a shell completion script (bash, zsh or fish)', load: () => import('../commands/completion.js')},
];

export function findCommand(name: string): CommandEntry | undefined {
	return COMMANDS.find((command) => command.name === name || command.aliases?.includes(name));
}
