// Turns a definition (or an ad hoc `exec`) into a LaunchPlan: which program, which variables and files,
// and the values. Every mistake a person can make is found here, before anything starts.
import fs from 'node:fs';
import path from 'node:path';
import {UserError, UsageError} from '../util/errors.js';
import type {SecretStore} from '../store/store.js';
import type {Secret} from '../store/read.js';
import {expiryState, expiryText} from '../store/expiry.js';
import type {EnvironmentsFile, SecretMapping} from '../environments/definition.js';
import {describeCores} from '../environments/cores.js';
import {ARGS_PLACEHOLDER, CORES_PLACEHOLDER, SCRIPT_PLACEHOLDERS, placeholdersIn} from '../environments/placeholders.js';
import {describeMapping} from '../environments/mapping.js';
import {chooseInstance, describeSpecifiers, findEnvironment, findExecutable, instanceAt} from '../environments/select.js';
import type {LaunchPlan} from './types.js';
import {checkShellTrusted, describeShell} from './shell.js';
import {chosenShell, settingsFile} from './settings.js';
import {fillPlaceholders} from './fill.js';
import {secretWrittenIn} from './redact.js';
import {shellArgv, shellDisplay} from './script.js';
import {shellJoin, shellQuote} from './quote.js';
import {didYouMean} from '../util/nearest.js';
import {readTemplate, type Template} from '../environments/template.js';
import {lookUpSecrets} from './lookup.js';

/** Linux caps one environment string ("VAR=value" and its NUL) at 32 pages: 128 KiB. */
export const MAX_VARIABLE_BYTES = 128 * 1024;
import {MIN_REDACTABLE_LENGTH} from './redact-rules.js';

export {MIN_REDACTABLE_LENGTH} from './redact-rules.js';

/**
 * What a person chooses for a run of a definition: `run`'s options, the run panel's fields, and what
 * `submit` checks on the login node and forwards to `run` on the compute node.
 */
export type RunChoices = {
	environment: string;
	executable?: string;
	/** --spec KEY=VALUE: the specifiers that pick one of several environments of this name. */
	specs?: Record<string, string>;
	/** --cores N: the instance whose num_cores holds N, and <<num_cores>>. */
	cores?: number;
	/** --script PATH: fills <<script_path>>, <<script_dir>>, <<script_name>> and <<script_name_no_ext>>. */
	script?: string;
	/** --param NAME=VALUE: fills <<NAME>> (and wins over what --script and --cores fill). */
	params: Record<string, string>;
	/** The arguments after --: they fill <<args>>, or are appended. */
	args: string[];
	/**
	 * --shell, as given (e.g. `bash --login`); without it SECRETS_TUI_SHELL, then the `shell` line of
	 * settings.yaml beside the store, then bash (sh where bash is absent).
	 */
	shell?: string;
};

export type PlanRunInput = RunChoices & {
	defs: EnvironmentsFile;
	store: SecretStore;
	/** `specs` are all the environment's specifiers (the run panel, which picked one from the list). */
	exactSpecs?: boolean;
	/** Which instance (an index into the executable's instances), as the run panel picks it; wins over `cores`. */
	instance?: number;
	/** Default: the environment's own `secrets:`. */
	mappings?: SecretMapping[];
	/** Return the plan even when secrets are missing or placeholders unfilled, with them in `problems` (dry runs). */
	keepProblems?: boolean;
	/** Where a relative --script is taken from (default: the current folder). */
	cwd?: string;
};

