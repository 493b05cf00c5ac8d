// Where and how a text fails to be JSON, without quoting it: JSON.parse's own message shows up to
// ~10 characters of the text (a secret's first characters), so the store's damage report is built from
// this instead. Only called after JSON.parse has failed. Iterative (a stack of containers), so a hostile
// file of a million `[` cannot overflow the call stack.

export type JsonDamage = {
	/** Offset in UTF-16 units into the text (converted to bytes and lines by the caller). */
	offset: number;
	kind: string;
};

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function locateJsonDamage(text: string): JsonDamage {
	let index = 0;
	const stack: Array<'object' | 'array'> = [];
	// What the scanner expects next.
	let expect = 'value' as Expect;

	const skipSpace = () => {
		while (index < text.length && WHITESPACE.has(text[index]!)) {
			index++;
		}
	};

	const afterValue = () => {
		expect = stack.length === 0 ? 'end' : 'comma-or-close';
	};

	while (true) {
		skipSpace();
		if (index >= text.length) {
			return expect === 'end' ? {offset: index, kind: 'JSON.parse refused it'} : {offset: index, kind: 'it ends too early (the file is cut short)'};
		}

		const character = text[index]!;
		switch (expect) {
			case 'end':
				return {offset: index, kind: 'there is more text after the JSON value'};
			case 'colon':
				if (character !== ':') {
					return {offset: index, kind: 'a ":" is missing after a key'};
				}

				index++;
				expect = 'value';
				continue;
			case 'comma-or-close': {
				const top = stack.at(-1)!;
				if (character === ',') {
					index++;
					expect = top === 'object' ? 'key' : 'value';
					continue;
				}

				if ((top === 'object' && character === '}') || (top === 'array' && character === ']')) {
					index++;
					stack.pop();
					afterValue();
					continue;
				}

				return {offset: index, kind: `a "," or "${top === 'object' ? '}' : ']'}" is missing`};
			}

			case 'key':
			case 'key-or-close': {
				if (expect === 'key-or-close' && character === '}') {
					index++;
					stack.pop();
					afterValue();
					continue;
				}

				if (character !== '"') {
					return {offset: index, kind: 'a key is not a double-quoted string'};
				}

				const problem = scanString();
				if (problem) {
					return problem;
				}

				expect = 'colon';
				continue;
			}

			case 'value':
			case 'value-or-close': {
				if (expect === 'value-or-close' && character === ']') {
					index++;
					stack.pop();
					afterValue();
					continue;
				}

				if (character === '{') {
					index++;
					stack.push('object');
					expect = 'key-or-close';
					continue;
				}

				if (character === '[') {
					index++;
					stack.push('array');
					expect = 'value-or-close';
					continue;
				}

				const problem = character === '"' ? scanString() : scanScalar();
				if (problem) {
					return problem;
				}

				afterValue();
				continue;
			}
		}
	}

	function scanString(): JsonDamage | undefined {
		const start = index;
		index++;
		while (index < text.length) {
			const code = text.charCodeAt(index);
			if (code === 0x22) {
				index++;
				return undefined;
			}

			if (code < 0x20) {
				return {offset: index, kind: 'a string holds a raw control character'};
			}

			if (code === 0x5c) {
				const next = text[index + 1];
				if (next === 'u') {
					if (!/^[\dA-Fa-f]{4}$/.test(text.slice(index + 2, index + 6))) {
						return {offset: index, kind: 'a string holds a bad \\u escape'};
					}

					index += 6;
					continue;
				}

				if (next === undefined || !'"\\/bfnrt'.includes(next)) {
					return {offset: index, kind: 'a string holds a bad escape'};
				}

				index += 2;
				continue;
			}

			index++;
		}

		return {offset: start, kind: 'a string is never closed (the file is cut short)'};
	}

	function scanScalar(): JsonDamage | undefined {
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, index)) {
				index += word.length;
				return undefined;
			}
		}

		const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
		if (number && number[0].length > 0) {
			index += number[0].length;
			return undefined;
		}

		return {offset: index, kind: 'a value is not JSON (not a string, number, object, array, true, false or null)'};
	}
}

/** 1-based line and column (in characters) of an offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let lineStart = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
		line++;
		lineStart = index + 1;
	}

	return {line, column: offset - lineStart + 1};
}
