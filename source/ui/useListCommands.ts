// What the secret list's keys ask of the app: a command (where it leads is navigation.ts's
// listCommandOutcome), copying, switching store, and the questions with their answers (the delete and the
// undo themselves are useSecretActions', the copy to a team store useCopyToStore's). Acts on the navigation as of the
// last key, ahead of the last frame.
import type {Key} from 'ink';
import {usedBySentence, type SecretUse} from '../environments/usage.js';
import {useCallback, type Dispatch, type RefObject} from 'react';
import {matchKey} from './keys/binding.js';
import {CONFIRM_KEYS} from './keys/formKeys.js';
import {listCommandOutcome, listOwnsKeys, type Navigation, type NavigationAction, type Screen} from './navigation.js';
import type {ListCommand} from './secrets/ListScreen.js';
import {selected, type ListState} from './secrets/listState.js';
import type {SecretEntry} from '../store/store.js';
import type {Status} from './shared/StatusLine.js';
import type {CopyQuestion} from './stores/copyQuestion.js';

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
	/** `u`: undo the last delete, overwrite or rename. */
	undo: () => void;
	/** The answer to the undo's question (it would write over a newer secret). */
	answerUndo: (name: string, yes: boolean) => void;
	/** S: the next store. */
	switchStore: () => void;
	/** C: the copy question to ask about a secret, and the next question after a key (useCopyToStore). */
	copyToStore: {ask: (entry: SecretEntry) => CopyQuestion | undefined; answer: (question: CopyQuestion, input: string, key: Key) => CopyQuestion | undefined};
};

export function useListCommands({live, navigate, setScreen, liveList, setStatus, quit, copy, clipboardClearMs, remove, undo, answerUndo, usesOf, switchStore, copyToStore}: ListCommandsOptions) {
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

				case 'copy': {
					copy(current!.value);
					setStatus({text: `Copied ${outcome.name} to the clipboard (OSC 52); it will be cleared in ${Math.round(clipboardClearMs / 1000)} s.`, tone: 'info'});
					break;
				}

				case 'switch-store': {
					switchStore();
					break;
				}

				case 'undo': {
					undo();
					break;
				}

				case 'ask-copy': {
					const question = copyToStore.ask(current!);
					if (question) {
						navigate({type: 'ask-copy', question});
					}

					break;
				}
			}
		},
		[live, liveList, quit, copy, clipboardClearMs, setScreen, navigate, setStatus, usesOf, switchStore, copyToStore, undo],
	);

	/** A key while a question is asked (delete, undo over a newer secret, or copy to store): true when it answered it. */
	const answer = useCallback(
		(input: string, key: Key): boolean => {
			const {deleting, undoing, copying} = live.current;
			if (copying) {
				navigate({type: 'answered'});
				const next = copyToStore.answer(copying, input, key);
				if (next) {
					navigate({type: 'ask-copy', question: next});
				}

				return true;
			}

			if (undoing !== undefined) {
				navigate({type: 'answered'});
				answerUndo(undoing, matchKey(CONFIRM_KEYS, input, key) === 'yes');
				return true;
			}

			if (deleting === undefined) {
				return false;
			}

			navigate({type: 'answered'});
			remove(deleting, matchKey(CONFIRM_KEYS, input, key) === 'yes');
			return true;
		},
		[live, navigate, remove, copyToStore, answerUndo],
	);

	return {onCommand, answer};
}
