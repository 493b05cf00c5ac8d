import {loadDefinitions} from '../environments/definitions-file.js';
import {describeMapping, secretsOf} from '../environments/mapping.js';
import {placeholdersOf, SCRIPT_PLACEHOLDERS} from '../environments/placeholders.js';
import {describeSpecifiers, environmentsNamed} from '../environments/select.js';
import {describeShell} from '../launch/shell.js';
import {chosenShell} from '../launch/settings.js';
import {definitionWarnings} from '../environments/warnings.js';
import {hideStoredValues} from '../launch/redact.js';
import type {Environment} from '../environments/definition.js';
import {describeCores} from '../environments/cores.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {ENVS_FLAG} from '../cli/run-options.js';
import {printable, printableLines} from '../util/printable.js';
import {UsageError} from '../util/errors.js';

export const spec: CommandSpec = {
	name: 'envs',
	usage: '[ENV] [--envs FILE]... [--shell CMD] [--names | --executables | --specs]',
	maxArgs: 1,
	complete: {args: ['env']},
	flags: {
		envs: ENVS_FLAG,
		shell: {
			type: 'string',
			value: 'CMD',
			description: "the shell `run` would use (default: $SECRETS_TUI_SHELL, else settings.yaml's shell line, else the fitting matflow/hpcflow configuration's default_shell, else bash, else sh)",
		},
		names: {type: 'boolean', description: 'print only the environment names, one per line (for scripts and shell completion)'},
		executables: {type: 'boolean', description: 'print only the executables of ENV, one per line (for scripts and shell completion)'},
		specs: {type: 'boolean', description: "print only the specifiers (KEY=VALUE, as --spec takes them) of ENV's environments, or of all, one per line"},
	},
	help: `
Show each environment definition (or those named ENV): the file it came from, its executables, the secrets it needs and which
of them are missing from the store; the shell and what chose it; then warnings about definitions that hold what belongs in the store (each line starts
with "warning:").
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {flags, input} = parsed;
	const only = (['names', 'executables', 'specs'] as const).filter((flag) => flags[flag]);
	if (only.length > 1) {
		throw new UsageError(`Choose one of ${only.map((flag) => `--${flag}`).join(' and ')}: each prints one kind of name.`);
	}

	const [name] = input as [string | undefined];
	if (flags.executables && name === undefined) {
		throw new UsageError('--executables lists the executables of one environment; name it, as in: secrets-tui envs python_env --executables.');
	}

	// Sources left out or that others can change are among the warnings at the end (stdout).
	const {defs: all} = loadDefinitions(flags.envs as string[]);
	const defs = name === undefined ? all : {...all, environments: environmentsNamed(all, name)};
	const names = only[0] && {
		names: () => defs.environments.map((environment) => environment.name),
		executables: () => defs.environments.flatMap((environment) => environment.executables.map((executable) => executable.label)),
		specs: () => defs.environments.flatMap((environment) => Object.entries(environment.specifiers).map(([key, value]) => `${key}=${value}`)),
	}[only[0]]();
	if (names) {
		process.stdout.write([...new Set(names)].map((one) => printable(one) + '\n').join(''));
		return 0;
	}

	const store = new SecretStore();
	const values = store.values();
	const shell = chosenShell(store.home, defs.shell, flags.shell as string | undefined);
	const lines = [
		...defs.files.map((file) => {
			const count = defs.environments.filter((environment) => environment.file === file).length;
			return `${file}: ${count} environment${count === 1 ? '' : 's'}`;
		}),
		`shell: ${describeShell(shell)} (${shell.from})`,
	];
	for (const environment of defs.environments) {
		lines.push('', ...describeEnvironment(environment, values));
	}

	const warnings = definitionWarnings(defs, values);
	if (warnings.length > 0) {
		lines.push('');
		for (const warning of warnings) {
			lines.push(`warning: ${warning.message}${/[.?]$/.test(warning.message) ? "" : "."}`);
		}
	}

	// Text from the definitions file is made printable: no escape sequence in it reaches the terminal.
	process.stdout.write(printableLines(hideStoredValues(lines.join('\n') + '\n', values)));
	return 0;
}

function describeEnvironment(environment: Environment, values: Map<string, string>): string[] {
	const named = Object.keys(environment.specifiers).length > 0 ? `${environment.name} (${describeSpecifiers(environment.specifiers)})` : environment.name;
	const lines = [named, `  from ${environment.file}`, ...environment.problems.map((problem) => `  cannot run: ${problem.replace(/^The environment \S+ cannot run: /, '').replace(`${environment.file}, `, '')}`)];
	const missing = [...new Set(environment.secrets.flatMap((mapping) => secretsOf(mapping)).filter((name) => !values.has(name)))];
	lines.push(`  secrets: ${environment.secrets.length > 0 ? environment.secrets.map((mapping) => describeMapping(mapping)).join(', ') : 'none'}`);
	if (missing.length > 0) {
		lines.push(`  missing from the store: ${missing.join(', ')}`);
	}

	if (environment.setup) {
		const setupLines = environment.setup.split('\n');
		lines.push(`  setup: ${setupLines[0]}${setupLines.length > 1 ? ` (+${setupLines.length - 1} more line${setupLines.length === 2 ? '' : 's'})` : ''}`);
	}

	if (environment.executables.length === 0) {
		lines.push('  executables: none');
	}

	for (const executable of environment.executables) {
		lines.push(`  executable ${executable.label}`);
		for (const [index, instance] of executable.instances.entries()) {
			const details = [instance.num_cores === undefined || instance.num_cores === null ? 'any number of cores' : `cores ${describeCores(instance.num_cores)}`];
			if (instance.parallel_mode) {
				details.push(`parallel mode ${instance.parallel_mode}`);
			}

			const placeholders = placeholdersOf(environment, executable.label, index);
			if (placeholders.length > 0) {
				const script = placeholders.some((name) => SCRIPT_PLACEHOLDERS.includes(name)) ? ['--script PATH'] : [];
				const params = placeholders.filter((name) => !SCRIPT_PLACEHOLDERS.includes(name)).map((name) => `--param ${name}=`);
				details.push(`needs ${[...script, ...params].join(' ')}`);
			}

			lines.push(`    ${instance.command.split('\n').join(' ⏎ ')}  (${details.join('; ')})`);
		}
	}

	const extra = Object.keys(environment.extra);
	if (extra.length > 0) {
		lines.push(`  other keys: ${extra.map((key) => `${key}: ${short(environment.extra[key])}`).join('; ')}`);
	}

	return lines;
}

function short(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
