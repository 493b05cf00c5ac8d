// Keys are data: each screen has one table of bindings. The same table drives the input handler
// (matchKey), the footer hints and the `?` help screen, so they cannot disagree.
import type {Key} from 'ink';

export type KeyBinding<Action extends string> = {
	/** How the key is written in the footer and help, e.g. "↑/k". */
	keys: string;
	/** A word or two for the footer. */
	label: string;
	/** A sentence for the help screen. */
	description: string;
	action: Action;
	/** Shown in the footer (the keys that matter most); every binding is shown in help. */
	footer?: boolean;
	/**
	 * Which footer hints stay when the terminal is too narrow for all: lower stays longer (default 5).
	 * Help and quit are pinned and never dropped.
	 */
	priority?: number;
	/** The footer's text when it is not `keys label` (one hint for a pair of keys, or a shorter one). */
	hint?: string;
	/** Offered in the footer only when there is a secret selected, any secret at all, a team store registered, or more than fits (to scroll). */
	needs?: 'selection' | 'secrets' | 'stores' | 'overflow';
	match: (input: string, key: Key) => boolean;
};

export type KeyTable<Action extends string> = {
	title: string;
	bindings: ReadonlyArray<KeyBinding<Action>>;
};

/** The action of the first binding that matches the key press, or undefined. */
export function matchKey<Action extends string>(table: KeyTable<Action>, input: string, key: Key): Action | undefined {
	for (const binding of table.bindings) {
		if (binding.match(input, key)) {
			return binding.action;
		}
	}

	return undefined;
}

/** A plain character key with no Ctrl or Meta. */
export const char =
	(...characters: string[]) =>
	(input: string, key: Key): boolean =>
		!key.ctrl && !key.meta && characters.includes(input);

/** Ctrl + a letter. */
export const ctrl =
	(letter: string) =>
	(input: string, key: Key): boolean =>
		key.ctrl && input === letter;

export const either =
	(...matchers: Array<(input: string, key: Key) => boolean>) =>
	(input: string, key: Key): boolean =>
		matchers.some((match) => match(input, key));

export const special =
	(name: keyof Key) =>
	(_input: string, key: Key): boolean =>
		Boolean(key[name]);
