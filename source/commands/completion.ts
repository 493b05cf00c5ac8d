import {UsageError} from '../util/errors.js';
import {bashScript} from '../completion/bash.js';
import {fishScript} from '../completion/fish.js';
import {completionModel, SHELLS, type Shell} from '../completion/model.js';
import {zshScript} from '../completion/zsh.js';
import {parseOrHelp} from '../cli/args.js';
import type {CommandEntry, CommandSpec} from '../cli/spec.js';

export const spec: CommandSpec = {
	name: 'completion',
	usage: 'bash|zsh|fish',
	minArgs: 1,
	complete: {args: ['shell']},
	help: `
Print a script that completes commands, options, secret names and environment names as you type.
The names are asked of \`secrets-tui list --names\` and \`secrets-tui envs --names\` when you press Tab,
so the script holds none, and never a value.

Install
  bash  echo 'eval "$(secrets-tui completion bash)"' >> ~/.bashrc
  zsh   echo 'eval "$(secrets-tui completion zsh)"' >> ~/.zshrc    # after compinit
  fish  secrets-tui completion fish > ~/.config/fish/completions/secrets-tui.fish
`,
};

const SCRIPTS: Record<Shell, typeof bashScript> = {bash: bashScript, zsh: zshScript, fish: fishScript};

export async function run(argv: string[], commands: readonly CommandEntry[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const shell = parsed.input[0]!;
	if (!(SHELLS as readonly string[]).includes(shell)) {
		throw new UsageError(`There is no completion for "${shell}"; choose one of ${SHELLS.join(', ')}, as in: secrets-tui completion bash.`);
	}

	process.stdout.write(SCRIPTS[shell as Shell](await completionModel(commands)));
	return 0;
}
