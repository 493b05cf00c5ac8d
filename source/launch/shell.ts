// The shell that runs a definition's setup and command: --shell, else $SECRETS_TUI_SHELL, else the
// `shell` line of settings.yaml beside the store, else the default_shell (with its executable_args) of the
// matflow/hpcflow configuration that fits this machine, else bash (sh where bash is absent). A POSIX shell
// (bash, sh, zsh, ...) gets `-c SCRIPT`; PowerShell (pwsh, powershell) gets `-Command SCRIPT`.
import path from 'node:path';
import {UsageError} from '../util/errors.js';
import {findProgram, pathVariableOf} from '../util/find-program.js';
import {checkTrusted} from '../util/file-trust.js';

export type ShellKind = 'posix' | 'powershell';

export type Shell = {
	/** The program and its own options, e.g. ['bash', '--login']. */
	words: string[];
	kind: ShellKind;
	/** Where the choice came from, for `envs` and dry runs (a configuration: which one, in which file). */
	from: 'the --shell option' | 'SECRETS_TUI_SHELL' | 'settings.yaml' | 'the default' | (string & {});
};

export type ShellChoice = {
	/** --shell, as given. */
	flag?: string;
	env?: NodeJS.ProcessEnv;
	/** The `shell` setting of settings.yaml, if any. */
	setting?: string;
	/** The shell of the matflow/hpcflow configuration that fits this machine (EnvironmentsFile.shell). */
	configured?: {words: string[]; from: string};
};

export function resolveShell(choice: ShellChoice = {}): Shell {
	const env = choice.env ?? process.env;
	if (choice.flag !== undefined) {
		return parseShell(choice.flag, 'the --shell option');
	}

	if (env.SECRETS_TUI_SHELL) {
		return parseShell(env.SECRETS_TUI_SHELL, 'SECRETS_TUI_SHELL');
	}

	if (choice.setting) {
		return parseShell(choice.setting, 'settings.yaml');
	}

	if (choice.configured && choice.configured.words.length > 0) {
		return {words: [...choice.configured.words], kind: shellKind(choice.configured.words[0]!), from: choice.configured.from};
	}

	const program = defaultShell(env);
	return {words: [program], kind: shellKind(program), from: 'the default'};
}

/**
 * Refuses a chosen shell (--shell, SECRETS_TUI_SHELL, settings.yaml) that another user can change: it runs
 * with the secrets. The program is the one the launch starts (by PATH when it has no slash); one that is
 * not found is left to the launch's own sentence.
 */
export function checkShellTrusted(shell: Shell, env: NodeJS.ProcessEnv = process.env): void {
	if (shell.from === 'the default' || process.platform === 'win32') {
		return;
	}

	const program = shell.words[0]!;
	const file = findProgram(program, {pathVariable: pathVariableOf(env)});
	if (file !== undefined) {
		checkTrusted(file, `the shell (${shell.from})`, 'program');
	}
}

/** `bash --login` as words; the first word names the kind. */
export function parseShell(text: string, from: Shell['from']): Shell {
	const words = text.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) {
		throw new UsageError(`${from === 'the --shell option' ? 'The --shell option' : from} names no shell; give one, as in --shell 'bash --login'.`);
	}

	return {words, kind: shellKind(words[0]!), from};
}

export function shellKind(program: string): ShellKind {
	const name = path.basename(program.replaceAll('\\', '/')).toLowerCase().replace(/\.exe$/, '');
	return name === 'pwsh' || name === 'powershell' ? 'powershell' : 'posix';
}

/** The shell as people write it: `bash --login`. */
export function describeShell(shell: Shell): string {
	return shell.words.join(' ');
}

let shellCache: string | undefined;

/**
 * bash when it is on PATH, else sh. On Windows, as hpcflow does there: PowerShell (pwsh when it is on
 * PATH, else Windows PowerShell, which every Windows has).
 */
export function defaultShell(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
	if (shellCache && platform === process.platform) {
		return shellCache;
	}

	const onPath = (name: string) => findProgram(name, {pathVariable: pathVariableOf(env), platform}) !== undefined;
	const found = platform === 'win32' ? (onPath('pwsh.exe') ? 'pwsh' : 'powershell') : onPath('bash') ? 'bash' : 'sh';
	if (platform === process.platform) {
		shellCache = found;
	}

	return found;
}
