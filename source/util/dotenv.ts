// Parses dotenv text the way dotenv (the parser most Node and many Python tools use) reads it, so that a
// researcher's .env gives the values their programs see:
//   NAME=value, `export NAME=value`, `NAME: value`; `#` comments and blank lines;
//   'single', "double" and `backtick` quotes, each may span lines and holds the other quotes; a quote
//   preceded by a backslash does not close the value (the backslash is kept, as dotenv keeps it);
//   in "double" quotes only \n and \r are escapes (a newline, a carriage return); nothing else is;
//   unquoted values end at the first `#` and are trimmed; a quoted value followed by other text on its line
//   is read as an unquoted one (quotes kept), as dotenv does; CRLF and a leading BOM are read as dotenv does.
// Where secrets-tui differs on purpose: a line dotenv skips silently (no NAME=) is reported with its number
// (and `import` then stores nothing).
// `dotenvValue` writes a value back in this syntax so that both dotenv and this parser read it byte-identical.

export type DotenvEntry = {name: string; value: string; line: number};
export type DotenvProblem = {line: number; message: string};
export type DotenvResult = {entries: DotenvEntry[]; problems: DotenvProblem[]};

const QUOTES = `'"\``;
// A name (dotenv's key characters), after an optional `export `, then `=` or `: `.
const ASSIGNMENT = /[ \t]*(?:export[ \t]+)?([\w.-]+)(?:[ \t]*=[ \t]*|:[ \t]+)/y;
const BLANK_OR_COMMENT = /^[^\S\n]*(?:#[^\n]*)?$/;

export function parseDotenv(input: string): DotenvResult {
	const text = input.replace(/^\uFEFF/, '').replaceAll(/\r\n?/g, '\n');
	const starts = lineStarts(text);
	const lineAt = (offset: number) => upperBound(starts, offset);
	const entries: DotenvEntry[] = [];
	const problems: DotenvProblem[] = [];
	let at = 0;
	while (at < text.length) {
		const lineEnd = endOfLine(text, at);
		const line = text.slice(at, lineEnd);
		if (BLANK_OR_COMMENT.test(line)) {
			at = lineEnd + 1;
			continue;
		}

		ASSIGNMENT.lastIndex = at;
		const match = ASSIGNMENT.exec(text);
		if (!match) {
			problems.push({line: lineAt(at), message: 'expected NAME=value (dotenv skips this line)'});
			at = lineEnd + 1;
			continue;
		}

		const name = match[1]!;
		const valueStart = ASSIGNMENT.lastIndex;
		const quoted = readQuoted(text, valueStart);
		if (quoted) {
			entries.push({name, value: quoted.value, line: lineAt(at)});
			at = endOfLine(text, quoted.end) + 1;
			continue;
		}

		// Unquoted (or a quote that does not close where a value may end): up to the first `#`, trimmed.
		const hash = text.indexOf('#', valueStart);
		const raw = text.slice(valueStart, hash === -1 || hash > lineEnd ? lineEnd : hash).trim();
		entries.push({name, value: unquote(raw), line: lineAt(at)});
		at = lineEnd + 1;
	}

	return {entries, problems};
}

/**
 * A value in quotes starting at `from` (after blanks): its text and where its closing quote is. The closing
 * quote is the first one not after a backslash, else (going back) one after a backslash; it must end its
 * line but for blanks and a comment. Undefined when there is no such quote.
 */
function readQuoted(text: string, from: number): {value: string; end: number} | undefined {
	let open = from;
	while (text[open] === ' ' || text[open] === '\t') {
		open++;
	}

	const quote = text[open];
	if (quote === undefined || !QUOTES.includes(quote)) {
		return undefined;
	}

	const escaped: number[] = [];
	let closing: number | undefined;
	for (let index = open + 1; index < text.length; index++) {
		if (text[index] === '\\' && text[index + 1] === quote) {
			escaped.push(index + 1);
			index++;
		} else if (text[index] === quote) {
			closing = index;
			break;
		}
	}

	const candidates = [...(closing === undefined ? [] : [closing]), ...escaped.reverse()];
	for (const end of candidates) {
		if (BLANK_OR_COMMENT.test(text.slice(end + 1, endOfLine(text, end + 1)))) {
			return {value: unquote(text.slice(open, end + 1)), end};
		}
	}

	return undefined;
}

/** Strips one pair of matching quotes around the whole value; in double quotes, \n and \r become the characters. */
function unquote(raw: string): string {
	const quote = raw[0];
	const strip = raw.length >= 2 && quote !== undefined && QUOTES.includes(quote) && raw.at(-1) === quote;
	const value = strip ? raw.slice(1, -1) : raw;
	return quote === '"' ? value.replaceAll('\\n', '\n').replaceAll('\\r', '\r') : value;
}

/**
 * The value in a form that dotenv and parseDotenv both read back byte-identical, or undefined when dotenv's
 * syntax cannot hold it (it has ', " and ` all, or a carriage return with " or a literal \n or \r).
 */
export function dotenvValue(value: string): string | undefined {
	if (!value.includes("'") && !value.includes('\r')) {
		return `'${value}'`;
	}

	if (!value.includes('`') && !value.includes('\r')) {
		return `\`${value}\``;
	}

	if (!value.includes('"') && !/\\[nr]/.test(value)) {
		return `"${value.replaceAll('\r', '\\r')}"`;
	}

	return undefined;
}

function endOfLine(text: string, from: number): number {
	const end = text.indexOf('\n', from);
	return end === -1 ? text.length : end;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
		starts.push(index + 1);
	}

	return starts;
}

/** The 1-based line holding `offset`. */
function upperBound(starts: number[], offset: number): number {
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (starts[middle]! <= offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}
