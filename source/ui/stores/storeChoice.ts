// Which store the TUI shows, as a reducer: your personal store, or one of the team stores registered
// in settings.yaml (re-read at each switch, so one added meanwhile is offered). Pure: no file is read here.
import type {TeamEntry} from '../../store/registry.js';
import {LIST_KEYS} from '../keys/listKeys.js';

export type StoreChoice = {
	/** The registered team stores, in settings.yaml's order. */
	teams: readonly TeamEntry[];
	/** The team store shown, by name; undefined: the personal store. */
	chosen?: string;
};

export type StoreChoiceAction =
	/** The registry as read now: a chosen store no longer registered gives way to the personal store. */
	| {type: 'registry'; teams: readonly TeamEntry[]}
	/** The next store: personal, then each team store in turn, then personal again. */
	| {type: 'next'};

export function initialStoreChoice(teams: readonly TeamEntry[]): StoreChoice {
	return {teams};
}

export function storeChoiceReducer(state: StoreChoice, action: StoreChoiceAction): StoreChoice {
	switch (action.type) {
		case 'registry': {
			const same = action.teams.length === state.teams.length && action.teams.every((team, index) => sameTeam(team, state.teams[index]!));
			if (same) {
				return state;
			}

			const kept = state.chosen !== undefined && action.teams.some((team) => team.name === state.chosen);
			return {teams: action.teams, chosen: kept ? state.chosen : undefined};
		}

		case 'next': {
			if (state.teams.length === 0) {
				return state.chosen === undefined ? state : {teams: state.teams};
			}

			const index = state.chosen === undefined ? -1 : state.teams.findIndex((team) => team.name === state.chosen);
			return {teams: state.teams, chosen: state.teams[index + 1]?.name};
		}
	}
}

/** The chosen team store's entry, or undefined for the personal store. */
export function chosenTeam(state: StoreChoice): TeamEntry | undefined {
	return state.chosen === undefined ? undefined : state.teams.find((team) => team.name === state.chosen);
}

/** The list's key that switches store, as its table writes it (`S`). */
const SWITCH_KEY = LIST_KEYS.bindings.find((binding) => binding.action === 'switchStore')!.keys;

/**
 * How the header names the store every screen works on, after the key that switches it: `[S] personal`
 * or `[S] team lab`; nothing while no team store is registered (there is then nothing to tell it from).
 */
export function storeLabel(state: StoreChoice): string | undefined {
	if (state.teams.length === 0) {
		return undefined;
	}

	return `[${SWITCH_KEY}] ${state.chosen === undefined ? 'personal' : `team ${state.chosen}`}`;
}

function sameTeam(a: TeamEntry, b: TeamEntry): boolean {
	return a.name === b.name && a.path === b.path && a.group === b.group;
}
