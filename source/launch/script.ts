// The script a shell runs for a definition: setup, checked, then the command.
//
// Setup runs with errexit (`set -e`; in PowerShell, $ErrorActionPreference = 'Stop' and a check of each
// native program's exit code): its first failing line ends the run before the command starts, with a
// sentence naming the environment and the status, and the shell exits with that status. The command then
// runs as written, without errexit, as hpcflow runs it. Startup files a login shell reads
// (`bash --login`: /etc/profile, ~/.bash_profile) come before all of this and are not checked.
// Setup starts on the script's first line, so the shell's own messages give setup's own line numbers. A
// setup line that calls `module` and fails with 127 (no such command: module systems define `module` in a
// login shell's startup files) gets a sentence that says to run a login shell.
import path from 'node:path';
import type {Shell} from './shell.js';
import {powershellQuote, shellJoin, shellQuote} from './quote.js';

/** Where a failing setup's sentence points for the login shell (the settings.yaml to put `shell:` in). */
export type SetupHelp = {settingsFile?: string};

export function shellArgv(shell: Shell, environment: string, setup: string | undefined, command: string, help: SetupHelp = {}): string[] {
	const script = shell.kind === 'powershell' ? powershellScript(environment, setup, command) : posixScript(shell, environment, setup, command, help);
	return [...shell.words, shellOption(shell), script];
}

/** The setup's lines (1-based) that call `module`. */
export function moduleLines(setup: string): number[] {
	const lines: number[] = [];
	for (const [index, line] of setup.split('\n').entries()) {
		if (/(?:^|[;&|({]|\bthen|\bdo|\belse)\s*module(?:\s|$)/.test(line.replace(/(^|\s)#.*$/, ''))) {
			lines.push(index + 1);
		}
	}

	return lines;
}

function loginSentence(environment: string, lines: number[], help: SetupHelp): string {
	const which = lines.length === 1 ? `its line ${lines[0]}` : `one of its lines ${lines.join(', ')}`;
	const settings = help.settingsFile ? `, or put the line \`shell: bash --login\` in ${help.settingsFile}` : '';
	return `secrets-tui: The setup of ${environment} failed with status 127 at ${which}, which calls \`module\`: \`module\` is defined by a login shell's startup files, so run a login shell: --shell 'bash --login'${settings}; its command did not run.`;
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

function posixScript(shell: Shell, environment: string, setup: string | undefined, command: string, help: SetupHelp): string {
	if (!setup) {
		return command;
	}

	const [before, after] = setupFailure(environment).split('STATUS') as [string, string];
	// bash's ERR trap says which line failed; other shells leave it empty, and then every `module` line is named.
	const bash = path.basename(shell.words[0] ?? '') === 'bash';
	const modules = moduleLines(setup);
	const login = (lines: number[]) => `printf '%s\\n' ${shellQuote(loginSentence(environment, lines, help))} >&2`;
	const cases = [
		...(modules.length === 1 ? [`127:${modules[0]}|127:) ${login(modules)};;`] : modules.map((line) => `127:${line}) ${login([line])};;`)),
		...(modules.length > 1 ? [`127:) ${login(modules)};;`] : []),
		`*) printf '%s%s%s\\n' ${shellQuote(before)} "$__secrets_tui_status" ${shellQuote(after)} >&2;;`,
	];
	// The EXIT trap sees the failing status in $?; it is removed once setup has finished.
	const trap = `__secrets_tui_status=$?; if [ "$__secrets_tui_status" -ne 0 ]; then case "$__secrets_tui_status:\${__secrets_tui_line:-}" in ${cases.join(' ')} esac; fi; exit "$__secrets_tui_status"`;
	const first = [`trap ${shellQuote(trap)} EXIT;`, ...(bash ? [`trap '__secrets_tui_line=$LINENO' ERR;`] : []), 'set -e;'].join(' ');
	// Setup's first line shares the script's first line: its line numbers are the shell's.
	return [`${first} ${setup}`, 'set +e', `trap - EXIT${bash ? ' ERR' : ''}`, command].join('\n');
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
