// The store the TUI shows (S switches: personal, then each team store) and its secrets. The choice is
// a live reducer, so a key that follows S in the same read acts on the new store's list. Only the store
// shown is read and watched: a team store is never touched while your personal list takes keys.
import path from 'node:path';
import {useCallback, useRef, type Dispatch} from 'react';
import {readRegistry, type TeamEntry} from '../../store/registry.js';
import {STORE_FILE_NAME} from '../../store/paths.js';
import {SecretStore} from '../../store/store.js';
import {isUserError} from '../../util/errors.js';
import type {ListAction} from '../secrets/listState.js';
import {useSecrets, type Secrets} from '../secrets/useSecrets.js';
import type {Status} from '../shared/StatusLine.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import {chosenTeam, initialStoreChoice, storeChoiceReducer, type StoreChoice} from './storeChoice.js';

export const NO_STORE_TO_SWITCH = 'There is no team store to switch to; `secrets-tui store add NAME PATH` registers one (docs/TEAMS.md).';

/** The registered team stores; a settings.yaml that cannot be read is a sentence, and no team store. */
function readTeams(personal: SecretStore): {teams: TeamEntry[]; error?: string} {
	try {
		return {teams: readRegistry(personal.home)};
	} catch (error) {
		if (isUserError(error)) {
			return {teams: [], error: error.message};
		}

		throw error;
	}
}

export function useChosenStore(personal: SecretStore, initial?: Secrets) {
	const [choice, dispatch, live] = useLiveReducer(storeChoiceReducer, () => initialStoreChoice(readTeams(personal).teams));
	// One SecretStore per registered team store, so the store shown keeps its identity between renders.
	const made = useRef(new Map<string, SecretStore>());
	const storeOf = useCallback(
		(team: TeamEntry | undefined): SecretStore => {
			if (!team) {
				return personal;
			}

			const key = JSON.stringify([team.name, team.path, team.group]);
			let store = made.current.get(key);
			if (!store) {
				store = new SecretStore(path.join(team.path, STORE_FILE_NAME), {...team, home: personal.home});
				made.current.set(key, store);
			}

			return store;
		},
		[personal],
	);
	const store = storeOf(chosenTeam(choice));
	const {secrets, reload, switchTo, isLatest} = useSecrets(store, initial);
	/** The store shown as of the last key. */
	const current = useCallback(() => storeOf(chosenTeam(live.current)), [storeOf, live]);
	/** The team store registered as `name` (as of the last key); a sentence (UserError) when there is none. */
	const teamStore = useCallback((name: string) => {
		const team = live.current.teams.find((entry) => entry.name === name);
		return team ? storeOf(team) : personal.teamStore(name);
	}, [storeOf, live, personal]);
	/** Reads settings.yaml again (a store added meanwhile is offered); a sentence when it cannot be read. */
	const refresh = useCallback((): string | undefined => {
		const read = readTeams(personal);
		if (read.error === undefined) {
			dispatch({type: 'registry', teams: read.teams});
		}

		return read.error;
	}, [personal, dispatch]);
	/** S: the next store, read now; or why there is none. */
	const next = useCallback((): {secrets: Secrets} | {error: string} => {
		const error = refresh();
		if (error !== undefined) {
			return {error};
		}

		if (live.current.teams.length === 0 && live.current.chosen === undefined) {
			return {error: NO_STORE_TO_SWITCH};
		}

		dispatch({type: 'next'});
		return {secrets: switchTo(current())};
	}, [refresh, dispatch, live, switchTo, current]);
	return {choice, live: live as {readonly current: StoreChoice}, store, current, teamStore, secrets, reload, refresh, next, isLatest};
}

/** S on the list or on a store's error: the next store's fresh list, or the sentence saying why not. */
export function useSwitchStore(next: () => {secrets: Secrets} | {error: string}, dispatch: Dispatch<ListAction>, setStatus: (status: Status | undefined) => void) {
	return useCallback(() => {
		const result = next();
		if ('error' in result) {
			setStatus({text: result.error, tone: 'error'});
			return;
		}

		dispatch({type: 'switched', entries: result.secrets.entries});
		setStatus(undefined);
	}, [next, dispatch, setStatus]);
}
