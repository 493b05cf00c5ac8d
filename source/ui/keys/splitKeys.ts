// Ink hands over a run of plain characters that arrived together (fast typing, a slow machine) as
// one input: "jd" or "NAME\rvalue". Split it back into the key presses it was made of.
import type {Key} from 'ink';

/** A key with no modifier and no special key: a plain character. */
export const PLAIN: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

export function splitKeys(input: string, key: Key): Array<[string, Key]> {
	const characters = [...input];
	if (characters.length <= 1 || key.ctrl || key.meta || key.escape) {
		return [[input, key]];
	}

	return characters.map((character): [string, Key] => {
		const code = character.codePointAt(0)!;
		if (character === '\r' || character === '\n') {
			return ['', {...PLAIN, return: true}];
		}

		if (character === '\t') {
			return ['', {...PLAIN, tab: true}];
		}

		if (code === 0x7f || code === 0x08) {
			return ['', {...PLAIN, delete: true}];
		}

		if (code < 0x20) {
			return [String.fromCharCode(code + 96), {...PLAIN, ctrl: true}];
		}

		return [character, {...PLAIN, shift: character !== character.toLowerCase()}];
	});
}
