// Parses dotenv text: NAME=value lines, `export NAME=value`, '#' comments, blank lines,
// 'single quotes' (literal), "double quotes" (\n \r \t \" \\ escapes, may span lines), and
// unquoted values (trimmed; ' #' starts a comment). Any other line is an error with its number.

export type DotenvEntry = {name: string; value: string; line: number};
export type DotenvProblem = {line: number; message: string};
export type DotenvResult = {entries: DotenvEntry[]; problems: DotenvProblem[]};

const ASSIGNMENT = /^\s*(?:export\s+)?([^\s=#]+)\s*=(.*)$/;

export function parseDotenv(text: string): DotenvResult {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const entries: DotenvEntry[] = [];
	const problems: DotenvProblem[] = [];

	for (let index = 0; index < lines.length; index++) {
		const lineNumber = index + 1;
		const line = lines[index]!;
		if (/^\s*(#.*)?$/.test(line)) {
			continue;
		}

		const match = ASSIGNMENT.exec(line);
		if (!match) {
			problems.push({line: lineNumber, message: 'expected NAME=value'});
			continue;
		}

		const name = match[1]!;
		let raw = match[2]!.trimStart();
		let value: string;

		if (raw.startsWith('"')) {
			// A double-quoted value may continue over the following lines until its closing quote.
			let body = raw.slice(1);
			let end = findClosingQuote(body);
			while (end === -1 && index + 1 < lines.length) {
				index++;
				body += '\n' + lines[index]!;
				end = findClosingQuote(body);
			}

			if (end === -1) {
				problems.push({line: lineNumber, message: 'the double quote that opens the value is never closed'});
				continue;
			}

			const after = body.slice(end + 1);
			if (!/^\s*(#.*)?$/.test(after)) {
				problems.push({line: lineNumber, message: 'unexpected text after the closing double quote'});
				continue;
			}

			value = unescapeDouble(body.slice(0, end));
		} else if (raw.startsWith("'")) {
			const end = raw.indexOf("'", 1);
			if (end === -1) {
				problems.push({line: lineNumber, message: 'the single quote that opens the value is never closed'});
				continue;
			}

			if (!/^\s*(#.*)?$/.test(raw.slice(end + 1))) {
				problems.push({line: lineNumber, message: 'unexpected text after the closing single quote'});
				continue;
			}

			value = raw.slice(1, end);
		} else {
			const comment = raw.search(/\s#/);
			if (comment !== -1) {
				raw = raw.slice(0, comment);
			}

			value = raw.trim();
		}

		entries.push({name, value, line: lineNumber});
	}

	return {entries, problems};
}

function findClosingQuote(body: string): number {
	for (let index = 0; index < body.length; index++) {
		if (body[index] === '\\') {
			index++;
		} else if (body[index] === '"') {
			return index;
		}
	}

	return -1;
}

function unescapeDouble(text: string): string {
	return text.replaceAll(/\\(.)/gs, (_match, character: string) => {
		switch (character) {
			case 'n':
				return '\n';
			case 'r':
				return '\r';
			case 't':
				return '\t';
			default:
				return character;
		}
	});
}
