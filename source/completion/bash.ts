// The bash completion script: `eval "$(secrets-tui completion bash)"` in ~/.bashrc.
import {namesOf, singleQuote, type CompletionModel} from './model.js';

export function bashScript(model: CompletionModel): string {
	const q = (text: string) => singleQuote(text, 'bash');
	const names = model.commands.flatMap((command) => namesOf(command));
	const cases = (rows: Array<[string[], string]>) => rows.filter(([patterns]) => patterns.length > 0).map(([patterns, body]) => `\t\t${patterns.map((p) => q(p)).join('|')}) ${body} ;;`);
	const canonical = cases(model.commands.filter((command) => command.aliases.length > 0).map((command) => [command.aliases, `echo ${command.name}`]));
	const options = cases(
		model.commands.map((command) => [[command.name], `echo ${q([...command.options.flatMap((option) => [option.long, ...(option.short ? [option.short] : [])]), ...(command.rest ? ['--'] : [])].join(' '))}`]),
	);
	const values = cases(
		model.commands.flatMap((command) =>
			command.options
				.filter((option) => option.takesValue)
				.map((option): [string[], string] => [[command.name + ' ' + option.long, ...(option.short ? [command.name + ' ' + option.short] : [])], `echo ${option.complete ?? 'none'}`]),
		),
	);
	const topValues = model.topOptions.filter((option) => option.takesValue).map((option) => option.long);
	const args = cases(model.commands.flatMap((command) => command.args.map((kind, index): [string[], string] => [[`${command.name} ${index}`], `echo ${kind}`])));
	const rests = cases(model.commands.filter((command) => command.rest).map((command) => [[command.name], `echo ${command.rest}`]));
	return `# bash completion for secrets-tui: commands, options, secret names and environment names.
# Load it with: eval "$(secrets-tui completion bash)"   (in ~/.bashrc)
# Names come from \`secrets-tui list --names\` and \`secrets-tui envs --names\`: never a value.

_secrets_tui_canonical() {
	case "$1" in
${canonical.join('\n')}
		*) echo "$1" ;;
	esac
}

_secrets_tui_options() {
	case "$1" in
${options.join('\n')}
	esac
}

# What the value of an option completes to (empty: the option takes no value).
_secrets_tui_value() {
	case "$1 $2" in
${values.join('\n')}
	esac
}

_secrets_tui_arg() {
	case "$1 $2" in
${args.join('\n')}
	esac
}

_secrets_tui_rest() {
	case "$1" in
${rests.join('\n')}
	esac
}

# The words of a kind, offered for $cur. $first is the first argument typed (the ENV of run and submit):
# executables and specifiers are that environment's.
_secrets_tui_offer() {
	local words=""
	case "$1" in
		secret) words="$(command secrets-tui list --names --all 2>/dev/null)" ;;
		executable) [[ -n $first ]] || return; words="$(command secrets-tui envs "$first" --executables 2>/dev/null)" ;;
		spec) words="$(command secrets-tui envs \${first:+"$first"} --specs 2>/dev/null)" ;;
		store) words="$(command secrets-tui store list --names 2>/dev/null)" ;;
		store-command) words=${q(model.storeCommands.join(' '))} ;;
		user) COMPREPLY=($(compgen -u -- "$cur")); return ;;
		env) words="$(command secrets-tui envs --names 2>/dev/null)" ;;
		shell) words="bash zsh fish" ;;
		command) words=${q(names.join(' '))} ;;
		program) COMPREPLY=($(compgen -c -- "$cur")); return ;;
		file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
		*) return ;;
	esac
	local IFS=$'\\n'
	COMPREPLY=($(compgen -W "$words" -- "$cur"))
	# bash splits a word at = (COMP_WORDBREAKS) and replaces only what follows the last =.
	if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
		local at prefix="\${cur%"\${cur##*=}"}"
		for at in "\${!COMPREPLY[@]}"; do COMPREPLY[at]="\${COMPREPLY[at]#"$prefix"}"; done
	fi
}

_secrets_tui() {
	# The words as typed: bash splits version=3.11 into version, = and 3.11; join them again.
	local -a line=()
	local cword=0 j
	for ((j = 0; j < \${#COMP_WORDS[@]}; j++)); do
		if ((j > 1)) && [[ \${COMP_WORDS[j]} == = || \${COMP_WORDS[j-1]} == = ]]; then
			line[\${#line[@]}-1]+="\${COMP_WORDS[j]}"
		else
			line+=("\${COMP_WORDS[j]}")
		fi
		((j == COMP_CWORD)) && cword=$((\${#line[@]} - 1))
	done
	local cur="\${line[cword]}" prev="\${line[cword-1]}"
	local cmd="" word kind i position=0 dashdash=0 after=0 first=""
	COMPREPLY=()
	for ((i = 1; i < cword; i++)); do
		word="\${line[i]}"
		if [[ -z $cmd ]]; then
			case "$word" in
				${topValues.map((option) => q(option)).join('|') || "''"}) ((i++)) ;;
				-*) ;;
				*) cmd="$(_secrets_tui_canonical "$word")" ;;
			esac
		elif ((dashdash)); then
			((after++))
		elif [[ $word == -- ]]; then
			dashdash=1
		elif [[ $word == -* ]]; then
			[[ $word != *=* && -n $(_secrets_tui_value "$cmd" "$word") ]] && ((i++))
		else
			((position++ == 0)) && first=$word
		fi
	done

	if [[ -z $cmd ]]; then
		case "$prev" in
			${topValues.map((option) => q(option)).join('|') || "''"}) _secrets_tui_offer file; return ;;
		esac
		local IFS=$'\\n'
		COMPREPLY=($(compgen -W "$(printf '%s\\n' ${names.map((name) => q(name)).join(' ')} ${model.topOptions.flatMap((option) => [option.long, ...(option.short ? [option.short] : [])]).map((option) => q(option)).join(' ')})" -- "$cur"))
		return
	fi

	if ((dashdash)); then
		kind="$(_secrets_tui_rest "$cmd")"
		[[ $kind == command && $after -gt 0 ]] && kind=file
		[[ $kind == command ]] && kind=program
		_secrets_tui_offer "$kind"
		return
	fi

	if [[ $prev == -* && $prev != *=* ]]; then
		kind="$(_secrets_tui_value "$cmd" "$prev")"
		if [[ -n $kind ]]; then
			_secrets_tui_offer "$kind"
			return
		fi
	fi

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_secrets_tui_options "$cmd")" -- "$cur"))
		return
	fi

	_secrets_tui_offer "$(_secrets_tui_arg "$cmd" "$position")"
}

complete -F _secrets_tui secrets-tui
`;
}