export function planRun(input: PlanRunInput): LaunchPlan {
	const environment = findEnvironment(input.defs, input.environment, input.specs, input.exactSpecs);
	if (environment.problems.length > 0) {
		throw new UserError(environment.problems.join('\n'));
	}

	const executable = findExecutable(environment, input.executable);
	const choice = input.instance === undefined ? chooseInstance(environment, executable, input.cores) : instanceAt(environment, executable, input.instance, input.cores);
	const {instance} = choice;
	const shell = chosenShell(input.store.home, input.defs.shell, input.shell);
	checkShellTrusted(shell);
	const params = {...scriptParams(input.script, input.cwd), [CORES_PLACEHOLDER]: String(choice.cores), ...input.params};
	const warnings: string[] = [...environment.warnings];
	const template = `${environment.setup ?? ''}\n${instance.command}`;
	const unknownParams = Object.keys(input.params).filter((name) => !template.includes(`<<${name}>>`));
	if (unknownParams.length > 0) {
		warnings.push(`${environment.name}/${executable.label} has no placeholder ${unknownParams.map((name) => `<<${name}>>`).join(', ')}; the --param is ignored.`);
	}

	if (shell.kind === 'posix' && needsPowerShell(template)) {
		warnings.push(
			`${environment.name} is written for PowerShell ($env:, & '...'), but the shell is ${describeShell(shell)}: give --shell pwsh (or SECRETS_TUI_SHELL=pwsh) to run it there.`,
		);
	}

	const values = {params, args: input.args};
	const setup = environment.setup ? fillPlaceholders(environment.setup, values, shell.kind, false) : undefined;
	const command = fillPlaceholders(instance.command, values, shell.kind, true);
	const missing = placeholdersIn(template).filter((name) => name !== ARGS_PLACEHOLDER && !Object.hasOwn(params, name));
	// Reported together with any missing secrets, so that one try shows everything to fix.
	const unfilled =
		missing.length > 0
			? [`${environment.name}/${executable.label} needs a value for ${missing.map((name) => `<<${name}>>`).join(', ')}: give ${missing.map((name) => hintFor(name)).join(' ')}.`]
			: [];

	const argv = shellArgv(shell, environment.name, setup, command, {settingsFile: settingsFile(input.store.home)});
	const about = [
		`Environment: ${environment.name}${Object.keys(environment.specifiers).length > 0 ? ` (${describeSpecifiers(environment.specifiers)})` : ''}, from ${environment.file}`,
		`Instance: ${choice.index + 1} of ${executable.instances.length} of ${executable.label} (num_cores: ${describeCores(instance.num_cores)}), ${choice.reason}; on ${choice.cores} core${choice.cores === 1 ? '' : 's'}`,
		`Shell: ${describeShell(shell)} (${shell.from})${setup ? '; a failing setup line ends the run before the command' : ''}`,
	];
	const secrets = resolveSecrets(input.mappings ?? environment.secrets, input.store, `${environment.name} needs`, unfilled, input.keepProblems === true);
	const written = secretWrittenIn(secrets.values, [...Object.values(input.params), ...input.args]);
	if (written !== undefined) {
		throw new UserError(
			`The value of the secret ${written} is written in a --param or an argument, where every user of this machine can read it (the process list, /proc/PID/cmdline), so nothing was started. Pass it through the environment's secrets instead.`,
		);
	}

	return {argv, display: shellDisplay(shell, setup, command), about, shell: {words: shell.words, from: shell.from}, chosen: {environment, executable, instance, cores: choice.cores}, ...secrets, warnings: [...warnings, ...secrets.warnings]};
}

function hintFor(name: string): string {
	return SCRIPT_PLACEHOLDERS.includes(name) ? `--script PATH (or --param ${name}=VALUE)` : `--param ${name}=VALUE`;
}

/** hpcflow's script placeholders, from --script (made absolute). */
function scriptParams(script: string | undefined, cwd = process.cwd()): Record<string, string> {
	if (script === undefined) {
		return {};
	}

	const file = path.resolve(cwd, script);
	if (!fs.existsSync(file)) {
		throw new UserError(`There is no script at ${file} (--script); give the path of an existing file.`);
	}

	const name = path.basename(file);
	const extension = path.extname(name);
	return {script_path: file, script_dir: path.dirname(file), script_name: name, script_name_no_ext: extension ? name.slice(0, -extension.length) : name};
}

