// Editing one line of text at a cursor: the form's fields and the run panel's fields both edit this way.

export type TextEdit = {type: 'insert'; text: string} | {type: 'erase'} | {type: 'cursor'; to: 'left' | 'right' | 'start' | 'end'};

export function editText(text: string, at: number, action: TextEdit): {text: string; at: number} {
	switch (action.type) {
		case 'insert': {
			return {text: text.slice(0, at) + action.text + text.slice(at), at: at + action.text.length};
		}

		case 'erase': {
			if (at === 0) {
				return {text, at};
			}

			// A surrogate pair (an emoji) goes as one character.
			const size = at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1]!) && /[\uD800-\uDBFF]/.test(text[at - 2]!) ? 2 : 1;
			return {text: text.slice(0, at - size) + text.slice(at), at: at - size};
		}

		case 'cursor': {
			const to = {left: Math.max(0, at - 1), right: Math.min(text.length, at + 1), start: 0, end: text.length}[action.to];
			return {text, at: to};
		}
	}
}
