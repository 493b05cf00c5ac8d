// Entry point: a subcommand runs without ever loading ink or React; no subcommand opens the TUI.
import {isUserError} from './util/errors.js';
import {COMMANDS, findCommand} from './cli/registry.js';
import {VERSION} from './util/version.js';
import {guardOutputWhenUsed} from './util/output.js';
import {excludeMemoryFromCoreDumps} from './util/core-dumps.js';
import {columns} from './cli/spec.js';
import {printable, printableLines} from './util/printable.js';
import {didYouMean} from './util/nearest.js';
import {takeGlobalOptions, type GlobalOptions} from './cli/global-options.js';
import {GLOBAL_FLAGS, flagLabel} from './cli/spec.js';

function overallHelp(): string {
	const rows = columns(COMMANDS.map((command) => [command.name, command.summary + (command.aliases ? ` (${command.aliases.join(', ')})` : '')]));
	return [
		'Keep your secrets on this machine and launch the programs that need them.',
		'',
		'Usage',
		'  $ secrets-tui                 open the terminal UI',
		'  $ secrets-tui COMMAND [...]   for scripts',
		'',
		'Commands',
		...rows,
		'',
		'Options',
		...columns([
			['--help, -h', 'show help (also of a command: secrets-tui set --help, or secrets-tui help set)'],
			['--version, -v', 'show the version'],
			...Object.entries(GLOBAL_FLAGS).map(([name, flag]): [string, string] => [flagLabel(name, flag), `${flag.description}; any command takes it`]),
		]),
		'',
		'Options of the terminal UI',
		...columns([
			['--reveal-timeout SECONDS', 'mask a shown value again after this long (default 30; 0 never)'],
			['--envs FILE', 'environment definitions for the run panel'],
		]),
		'',
		'Environment',
		...columns([
			['SECRETS_TUI_HOME', 'the folder of the store (default: the user data directory)'],
			['SECRETS_TUI_ENVS', 'the environment definitions file'],
			['NO_COLOR', 'set to anything but empty: no colour, as --no-color (FORCE_COLOR=1 colours where the output alone would not)'],
		]),
	].join('\n');
}

async function main(given: string[]): Promise<number> {
	const {argv, globals} = takeGlobalOptions(given);
	return dispatch(argv, globals);
}

async function dispatch(argv: string[], globals: GlobalOptions): Promise<number> {
	const [first, ...rest] = argv;
	if (first === 'help' && rest.length > 0) {
		// `secrets-tui help set` is `secrets-tui set --help`.
		return dispatch([...rest.slice(0, 1), '--help'], globals);
	}

	if (first === '--help' || first === '-h' || first === 'help') {
		process.stdout.write(overallHelp() + '\n');
		return 0;
	}

	if (first === '--version' || first === '-v') {
		process.stdout.write(VERSION + '\n');
		return 0;
	}

	if (first === undefined || first.startsWith('-')) {
		if (argv.includes('--help') || argv.includes('-h')) {
			process.stdout.write(overallHelp() + '\n');
			return 0;
		}

		const {startTui} = await import('./ui/start.js');
		return startTui(argv, globals);
	}

	const command = findCommand(first);
	if (!command) {
		const names = COMMANDS.map((c) => c.name).join(', ');
		const near = didYouMean(first, COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]));
		process.stderr.write(`secrets-tui: There is no command "${printable(first)}"${near}; the commands are ${names} (secrets-tui --help describes them).\n`);
		return 2;
	}

	const module = await command.load();
	return module.run(rest, COMMANDS);
}

// Before any value is read: this process's core dumps leave its memory out (its children's do not).
excludeMemoryFromCoreDumps();
guardOutputWhenUsed();

// Not a top-level await: dist/cli.js is a CommonJS script (scripts/build.mjs says why).
main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (isUserError(error)) {
			// The one printer of error sentences: text they quote from files, argv or a scheduler is shown printable.
			process.stderr.write(`secrets-tui: ${printableLines(error.message)}\n`);
			process.exitCode = error.exitCode;
		} else {
			process.stderr.write(`secrets-tui: Unexpected error. This is a bug: please report it with what follows.\n${printableLines((error as Error)?.stack ?? String(error))}\n`);
			process.exitCode = 1;
		}
	},
);