/** `$env:NAME` or `& '...'` / `& "..."` at the start of a line: PowerShell, not a POSIX shell. */
function needsPowerShell(text: string): boolean {
	return /\$env:[A-Za-z_]/.test(text) || /^\s*&\s*['"]/m.test(text);
}

export function planExec(input: {mappings: SecretMapping[]; command: string[]; store: SecretStore}): LaunchPlan {
	if (input.command.length === 0 || input.command[0] === '') {
		throw new UsageError('Give the command to run after --, as in: secrets-tui exec --secret TOKEN -- curl https://example.com.');
	}

	const secrets = resolveSecrets(input.mappings, input.store, 'The command needs');
	return {argv: [...input.command], display: shellJoin(input.command), ...secrets};
}

/** Reads the values; missing secrets (and `problems` found before) are one UserError that names them all. */
function resolveSecrets(mappings: SecretMapping[], store: SecretStore, who: string, problems: string[] = [], keepProblems = false): Omit<LaunchPlan, 'argv' | 'display'> {
	const values = new Map<string, string>();
	const missing: string[] = [];
	const entries = new Map<string, Secret>();
	// Templates are read now (not when the definitions were loaded): the names they hold now are the ones filled.
	const templates = new Map<string, Template>();
	for (const mapping of mappings) {
		if (mapping.kind === 'template') {
			templates.set(mapping.variable, readTemplate(mapping.template?.file ?? mapping.secret));
		}
	}

	// A secret, a secret file, every name of a template: looked up in one place (lookup.ts).
	lookUpSecrets(
		store,
		mappings.flatMap((mapping) => templates.get(mapping.variable)?.names ?? [mapping.secret]),
		{values, missing, entries},
	);

	if (missing.length > 0) {
		// A near name in the store is likely the one meant: github_token (did you mean GITHUB_TOKEN?).
		const known = missing.some((each) => !each.includes('/')) ? store.personal().summaries().map((entry) => entry.name) : [];
		const names = missing.map((name) => name + didYouMean(name, known)).join(', ');
		problems = [
			...problems,
			`${who} ${missing.length === 1 ? 'a secret that is' : `${missing.length} secrets that are`} not in the store (${store.file}): ${names}. Add ${missing.length === 1 ? 'it' : 'them'} with ${missing.map((name) => `\`secrets-tui set ${shellQuote(name)}\``).join(', ')}; nothing was run.`,
		];
	}

	if (problems.length > 0 && !keepProblems) {
		throw new UserError(problems.join('\n'));
	}

	const variables: LaunchPlan['variables'] = [];
	const files: LaunchPlan['files'] = [];
	const used = new Map<string, SecretMapping>();
	for (const mapping of mappings) {
		const clash = used.get(mapping.variable);
		if (clash) {
			throw new UserError(`The variable ${mapping.variable} is given twice (${describeMapping(clash)} and ${describeMapping(mapping)}); give each variable once.`);
		}

		used.set(mapping.variable, mapping);
		const template = templates.get(mapping.variable);
		if (template) {
			files.push({variable: mapping.variable, secret: template.file, template: {text: template.text, names: template.names}});
			continue;
		}

		const value = values.get(mapping.secret);
		if (mapping.kind === 'file') {
			files.push({variable: mapping.variable, secret: mapping.secret});
			continue;
		}

		const bytes = Buffer.byteLength(value ?? '') + Buffer.byteLength(mapping.variable) + 2;
		if (value !== undefined && bytes > MAX_VARIABLE_BYTES) {
			throw new UserError(
				`The secret ${mapping.secret} is ${Math.ceil(Buffer.byteLength(value) / 1024)} KiB, more than an environment variable can hold (128 KiB); give it as a file instead: \`{secret: ${mapping.secret}, file: ${mapping.variable}}\` in a definition, \`--secret-file ${mapping.variable}=${mapping.secret}\` with exec.`,
			);
		}

		variables.push({variable: mapping.variable, secret: mapping.secret});
	}

	const warnings: string[] = [];
	const now = Date.now();
	for (const secret of values.keys()) {
		const expires = entries.get(secret)?.expires;
		if (expires && expiryState(expires, now) === 'expired') {
			// It still runs: the date is the user's note, and the service may still take the value.
			warnings.push(`The secret ${secret} ${expiryText(expires, now)} (${expires}); it was passed all the same. Renew it with \`secrets-tui set ${shellQuote(secret)} --overwrite --expires YYYY-MM-DD\`.`);
		}
	}

	for (const [secret, value] of values) {
		if (value.length < MIN_REDACTABLE_LENGTH) {
			warnings.push(
				`The secret ${secret} is shorter than ${MIN_REDACTABLE_LENGTH} characters: it cannot be redacted safely (every occurrence of those characters in the output is replaced, which can give it away); store a longer value if you can.`,
			);
		}
	}

	return {variables, files, values, warnings, ...(problems.length > 0 ? {problems, missing} : {})};
}
