// The script a shell runs for a definition: setup, checked, then the command.
//
// Setup runs with errexit (`set -e`; in PowerShell, $ErrorActionPreference = 'Stop' and a check of each
// native program's exit code): its first failing line ends the run before the command starts, with a
// sentence naming the environment and the status, and the shell exits with that status. The command then
// runs as written, without errexit, as hpcflow runs it. Startup files a login shell reads
// (`bash --login`: /etc/profile, ~/.bash_profile) come before all of this and are not checked.
import type {Shell} from './shell.js';
import {powershellQuote, shellJoin, shellQuote} from './quote.js';

export function shellArgv(shell: Shell, environment: string, setup: string | undefined, command: string): string[] {
	const script = shell.kind === 'powershell' ? powershellScript(environment, setup, command) : posixScript(environment, setup, command);
	return [...shell.words, shellOption(shell), script];
}

/** What people read: the shell and setup + command, without the checking around setup. */
export function shellDisplay(shell: Shell, setup: string | undefined, command: string): string {
	const script = setup ? `${setup}\n${command}` : command;
	return shellJoin([...shell.words, shellOption(shell)]) + ' ' + (shell.kind === 'powershell' ? powershellQuote(script) : shellQuote(script));
}

function shellOption(shell: Shell): string {
	return shell.kind === 'powershell' ? '-Command' : '-c';
}

/** The sentence the shell prints when setup fails; `STATUS` is replaced by the shell. */
function setupFailure(environment: string): string {
	return `secrets-tui: The setup of ${environment} failed with status STATUS; its command did not run.`;
}

function posixScript(environment: string, setup: string | undefined, command: string): string {
	if (!setup) {
		return command;
	}

	const [before, after] = setupFailure(environment).split('STATUS') as [string, string];
	// The EXIT trap sees the failing status in $?; it is removed once setup has finished.
	const trap = `__secrets_tui_status=$?; [ "$__secrets_tui_status" -eq 0 ] || printf '%s%s%s\\n' ${shellQuote(before)} "$__secrets_tui_status" ${shellQuote(after)} >&2; exit "$__secrets_tui_status"`;
	return [`trap ${shellQuote(trap)} EXIT`, 'set -e', setup, 'set +e', 'trap - EXIT', command].join('\n');
}

function powershellScript(environment: string, setup: string | undefined, command: string): string {
	const lines: string[] = [];
	if (setup) {
		const [before, after] = setupFailure(environment).split('STATUS') as [string, string];
		lines.push(
			"$ErrorActionPreference = 'Stop'",
			'$PSNativeCommandUseErrorActionPreference = $true',
			'try {',
			setup,
			'} catch {',
			'  $__status = if ($LASTEXITCODE) { $LASTEXITCODE } else { 1 }',
			`  [Console]::Error.WriteLine(${powershellQuote(before)} + $__status + ${powershellQuote(after)})`,
			'  exit $__status',
			'}',
			"$ErrorActionPreference = 'Continue'",
			'$PSNativeCommandUseErrorActionPreference = $false',
		);
	}

	lines.push(command, 'exit $LASTEXITCODE');
	return lines.join('\n');
}
