// The list screen's state: entries, filter, cursor, scroll window and the set of shown values.
// Pure: every time comes in through an action, so it is tested without rendering or timers.
import {SECRET_ORDERS, sortSecrets, type SecretOrder} from '../../store/order.js';
import type {SecretEntry} from '../../store/store.js';
import {editField, pasteEdit, type TextEdit} from '../shared/textEdit.js';

export type ListState = {
	/** The store's secrets as loaded (by name): a new load is told by this array changing. */
	loaded: readonly SecretEntry[];
	/** The order the rows are in (`s` cycles it). */
	order: SecretOrder;
	/** `loaded` in `order`: sorted once per load or order change, never per key. */
	entries: readonly SecretEntry[];
	/** The entries whose names match the filter (all entries when the filter is empty). */
	visible: readonly SecretEntry[];
	filter: string;
	/** The text cursor in the filter. */
	filterCursor: number;
	/** Why the last paste into the filter was refused (until the next edit). */
	filterError?: string;
	/** Typing goes into the filter. */
	filtering: boolean;
	/** Index into `visible`. */
	cursor: number;
	/** Index of the first row in the window. */
	top: number;
	/** Rows in the window (at least 1). */
	height: number;
	/** Shown values: name → time (ms) it masks itself again, or Infinity for never. */
	revealed: ReadonlyMap<string, number>;
	/** Milliseconds a shown value stays shown; 0 = until masked by hand. */
	revealTimeoutMs: number;
};

export type ListAction =
	| {type: 'load'; entries: readonly SecretEntry[]}
	/** Another store's entries: a fresh list (nothing shown, no filter, the first row selected; the same order). */
	| {type: 'switched'; entries: readonly SecretEntry[]}
	| {type: 'resize'; height: number}
	| {type: 'move'; by: number}
	| {type: 'page'; by: -1 | 1}
	| {type: 'first'}
	| {type: 'last'}
	| {type: 'select'; name: string}
	/** The next order of SECRET_ORDERS; the selection stays on the same secret. */
	| {type: 'cycleSort'}
	| {type: 'startFilter'}
	| {type: 'setFilter'; filter: string}
	/** An edit of the filter at its cursor; applied to the state of the moment, so fast typing loses nothing. */
	| {type: 'editFilter'; edit: TextEdit}
	| {type: 'pasteFilter'; text: string; bytes: number}
	| {type: 'keepFilter'}
	| {type: 'clearFilter'}
	| {type: 'toggleReveal'; now: number}
	| {type: 'toggleRevealAll'; now: number}
	| {type: 'expire'; now: number};

export function initialListState(entries: readonly SecretEntry[], height: number, revealTimeoutMs: number): ListState {
	return {
		loaded: entries,
		order: 'name',
		entries,
		visible: entries,
		filter: '',
		filterCursor: 0,
		filtering: false,
		cursor: 0,
		top: 0,
		height: Math.max(1, height),
		revealed: new Map(),
		revealTimeoutMs,
	};
}

/** Case-insensitive substring match on the name. */
export function matchesFilter(name: string, filter: string): boolean {
	return filter === '' || name.toLowerCase().includes(filter.toLowerCase());
}

export function selected(state: ListState): SecretEntry | undefined {
	return state.visible[state.cursor];
}

