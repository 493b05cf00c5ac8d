// Turns a definition (or an ad hoc `exec`) into a LaunchPlan: which program, which variables and files,
// and the values. Every mistake a person can make is found here, before anything starts.
import {UserError, UsageError} from '../core/errors.js';
import type {SecretStore} from '../store/store.js';
import type {EnvironmentsFile, Environment, Executable, Instance, LaunchPlan, SecretMapping} from './contract.js';
import {coresHold, describeCores} from '../environments/cores.js';
import {defaultShell} from './shell.js';
import {ARGS_PLACEHOLDER, PLACEHOLDER} from '../environments/placeholders.js';
import {describeMapping} from '../environments/mapping.js';
import {shellJoin, shellQuote} from './quote.js';

/** Linux caps one environment string ("VAR=value" and its NUL) at 32 pages: 128 KiB. */
export const MAX_VARIABLE_BYTES = 128 * 1024;
/** Values shorter than this cannot be redacted safely. */
export const MIN_REDACTABLE_LENGTH = 4;

export type PlanRunInput = {
	defs: EnvironmentsFile;
	environment: string;
	executable?: string;
	cores?: number;
	/** Which instance (an index into the executable's instances), as the run panel picks it; wins over `cores`. */
	instance?: number;
	params: Record<string, string>;
	args: string[];
	/** Default: the environment's own `secrets:`. */
	mappings?: SecretMapping[];
	store: SecretStore;
	/** The shell to run setup and command in (default: bash, or sh where bash is absent). */
	shell?: string;
};

export function planRun(input: PlanRunInput): LaunchPlan {
	const environment = findEnvironment(input.defs, input.environment);
	const executable = findExecutable(environment, input.executable);
	const instance = input.instance === undefined ? findInstance(environment, executable, input.cores) : executable.instances[input.instance];
	if (!instance) {
		throw new UserError(`${environment.name}/${executable.label} has ${executable.instances.length} instance${executable.instances.length === 1 ? '' : 's'}; there is no instance ${input.instance! + 1}.`);
	}

	const warnings: string[] = [];
	const setup = environment.setup ? fill(environment.setup, input.params, [], false) : undefined;
	const command = fill(instance.command, input.params, input.args, true);
	const unknownParams = Object.keys(input.params).filter((name) => !`${environment.setup ?? ''}\n${instance.command}`.includes(`<<${name}>>`));
	if (unknownParams.length > 0) {
		warnings.push(`${environment.name}/${executable.label} has no placeholder ${unknownParams.map((name) => `<<${name}>>`).join(', ')}; the --param is ignored.`);
	}

	const missing = [
		...new Set([...`${environment.setup ?? ''}\n${instance.command}`.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => name !== ARGS_PLACEHOLDER && !(name in input.params))),
	];
	// Reported together with any missing secrets, so that one try shows everything to fix.
	const unfilled =
		missing.length > 0
			? [`${environment.name}/${executable.label} needs a value for ${missing.map((name) => `<<${name}>>`).join(', ')}: give ${missing.map((name) => `--param ${name}=VALUE`).join(' ')}.`]
			: [];

	const script = setup ? `${setup}\n${command}` : command;
	const shell = input.shell ?? defaultShell();
	const argv = [shell, '-c', script];
	const secrets = resolveSecrets(input.mappings ?? environment.secrets, input.store, `${environment.name} needs`, unfilled);
	return {argv, display: `${shell} -c ${shellQuote(script)}`, ...secrets, warnings: [...warnings, ...secrets.warnings]};
}

export function planExec(input: {mappings: SecretMapping[]; command: string[]; store: SecretStore}): LaunchPlan {
	if (input.command.length === 0 || input.command[0] === '') {
		throw new UsageError('Give the command to run after --, as in: secrets-tui exec --secret TOKEN -- curl https://example.com');
	}

	const secrets = resolveSecrets(input.mappings, input.store, 'The command needs');
	return {argv: [...input.command], display: shellJoin(input.command), ...secrets};
}

