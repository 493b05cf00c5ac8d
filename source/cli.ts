// Entry point: a subcommand runs without ever loading ink or React; no subcommand opens the TUI.
import {isUserError} from './core/errors.js';
import {COMMANDS, findCommand} from './commands/registry.js';
import {VERSION} from './core/version.js';
import {guardOutput} from './core/output.js';

function overallHelp(): string {
	const width = Math.max(...COMMANDS.map((command) => command.name.length));
	const rows = COMMANDS.map((command) => {
		const aliases = command.aliases ? ` (${command.aliases.join(', ')})` : '';
		return `  ${command.name.padEnd(width)}  ${command.summary}${aliases}`;
	});
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
		'  --help, -h   show help (also after a command: secrets-tui set --help)',
		'  --version    show the version',
		'',
		'Options of the terminal UI',
		'  --reveal-timeout SECONDS   mask a shown value again after this long (default 30; 0 never)',
		'  --envs FILE                environment definitions for the run panel',
		'',
		'Environment',
		'  SECRETS_TUI_HOME   the folder of the store (default: the user data directory)',
		'  SECRETS_TUI_ENVS   the environment definitions file',
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [first, ...rest] = argv;
	if (first === '--help' || first === '-h' || first === 'help') {
		process.stdout.write(overallHelp() + '\n');
		return 0;
	}

	if (first === '--version' || first === '-v') {
		process.stdout.write(VERSION + '\n');
		return 0;
	}

	if (first === undefined || first.startsWith('-')) {
		const {startTui} = await import('./ui/start.js');
		return startTui(argv);
	}

	const command = findCommand(first);
	if (!command) {
		process.stderr.write(`secrets-tui: there is no command "${first}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}; see secrets-tui --help.\n`);
		return 2;
	}

	const module = await command.load();
	return module.run(rest);
}

guardOutput(process.stdout, 'standard output');
guardOutput(process.stderr, 'standard error');

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (isUserError(error)) {
		process.stderr.write(`secrets-tui: ${error.message}\n`);
		process.exitCode = error.exitCode;
	} else {
		process.stderr.write(`secrets-tui: unexpected error (a bug; please report it):\n${(error as Error)?.stack ?? String(error)}\n`);
		process.exitCode = 1;
	}
}
