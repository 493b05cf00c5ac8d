// What the secret list's keys ask of the app: a command (where it leads is navigation.ts's
// listCommandOutcome), copying, and the delete and undo questions with their answers (the writes
// themselves are useSecretActions'). Acts on the navigation as of the last key, ahead of the last frame.
import type {Key} from 'ink';
import {usedBySentence, type SecretUse} from '../environments/usage.js';
import {useCallback, type Dispatch, type RefObject} from 'react';
import {matchKey} from './keys/binding.js';
import {CONFIRM_KEYS} from './keys/formKeys.js';
import {listCommandOutcome, listOwnsKeys, type Navigation, type NavigationAction, type Screen} from './navigation.js';
import type {ListCommand} from './secrets/ListScreen.js';
import {selected, type ListState} from './secrets/listState.js';
import type {Status} from './shared/StatusLine.js';

export type ListCommandsOptions = {
	live: RefObject<Navigation>;
	navigate: Dispatch<NavigationAction>;
	setScreen: (screen: Screen) => void;
	liveList: RefObject<ListState>;
	setStatus: (status: Status | undefined) => void;
	quit: () => void;
	copy: (text: string) => void;
	/** How long a copied value stays on the clipboard, for the status sentence. */
	clipboardClearMs: number;
	/** The environments that name a secret (the delete question says so). */
	usesOf: RefObject<(name: string) => SecretUse[]>;
	/** The answer to `Delete NAME? (y/N)`. */
	remove: (name: string, yes: boolean) => void;
	/** `u`: undo the last delete or overwrite. */
	undo: () => void;
	/** The answer to the undo's question (it would write over a newer secret). */
	answerUndo: (name: string, yes: boolean) => void;
};

export function useListCommands({live, navigate, setScreen, liveList, setStatus, quit, copy, clipboardClearMs, remove, undo, answerUndo, usesOf}: ListCommandsOptions) {
	/** A command of the list's keys. */
	const onCommand = useCallback(
		(command: ListCommand) => {
			if (!listOwnsKeys(live.current)) {
				// The previous key already left the list; this one arrived before the next frame.
				return;
			}

			const current = selected(liveList.current);
			const outcome = listCommandOutcome(command, current?.name);
			switch (outcome.kind) {
				case 'quit': {
					quit();
					break;
				}

				case 'show': {
					if (outcome.clearStatus) {
						setStatus(undefined);
					}

					setScreen(outcome.screen);
					break;
				}

				case 'no-selection': {
					setStatus({text: 'There is no secret selected.', tone: 'error'});
					break;
				}

				case 'ask-delete': {
					navigate({type: 'ask-delete', name: outcome.name});
					const users = usedBySentence(usesOf.current(outcome.name));
					setStatus({text: `Delete ${outcome.name}?${users ? ` ${users}` : ''} (y/N)`, tone: 'question'});
					break;
				}

				case 'undo': {
					undo();
					break;
				}

				case 'copy': {
					copy(current!.value);
					setStatus({text: `Copied ${outcome.name} to the clipboard (OSC 52); it will be cleared in ${Math.round(clipboardClearMs / 1000)} s.`, tone: 'info'});
					break;
				}
			}
		},
		[live, liveList, quit, copy, clipboardClearMs, setScreen, navigate, setStatus, usesOf, undo],
	);

	/** A key while the delete question or the undo's question is asked: true when it answered it. */
	const answer = useCallback(
		(input: string, key: Key): boolean => {
			const {deleting, undoing} = live.current;
			if (deleting === undefined && undoing === undefined) {
				return false;
			}

			navigate({type: 'answered'});
			const yes = matchKey(CONFIRM_KEYS, input, key) === 'yes';
			if (deleting === undefined) {
				answerUndo(undoing!, yes);
			} else {
				remove(deleting, yes);
			}

			return true;
		},
		[live, navigate, remove, answerUndo],
	);

	return {onCommand, answer};
}
