// Typed arguments as words, the way a shell splits them, with no expansion.

/**
 * Splits typed arguments as a shell would split words: spaces separate, quotes ('…' or "…") keep spaces,
 * a backslash escapes the next character. No expansion of any kind.
 */
export function splitWords(text: string): string[] {
	const words: string[] = [];
	let word = '';
	let inWord = false;
	let quote: '"' | "'" | undefined;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (quote) {
			if (character === quote) {
				quote = undefined;
			} else if (character === '\\' && quote === '"' && index + 1 < text.length) {
				word += text[++index];
			} else {
				word += character;
			}
		} else if (character === '"' || character === "'") {
			quote = character;
			inWord = true;
		} else if (character === '\\' && index + 1 < text.length) {
			word += text[++index];
			inWord = true;
		} else if (/\s/.test(character)) {
			if (inWord) {
				words.push(word);
			}

			word = '';
			inWord = false;
		} else {
			word += character;
			inWord = true;
		}
	}

	if (inWord) {
		words.push(word);
	}

	return words;
}
