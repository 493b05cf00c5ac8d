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
	/**
	 * Offered (footer, and the table a screen reports as its keys now) only when the screen has it: a
	 * secret selected, any secret at all, a job that has not ended, a team store registered, more than
	 * fits (to scroll).
	 */
	needs?: Need;
	match: (input: string, key: Key) => boolean;
};

export type Need = 'selection' | 'secrets' | 'liveJob' | 'stores' | 'overflow';

/** What the screen has right now; a need left out counts as met. */
export type KeyContext = Partial<Record<Need, boolean>>;

export function isOffered(binding: KeyBinding<string>, has?: KeyContext): boolean {
	return !binding.needs || has?.[binding.needs] !== false;
}

/** The table as offered now: without the bindings whose need is not met (the handler still reads the whole table). */
export function offeredTable<Action extends string>(table: KeyTable<Action>, has: KeyContext): KeyTable<Action> {
	const bindings = table.bindings.filter((binding) => isOffered(binding, has));
	return bindings.length === table.bindings.length ? table : {...table, bindings};
}

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
