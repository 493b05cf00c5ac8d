// The zsh completion script: `eval "$(secrets-tui completion zsh)"` in ~/.zshrc after compinit, or
// saved as _secrets-tui in a folder of $fpath.
import {namesOf, singleQuote, type CommandModel, type CompletionModel, type OptionModel} from './model.js';

const q = (text: string) => singleQuote(text, 'zsh');
/** `_describe` splits NAME:DESCRIPTION at the first colon. */
const described = (name: string, description: string) => q(`${name.replaceAll(':', '\\:')}:${description}`);

function optionRows(options: OptionModel[]): string[] {
	return options.flatMap((option) => [option.long, ...(option.short ? [option.short] : [])].map((name) => described(name, option.description)));
}

function caseRows(commands: CommandModel[], body: (command: CommandModel) => string | undefined): string[] {
	return commands.flatMap((command) => {
		const text = body(command);
		return text === undefined ? [] : [`\t\t${namesOf(command).map((name) => q(name)).join('|')}) ${text} ;;`];
	});
}

export function zshScript(model: CompletionModel): string {
	const {commands} = model;
	const commandRows = commands.flatMap((command) => namesOf(command).map((name) => described(name, command.summary)));
	const options = caseRows(commands, (command) => `opts=(${[...optionRows(command.options), ...(command.rest ? [described('--', 'what follows is for the program')] : [])].join(' ')})`);
	const values = commands.flatMap((command) =>
		command.options
			.filter((option) => option.takesValue)
			.map((option) => `\t\t${[option.long, ...(option.short ? [option.short] : [])].map((name) => q(`${command.name} ${name}`)).join('|')}) kind=${option.complete ?? 'none'} ;;`),
	);
	const args = commands.flatMap((command) => command.args.map((kind, index) => `\t\t${q(`${command.name} ${index}`)}) kind=${kind} ;;`));
	const rests = caseRows(commands, (command) => (command.rest ? `kind=${command.rest}` : undefined));
	const canonical = commands.filter((command) => command.aliases.length > 0).map((command) => `\t\t${command.aliases.map((alias) => q(alias)).join('|')}) cmd=${command.name} ;;`);
	const topValues = model.topOptions.filter((option) => option.takesValue).map((option) => q(option.long));
	return `#compdef secrets-tui
# zsh completion for secrets-tui: commands, options, secret names and environment names.
# Load it with: eval "$(secrets-tui completion zsh)"   (in ~/.zshrc, after compinit)
# or save it as _secrets-tui in a folder of $fpath. Names come from \`secrets-tui list --names\` and
# \`secrets-tui envs --names\`: never a value.

# $first is the first argument typed (the ENV of run and submit): executables and specifiers are that environment's.
_secrets_tui_offer() {
	local -a items
	case $1 in
		secret) items=(\${(f)"$(command secrets-tui list --names --all 2>/dev/null)"}); compadd -a items ;;
		executable) [[ -n $first ]] && items=(\${(f)"$(command secrets-tui envs "$first" --executables 2>/dev/null)"}); compadd -a items ;;
		spec) items=(\${(f)"$(command secrets-tui envs \${first:+"$first"} --specs 2>/dev/null)"}); compadd -a items ;;
		store) items=(\${(f)"$(command secrets-tui store list --names 2>/dev/null)"}); compadd -a items ;;
		store-command) compadd ${model.storeCommands.join(' ')} ;;
		user) _users ;;
		env) items=(\${(f)"$(command secrets-tui envs --names 2>/dev/null)"}); compadd -a items ;;
		shell) compadd bash zsh fish ;;
		command) items=(${commandRows.join(' ')}); _describe -t commands 'command' items ;;
		program) _command_names -e ;;
		file) _files ;;
	esac
}

_secrets_tui() {
	local cmd='' word kind='' i position=0 dashdash=0 after=0 first=''
	local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]}
	local -a opts
	for ((i = 2; i < CURRENT; i++)); do
		word=\${words[i]}
		if [[ -z $cmd ]]; then
			case $word in
				${topValues.join('|') || "''"}) ((i++)) ;;
				-*) ;;
				*) cmd=$word
					case $cmd in
${canonical.join('\n')}
					esac ;;
			esac
		elif ((dashdash)); then
			((after++))
		elif [[ $word == -- ]]; then
			dashdash=1
		elif [[ $word == -* ]]; then
			kind=''
			case "$cmd $word" in
${values.join('\n')}
			esac
			[[ $word != *=* && -n $kind ]] && ((i++))
		else
			((position++ == 0)) && first=$word
		fi
	done

	if [[ -z $cmd ]]; then
		case $prev in
			${topValues.join('|') || "''"}) _files; return ;;
		esac
		if [[ $cur == -* ]]; then
			opts=(${optionRows(model.topOptions).join(' ')})
			_describe -t options 'option' opts
		else
			_secrets_tui_offer command
		fi
		return
	fi

	kind=''
	if ((dashdash)); then
		case $cmd in
${rests.join('\n')}
		esac
		[[ $kind == command ]] && { ((after > 0)) && kind=file || kind=program; }
		_secrets_tui_offer $kind
		return
	fi

	if [[ $prev == -* && $prev != *=* ]]; then
		case "$cmd $prev" in
${values.join('\n')}
		esac
		if [[ -n $kind ]]; then
			_secrets_tui_offer $kind
			return
		fi
	fi

	if [[ $cur == -* ]]; then
		case $cmd in
${options.join('\n')}
		esac
		_describe -t options 'option' opts
		return
	fi

	case "$cmd $position" in
${args.join('\n')}
	esac
	_secrets_tui_offer $kind
}

if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
	_secrets_tui "$@"
else
	compdef _secrets_tui secrets-tui
fi
`;
}
