// "Copy to store…" (C): asks which team store, then y/N (before replacing a name that exists there),
// then writes the personal secret's value, note and expiry there. The steps and their sentences are
// copyQuestion.ts's; this hook reads the target (only once it is picked) and writes it.
import type {Key} from 'ink';
import {useCallback, useMemo} from 'react';
import type {TeamEntry} from '../../store/registry.js';
import type {SecretEntry, SecretStore} from '../../store/store.js';
import {isUserError} from '../../util/errors.js';
import {matchKey} from '../keys/binding.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {COPY_TO_STORE_KEYS} from '../keys/storeKeys.js';
import {writeFailure} from '../secrets/useSecretActions.js';
import type {Status} from '../shared/StatusLine.js';
import {answerConfirm, answerPick, askCopy, copiedStatus, pickedStore, type CopyQuestion, type CopyStep} from './copyQuestion.js';

export type CopyToStoreOptions = {
	/** The store shown, as of the last key. */
	current: () => SecretStore;
	/** The registered team stores, as of the last key. */
	teams: () => readonly TeamEntry[];
	teamStore: (name: string) => SecretStore;
	/** Reads settings.yaml again; a sentence when it cannot. */
	refresh: () => string | undefined;
	setStatus: (status: Status | undefined) => void;
	/** The TUI's one queue of store writes (useSecretActions'): the copy waits for the writes asked before it. */
	serial: <T>(task: () => Promise<T>) => Promise<T>;
};

export function useCopyToStore({current, teams, teamStore, refresh, setStatus, serial}: CopyToStoreOptions) {
	/** C on the selected secret: the question to ask, or undefined (the status says why not). */
	const ask = useCallback(
		(entry: SecretEntry): CopyQuestion | undefined => {
			const from = current().team?.name;
			const error = from === undefined ? refresh() : undefined;
			const step: CopyStep = error === undefined ? askCopy(entry, from, teams().map((team) => team.name)) : {status: {text: error, tone: 'error'}};
			setStatus(step.status);
			return step.question;
		},
		[current, teams, refresh, setStatus],
	);

	/** A key while a copy question is open: the next question, or undefined once it is answered. */
	const answer = useCallback(
		(question: CopyQuestion, input: string, key: Key): CopyQuestion | undefined => {
			let step: CopyStep;
			if (question.step === 'pick') {
				const target = pickedStore(question, matchKey(COPY_TO_STORE_KEYS, input, key) === 'pick', input);
				try {
					// The one read of a team store before the copy: whether the name is there already.
					step = answerPick(question, target, (name) => teamStore(name).has(question.entry.name));
				} catch (error) {
					if (!isUserError(error)) {
						throw error;
					}

					step = {status: {text: error.message, tone: 'error'}};
				}
			} else {
				step = answerConfirm(question, matchKey(CONFIRM_KEYS, input, key) === 'yes');
			}

			setStatus(step.status);
			const {write} = step;
			if (write) {
				const {entry, target, overwrite} = write;
				// The copy keeps the note and expiry: none here removes one there.
				void serial(async () => teamStore(target).set(entry.name, entry.value, {overwrite, note: entry.note ?? '', expires: entry.expires ?? '', overwriteHint: 'press C again and answer y'})).then(
					() => setStatus(copiedStatus(write)),
					(error: unknown) => setStatus({text: writeFailure(error), tone: 'error'}),
				);
			}

			return step.question;
		},
		[teamStore, setStatus, serial],
	);

	return useMemo(() => ({ask, answer}), [ask, answer]);
}
