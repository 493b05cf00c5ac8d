// The fish completion script: `secrets-tui completion fish > ~/.config/fish/completions/secrets-tui.fish`.
import {namesOf, singleQuote, type CompletionModel, type OptionModel} from './model.js';

const q = (text: string) => singleQuote(text, 'fish');

/** What `complete` gets for a value of this kind. */
function offer(kind: string | undefined, storeCommands: readonly string[]): string {
	switch (kind) {
		case 'secret':
			return "-x -a '(__secrets_tui_names)'";
		case 'env':
			return "-x -a '(__secrets_tui_envs)'";
		case 'executable':
			return "-x -a '(__secrets_tui_executables)'";
		case 'spec':
			return "-x -a '(__secrets_tui_specs)'";
		case 'file':
			return '-r -F';
		case 'shell':
			return "-x -a 'bash zsh fish'";
		case 'store':
			return "-x -a '(command secrets-tui store list --names 2>/dev/null)'";
		case 'store-command':
			return `-x -a ${q(storeCommands.join(' '))}`;
		case 'user':
			return "-x -a '(__fish_complete_users)'";
		case 'command':
			return "-x -a '(__secrets_tui_commands)'";
		case 'program':
			return "-x -a '(__fish_complete_command)'";
		default:
			return '-x';
	}
}

function optionLine(condition: string, option: OptionModel, storeCommands: readonly string[]): string {
	const long = `-l ${option.long.slice(2)}`;
	const short = option.short ? ` -s ${option.short.slice(1)}` : '';
	return `complete -c secrets-tui -n ${q(condition)} ${long}${short}${option.takesValue ? ' ' + offer(option.complete, storeCommands) : ''} -d ${q(option.description)}`;
}

export function fishScript(model: CompletionModel): string {
	const lines: string[] = [];
	const valued = model.commands.flatMap((command) =>
		command.options.filter((option) => option.takesValue).flatMap((option) => [option.long, ...(option.short ? [option.short] : [])].map((name) => `${command.name} ${name}`)),
	);
	const topValued = model.topOptions.filter((option) => option.takesValue).map((option) => option.long);
	for (const command of model.commands) {
		for (const name of namesOf(command)) {
			lines.push(`complete -c secrets-tui -n '__secrets_tui_state none' -a ${q(name)} -d ${q(command.summary)}`);
		}
	}

	for (const option of model.topOptions) {
		lines.push(optionLine('__secrets_tui_state top', option, model.storeCommands));
	}

	for (const command of model.commands) {
		for (const option of command.options) {
			lines.push(optionLine(`__secrets_tui_state options ${command.name}`, option, model.storeCommands));
		}

		for (const [index, kind] of command.args.entries()) {
			lines.push(`complete -c secrets-tui -n ${q(`__secrets_tui_state arg ${command.name} ${index}`)} ${offer(kind, model.storeCommands)}`);
		}

		if (command.rest) {
			lines.push(`complete -c secrets-tui -n ${q(`__secrets_tui_state dash ${command.name}`)} -a -- -d 'what follows is for the program'`);
			const first = command.rest === 'command' ? 'program' : command.rest;
			lines.push(`complete -c secrets-tui -n ${q(`__secrets_tui_state rest ${command.name} 0`)} ${offer(first, model.storeCommands)}`);
			lines.push(`complete -c secrets-tui -n ${q(`__secrets_tui_state rest ${command.name} more`)} ${offer(command.rest === 'command' ? 'file' : command.rest, model.storeCommands)}`);
		}
	}

	const canonical = model.commands
		.filter((command) => command.aliases.length > 0)
		.map((command) => `\t\t\tcase ${command.aliases.map((alias) => q(alias)).join(' ')}\n\t\t\t\tset cmd ${command.name}`);
	return `# fish completion for secrets-tui: commands, options, secret names and environment names.
# Install it with: secrets-tui completion fish > ~/.config/fish/completions/secrets-tui.fish
# Names come from \`secrets-tui list --names\` and \`secrets-tui envs --names\`: never a value.

function __secrets_tui_names
	command secrets-tui list --names --all 2>/dev/null
end

function __secrets_tui_envs
	command secrets-tui envs --names 2>/dev/null
end

# The executables and specifiers of the environment typed first (the ENV of run and submit).
function __secrets_tui_executables
	set -l first (__secrets_tui_state first)
	test -n "$first"; and command secrets-tui envs $first --executables 2>/dev/null
end

function __secrets_tui_specs
	command secrets-tui envs (__secrets_tui_state first) --specs 2>/dev/null
end

function __secrets_tui_commands
	printf '%s\\n' ${model.commands.flatMap((command) => namesOf(command)).map((name) => q(name)).join(' ')}
end

# Where the cursor is: "top" or "none" (no command yet; none: not after an option that takes a value),
# "options CMD", "dash CMD" (a word starting with -), "arg CMD N", "rest CMD 0|more"; "first" prints the
# first argument after the command.
function __secrets_tui_state
	set -l words (commandline -opc)
	set -e words[1]
	set -l cmd ''
	set -l position 0
	set -l dashdash 0
	set -l after 0
	set -l skip 0
	set -l first
	for word in $words
		if test $skip = 1
			set skip 0
			continue
		end
		if test -z "$cmd"
			if contains -- $word ${topValued.map((option) => q(option)).join(' ')}
				set skip 1
			else if not string match -q -- '-*' $word
				set cmd $word
				switch $cmd
${canonical.join('\n')}
				end
			end
		else if test $dashdash = 1
			set after (math $after + 1)
		else if test "$word" = '--'
			set dashdash 1
		else if string match -q -- '-*' $word
			if not string match -q -- '*=*' $word; and contains -- "$cmd $word" $__secrets_tui_valued
				set skip 1
			end
		else
			test $position = 0; and set first $word
			set position (math $position + 1)
		end
	end
	switch $argv[1]
		case first
			set -q first[1]; and printf '%s\\n' $first
			return 0
		case top
			test -z "$cmd"
			return $status
		case options
			# Also when the word before the cursor is an option that takes a value: fish then completes only that value.
			test "$cmd" = "$argv[2]"; and test $dashdash = 0
			return $status
		case dash
			test "$cmd" = "$argv[2]"; and test $dashdash = 0; and test $skip = 0; and string match -q -- '-*' (commandline -ct)
			return $status
	end
	# The word before the cursor is an option that takes a value: nothing else applies.
	test $skip = 1; and return 1
	switch $argv[1]
		case none
			test -z "$cmd"
		case arg
			test "$cmd" = "$argv[2]"; and test $dashdash = 0; and test $position = $argv[3]; and not string match -q -- '-*' (commandline -ct)
		case rest
			test "$cmd" = "$argv[2]"; and test $dashdash = 1; or return 1
			if test $argv[3] = 0
				test $after = 0
			else
				test $after -gt 0
			end
	end
end

set -g __secrets_tui_valued ${valued.map((text) => q(text)).join(' ')}

complete -c secrets-tui -f
${lines.join('\n')}
`;
}
