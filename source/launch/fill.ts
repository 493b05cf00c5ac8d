// Fills `<<name>>` placeholders the way the text around them reads them. hpcflow joins `<<args>>` with
// spaces and pastes every value in as it is; pasted into a shell, a value with a space, a quote or a `$`
// then means something else. Here each value is escaped for the place it lands in:
//   outside quotes        one shell word each (args: one word per argument)
//   inside "..."          escaped for that string; args joined by spaces (as hpcflow's join gives)
//   inside '...'          the same, for a single-quoted string
// so `-batch "addpath('<<script_dir>>'); <<script_name_no_ext>> <<args>>"` stays one string.
import {ARGS_PLACEHOLDER, PLACEHOLDER} from '../environments/placeholders.js';
import type {ShellKind} from './shell.js';
import {powershellQuote, shellJoin, shellQuote} from './quote.js';

type Context = 'bare' | 'double' | 'single';

export type FillValues = {
	params: Record<string, string>;
	args: string[];
};

/**
 * Replaces the placeholders of `text` that have a value; leaves the others as they are (the caller names
 * them). `<<args>>` is appended at the end, as separate words, when `appendArgs` and the text has none.
 */
export function fillPlaceholders(text: string, values: FillValues, kind: ShellKind, appendArgs: boolean): string {
	const contexts = quoteContexts(text, kind);
	let sawArgs = false;
	const filled = text.replaceAll(PLACEHOLDER, (whole, name: string, offset: number) => {
		const context = contexts(offset);
		if (name === ARGS_PLACEHOLDER && !Object.hasOwn(values.params, name)) {
			sawArgs = true;
			return context === 'bare' ? joinWords(values.args, kind) : escapeIn(values.args.join(' '), context, kind);
		}

		if (!Object.hasOwn(values.params, name)) {
			return whole;
		}

		const value = values.params[name]!;
		return context === 'bare' ? quoteWord(value, kind) : escapeIn(value, context, kind);
	});
	if (!sawArgs && appendArgs && values.args.length > 0) {
		return `${filled} ${joinWords(values.args, kind)}`;
	}

	return filled;
}

function joinWords(words: string[], kind: ShellKind): string {
	return kind === 'powershell' ? words.map((word) => powershellQuote(word)).join(' ') : shellJoin(words);
}

function quoteWord(word: string, kind: ShellKind): string {
	return kind === 'powershell' ? powershellQuote(word) : shellQuote(word);
}

function escapeIn(value: string, context: Exclude<Context, 'bare'>, kind: ShellKind): string {
	if (kind === 'powershell') {
		// In '...' only ' needs doubling; in "..." the backtick escapes ` " $.
		return context === 'single' ? value.replaceAll("'", "''") : value.replaceAll(/[`"$]/g, (character) => '`' + character);
	}

	// POSIX: in '...' nothing escapes, so close, add an escaped quote, reopen; in "..." \ escapes \ " $ `.
	return context === 'single' ? value.replaceAll("'", `'\\''`) : value.replaceAll(/[\\"$`]/g, (character) => '\\' + character);
}

/**
 * Reads the quoting of `text` once and answers, for an offset, whether it lies outside quotes or inside a
 * double- or single-quoted string. Follows `\` escapes, `#` comments, and `$(...)` / backticks, inside
 * which quoting starts afresh. Heredocs are read as plain lines.
 */
function quoteContexts(text: string, kind: ShellKind): (offset: number) => Context {
	const marks: Array<[number, Context]> = [];
	// A stack of open constructs: a quote, or a command substitution (whose own quoting starts bare).
	const stack: Array<'double' | 'single' | 'subst' | 'tick'> = [];
	const top = () => stack.at(-1);
	const contextNow = (): Context => {
		const open = top();
		return open === 'double' ? 'double' : open === 'single' ? 'single' : 'bare';
	};

	let depth: number[] = [];
	const escape = kind === 'powershell' ? '`' : '\\';
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (text.startsWith('<<', index)) {
			marks.push([index, contextNow()]);
		}

		const open = top();
		if (open === 'single') {
			if (character === "'") {
				if (kind === 'powershell' && text[index + 1] === "'") {
					index++;
				} else {
					stack.pop();
				}
			}

			continue;
		}

		if (character === escape) {
			index++;
			continue;
		}

		if (open === 'double') {
			if (character === '"') {
				stack.pop();
			} else if (character === '$' && text[index + 1] === '(') {
				stack.push('subst');
				depth.push(0);
				index++;
			} else if (character === '`' && kind === 'posix') {
				stack.push('tick');
			}

			continue;
		}

		// Bare, inside $(...) or inside backticks.
		if (character === '#' && (index === 0 || /[\s;&|(]/.test(text[index - 1]!))) {
			const end = text.indexOf('\n', index);
			index = end === -1 ? text.length : end - 1;
		} else if (character === '"') {
			stack.push('double');
		} else if (character === "'") {
			stack.push('single');
		} else if (character === '$' && text[index + 1] === '(') {
			stack.push('subst');
			depth.push(0);
			index++;
		} else if (character === '`' && kind === 'posix') {
			if (open === 'tick') {
				stack.pop();
			} else {
				stack.push('tick');
			}
		} else if (open === 'subst' && character === '(') {
			depth[depth.length - 1]!++;
		} else if (open === 'subst' && character === ')') {
			if (depth.at(-1) === 0) {
				stack.pop();
				depth = depth.slice(0, -1);
			} else {
				depth[depth.length - 1]!--;
			}
		}
	}

	return (offset) => marks.find(([at]) => at === offset)?.[1] ?? 'bare';
}