/** Reads the values; missing secrets (and `problems` found before) are one UserError that names them all. */
function resolveSecrets(mappings: SecretMapping[], store: SecretStore, who: string, problems: string[] = []): Omit<LaunchPlan, 'argv' | 'display'> {
	const values = new Map<string, string>();
	const missing: string[] = [];
	// One read of the store for all of them (each get() reads the file).
	const stored = mappings.length > 0 ? new Map(store.list().map((entry) => [entry.name, entry.value])) : new Map<string, string>();
	for (const mapping of mappings) {
		if (values.has(mapping.secret) || missing.includes(mapping.secret)) {
			continue;
		}

		const value = stored.get(mapping.secret);
		if (value === undefined) {
			missing.push(mapping.secret);
		} else {
			values.set(mapping.secret, value);
		}
	}

	if (missing.length > 0) {
		const names = missing.join(', ');
		problems = [
			...problems,
			`${who} ${missing.length === 1 ? 'a secret that is' : `${missing.length} secrets that are`} not in the store (${store.file}): ${names}. Add ${missing.length === 1 ? 'it' : 'each'} with \`secrets-tui set NAME\`; nothing was run.`,
		];
	}

	if (problems.length > 0) {
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
		const value = values.get(mapping.secret)!;
		if (mapping.kind === 'file') {
			files.push({variable: mapping.variable, secret: mapping.secret});
			continue;
		}

		const bytes = Buffer.byteLength(value) + Buffer.byteLength(mapping.variable) + 2;
		if (bytes > MAX_VARIABLE_BYTES) {
			throw new UserError(
				`The secret ${mapping.secret} is ${Math.ceil(Buffer.byteLength(value) / 1024)} KiB, more than an environment variable can hold (128 KiB); give it as a file instead: \`{secret: ${mapping.secret}, file: ${mapping.variable}}\` in a definition, \`--secret-file ${mapping.variable}=${mapping.secret}\` with exec.`,
			);
		}

		variables.push({variable: mapping.variable, secret: mapping.secret});
	}

	const warnings: string[] = [];
	for (const [secret, value] of values) {
		if (value.length < MIN_REDACTABLE_LENGTH) {
			warnings.push(
				`The secret ${secret} is shorter than ${MIN_REDACTABLE_LENGTH} characters: it cannot be redacted safely (every occurrence of those characters in the output is replaced, which can give it away); store a longer value if you can.`,
			);
		}
	}

	return {variables, files, values, warnings};
}

function findEnvironment(defs: EnvironmentsFile, name: string): Environment {
	const environment = defs.environments.find((candidate) => candidate.name === name);
	if (environment) {
		return environment;
	}

	if (defs.environments.length === 0) {
		throw new UserError(`There is no environment ${name}: ${defs.file} defines none.`);
	}

	throw new UserError(`There is no environment ${name} in ${defs.file}; it defines ${[...new Set(defs.environments.map((environment) => environment.name))].join(', ')}.`);
}

function findExecutable(environment: Environment, label: string | undefined): Executable {
	const labels = environment.executables.map((executable) => executable.label);
	if (environment.executables.length === 0) {
		throw new UserError(`The environment ${environment.name} defines no executables: add one under \`executables:\`.`);
	}

	if (label === undefined) {
		if (environment.executables.length === 1) {
			return environment.executables[0]!;
		}

		throw new UserError(`The environment ${environment.name} has several executables (${labels.join(', ')}): name one, as in \`secrets-tui run ${environment.name} ${labels[0]}\`.`);
	}

	const executable = environment.executables.find((candidate) => candidate.label === label);
	if (!executable) {
		throw new UserError(`The environment ${environment.name} has no executable ${label}; it has ${labels.join(', ')}.`);
	}

	return executable;
}

function findInstance(environment: Environment, executable: Executable, cores: number | undefined): Instance {
	if (cores === undefined) {
		return executable.instances[0]!;
	}

	const instance = executable.instances.find((candidate) => coresHold(candidate.num_cores, cores));
	if (!instance) {
		const ranges = executable.instances.map((candidate) => describeCores(candidate.num_cores)).join(', ');
		throw new UserError(`No instance of ${environment.name}/${executable.label} runs on ${cores} cores; its instances take ${ranges}.`);
	}

	return instance;
}

/** Replaces placeholders: `<<args>>` by the quoted args (appended when absent and `appendArgs`). */
function fill(text: string, params: Record<string, string>, args: string[], appendArgs: boolean): string {
	const quoted = shellJoin(args);
	let sawArgs = false;
	const filled = text.replaceAll(PLACEHOLDER, (whole, name: string) => {
		if (name === ARGS_PLACEHOLDER) {
			sawArgs = true;
			return quoted;
		}

		return Object.hasOwn(params, name) ? params[name]! : whole;
	});
	if (!sawArgs && appendArgs && args.length > 0) {
		return `${filled} ${quoted}`;
	}

	return filled;
}
