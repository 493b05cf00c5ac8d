// Which screen shows, as a reducer: the screen, and the question the list may be asking (delete, or
// copy to store). And where each of the list's commands leads, decided here rather than in an if-chain in
// the app.
import type {ListCommand} from './secrets/ListScreen.js';
import type {CopyQuestion} from './stores/copyQuestion.js';

export type Screen = {kind: 'list'} | {kind: 'form'; mode: 'add' | 'edit'; name?: string} | {kind: 'rename'; name: string} | {kind: 'detail'; name: string} | {kind: 'details'; name: string} | {kind: 'help'} | {kind: 'run'} | {kind: 'jobs'};

/** The question the list asks: `Delete NAME? (y/N)`, the undo of NAME over a newer one, or a copy to a store. */
export type Navigation = {screen: Screen; deleting?: string; undoing?: string; copying?: CopyQuestion};

export type NavigationAction =
	| {type: 'show'; screen: Screen}
	| {type: 'ask-delete'; name: string}
	| {type: 'ask-undo'; name: string}
	| {type: 'ask-copy'; question: CopyQuestion}
	| {type: 'answered'};

export const initialNavigation: Navigation = {screen: {kind: 'list'}};

export function navigationReducer(state: Navigation, action: NavigationAction): Navigation {
	switch (action.type) {
		case 'show': {
			return {...state, screen: action.screen};
		}

		case 'ask-delete': {
			return {...state, deleting: action.name};
		}

		case 'ask-undo': {
			return {...state, undoing: action.name};
		}

		case 'ask-copy': {
			return {...state, copying: action.question};
		}

		case 'answered': {
			return state.deleting === undefined && state.undoing === undefined && state.copying === undefined ? state : {screen: state.screen};
		}
	}
}

/** Whether the list reads keys now: it shows, and asks nothing. */
export function listOwnsKeys(state: Navigation): boolean {
	return state.screen.kind === 'list' && state.deleting === undefined && state.undoing === undefined && state.copying === undefined;
}

/** What a list command does, given the selected secret's name (if any). */
export type ListOutcome =
	| {kind: 'quit'}
	| {kind: 'show'; screen: Screen; clearStatus?: true}
	| {kind: 'ask-delete'; name: string}
	| {kind: 'copy'; name: string}
	| {kind: 'switch-store'}
	| {kind: 'undo'}
	| {kind: 'ask-copy'; name: string}
	| {kind: 'no-selection'};

export function listCommandOutcome(command: ListCommand, selectedName: string | undefined): ListOutcome {
	switch (command) {
		case 'quit': {
			return {kind: 'quit'};
		}

		case 'help':
		case 'run':
		case 'jobs': {
			return {kind: 'show', screen: {kind: command}};
		}

		case 'add': {
			return {kind: 'show', screen: {kind: 'form', mode: 'add'}, clearStatus: true};
		}

		case 'switchStore': {
			return {kind: 'switch-store'};
		}

		case 'undo': {
			return {kind: 'undo'};
		}

		default: {
			if (selectedName === undefined) {
				return {kind: 'no-selection'};
			}

			switch (command) {
				case 'edit': {
					return {kind: 'show', screen: {kind: 'form', mode: 'edit', name: selectedName}, clearStatus: true};
				}

				case 'rename': {
					return {kind: 'show', screen: {kind: 'rename', name: selectedName}, clearStatus: true};
				}

				case 'detail': {
					return {kind: 'show', screen: {kind: 'detail', name: selectedName}};
				}

				case 'details': {
					return {kind: 'show', screen: {kind: 'details', name: selectedName}};
				}

				case 'delete': {
					return {kind: 'ask-delete', name: selectedName};
				}

				case 'copy': {
					return {kind: 'copy', name: selectedName};
				}

				case 'copyToStore': {
					return {kind: 'ask-copy', name: selectedName};
				}
			}
		}
	}
}