export function listReducer(state: ListState, action: ListAction): ListState {
	switch (action.type) {
		case 'load': {
			return action.entries === state.loaded ? state : reload(state, action.entries);
		}

		case 'switched': {
			// The order chosen with s stays: it is the list's, not the store's.
			const fresh = initialListState(action.entries, state.height, state.revealTimeoutMs);
			const entries = sortSecrets(action.entries, state.order);
			return {...fresh, order: state.order, entries, visible: entries};
		}

		case 'resize': {
			const height = Math.max(1, action.height);
			return height === state.height ? state : scrolled({...state, height});
		}

		case 'move': {
			return moveTo(state, state.cursor + action.by);
		}

		case 'page': {
			return moveTo(state, state.cursor + action.by * state.height);
		}

		case 'first': {
			return moveTo(state, 0);
		}

		case 'last': {
			return moveTo(state, state.visible.length - 1);
		}

		case 'select': {
			const index = state.visible.findIndex((entry) => entry.name === action.name);
			return index === -1 ? state : moveTo(state, index);
		}

		case 'cycleSort': {
			const order = SECRET_ORDERS[(SECRET_ORDERS.indexOf(state.order) + 1) % SECRET_ORDERS.length]!;
			return refilter({...state, order, entries: sortSecrets(state.loaded, order)}, selected(state)?.name);
		}

		case 'startFilter': {
			return {...state, filtering: true};
		}

		case 'setFilter': {
			return refilter({...state, filter: action.filter, filterCursor: action.filter.length, filterError: undefined}, selected(state)?.name);
		}

		case 'editFilter': {
			const field = {value: state.filter, cursor: state.filterCursor};
			const edited = editField(field, action.edit);
			if (edited === field) {
				return state;
			}

			const moved = {...state, filterCursor: edited.cursor, filterError: undefined};
			return edited.value === state.filter ? moved : refilter({...moved, filter: edited.value}, selected(state)?.name);
		}

		case 'pasteFilter': {
			const pasted = pasteEdit(action.text, action.bytes, {multiline: false});
			return 'refused' in pasted ? {...state, filterError: pasted.refused} : listReducer(state, {type: 'editFilter', edit: pasted.edit});
		}

		case 'keepFilter': {
			return {...state, filtering: false};
		}

		case 'clearFilter': {
			return refilter({...state, filter: '', filterCursor: 0, filterError: undefined, filtering: false}, selected(state)?.name);
		}

		case 'toggleReveal': {
			const entry = selected(state);
			if (!entry) {
				return state;
			}

			const revealed = new Map(state.revealed);
			if (revealed.has(entry.name)) {
				revealed.delete(entry.name);
			} else {
				revealed.set(entry.name, expiry(state, action.now));
			}

			return {...state, revealed};
		}

		case 'toggleRevealAll': {
			const anyMasked = state.visible.some((entry) => !state.revealed.has(entry.name));
			if (!anyMasked) {
				return {...state, revealed: new Map()};
			}

			const until = expiry(state, action.now);
			const revealed = new Map(state.revealed);
			for (const entry of state.visible) {
				revealed.set(entry.name, until);
			}

			return {...state, revealed};
		}

		case 'expire': {
			let changed = false;
			const revealed = new Map<string, number>();
			for (const [name, until] of state.revealed) {
				if (until <= action.now) {
					changed = true;
				} else {
					revealed.set(name, until);
				}
			}

			return changed ? {...state, revealed} : state;
		}
	}
}

/** The earliest time a shown value masks itself again, or undefined when none will. */
export function nextExpiry(state: ListState): number | undefined {
	let next: number | undefined;
	for (const until of state.revealed.values()) {
		if (Number.isFinite(until) && (next === undefined || until < next)) {
			next = until;
		}
	}

	return next;
}

function expiry(state: ListState, now: number): number {
	return state.revealTimeoutMs > 0 ? now + state.revealTimeoutMs : Number.POSITIVE_INFINITY;
}

function reload(state: ListState, entries: readonly SecretEntry[]): ListState {
	const names = new Set(entries.map((entry) => entry.name));
	let revealed = state.revealed;
	if ([...revealed.keys()].some((name) => !names.has(name))) {
		revealed = new Map([...revealed].filter(([name]) => names.has(name)));
	}

	return refilter({...state, loaded: entries, entries: sortSecrets(entries, state.order), revealed}, selected(state)?.name, state.cursor);
}

/** Recomputes the visible rows, keeping the selection on `keep` when it is still visible. */
function refilter(state: ListState, keep: string | undefined, fallback = 0): ListState {
	const visible = state.filter === '' ? state.entries : state.entries.filter((entry) => matchesFilter(entry.name, state.filter));
	let cursor = keep === undefined ? -1 : visible.findIndex((entry) => entry.name === keep);
	if (cursor === -1) {
		cursor = fallback;
	}

	return moveTo({...state, visible}, cursor);
}

function moveTo(state: ListState, index: number): ListState {
	const cursor = clamp(index, 0, Math.max(0, state.visible.length - 1));
	return scrolled({...state, cursor});
}

/** Moves the window the least needed to keep the cursor inside it, and never past the end. */
function scrolled(state: ListState): ListState {
	let {top} = state;
	if (state.cursor < top) {
		top = state.cursor;
	} else if (state.cursor >= top + state.height) {
		top = state.cursor - state.height + 1;
	}

	top = clamp(top, 0, Math.max(0, state.visible.length - state.height));
	return top === state.top ? state : {...state, top};
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}
