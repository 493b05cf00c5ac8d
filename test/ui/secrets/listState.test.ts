import {describe, expect, it} from 'vitest';
import {initialListState, listReducer, matchesFilter, nextExpiry, selected, type ListAction, type ListState} from '../../../source/ui/secrets/listState.js';
import {entries} from '../entries.js';

const run = (state: ListState, ...actions: ListAction[]) => actions.reduce(listReducer, state);

describe('list cursor and window', () => {
	it('starts on the first row with the window at the top', () => {
		const state = initialListState(entries(100), 10, 30_000);
		expect(state.cursor).toBe(0);
		expect(state.top).toBe(0);
		expect(selected(state)?.name).toBe('S00000');
	});

	it('moves, stops at both ends, and scrolls the window to keep the selection visible', () => {
		let state = initialListState(entries(100), 10, 0);
		state = run(state, {type: 'move', by: -1});
		expect(state.cursor).toBe(0);
		state = run(state, ...Array.from({length: 10}, () => ({type: 'move', by: 1}) as const));
		expect(state.cursor).toBe(10);
		expect(state.top).toBe(1);
		state = run(state, {type: 'last'});
		expect(state.cursor).toBe(99);
		expect(state.top).toBe(90);
		state = run(state, {type: 'move', by: 1});
		expect(state.cursor).toBe(99);
		state = run(state, {type: 'page', by: -1});
		expect(state.cursor).toBe(89);
		expect(state.top).toBe(89);
		state = run(state, {type: 'first'});
		expect([state.cursor, state.top]).toEqual([0, 0]);
		state = run(state, {type: 'page', by: 1}, {type: 'page', by: 1});
		expect(state.cursor).toBe(20);
		expect(state.top).toBe(11);
	});

	it('keeps the window inside the list when the terminal grows or shrinks', () => {
		let state = run(initialListState(entries(30), 10, 0), {type: 'last'});
		expect(state.top).toBe(20);
		state = run(state, {type: 'resize', height: 25});
		expect(state.top).toBe(5);
		state = run(state, {type: 'resize', height: 3});
		expect(state.top).toBe(27);
		state = run(state, {type: 'resize', height: 0});
		expect(state.height).toBe(1);
		expect(state.top).toBe(29);
	});

	it('returns the same state when nothing changes (no extra frame)', () => {
		const state = initialListState(entries(5), 3, 0);
		expect(listReducer(state, {type: 'load', entries: state.loaded})).toBe(state);
		expect(listReducer(state, {type: 'resize', height: 3})).toBe(state);
		expect(listReducer(state, {type: 'move', by: -1})).toEqual(state);
	});

	it('handles an empty list', () => {
		const state = run(initialListState([], 10, 0), {type: 'move', by: 1}, {type: 'last'}, {type: 'page', by: 1}, {type: 'toggleReveal', now: 0}, {type: 'toggleRevealAll', now: 0});
		expect(state.cursor).toBe(0);
		expect(selected(state)).toBeUndefined();
		expect(state.revealed.size).toBe(0);
	});

	it('keeps the selection on the same name when the store reloads, and drops vanished names from the reveal set', () => {
		let state = run(initialListState(entries(10), 5, 0), {type: 'move', by: 3}, {type: 'toggleReveal', now: 0});
		expect(selected(state)?.name).toBe('S00003');
		const reloaded = [{name: 'A_FIRST', value: 'x', created: '', updated: ''}, ...entries(10)];
		state = run(state, {type: 'load', entries: reloaded});
		expect(selected(state)?.name).toBe('S00003');
		expect(state.cursor).toBe(4);
		state = run(state, {type: 'load', entries: entries(10).filter((entry) => entry.name !== 'S00003')});
		expect(state.revealed.size).toBe(0);
		expect(state.cursor).toBe(4);
	});
});

describe('switching store', () => {
	it('starts the other store’s list afresh: nothing shown, no filter, the first row, the same window height', () => {
		const mine = run(initialListState(entries(30), 10, 30_000), {type: 'move', by: 20}, {type: 'toggleReveal', now: 1}, {type: 'startFilter'}, {type: 'setFilter', filter: '1'});
		expect(mine.revealed.size).toBe(1);
		const team = entries(5, 'T');
		const switched = run(mine, {type: 'switched', entries: team});
		expect(switched.entries).toBe(team);
		expect(switched.visible).toBe(team);
		expect(switched).toMatchObject({filter: '', filtering: false, cursor: 0, top: 0, height: 10, revealTimeoutMs: 30_000});
		expect(switched.revealed.size).toBe(0);
		expect(selected(switched)?.name).toBe('T00000');
	});

	it('keeps the order chosen with s', () => {
		const team = entries(3, 'T').map((entry, index) => ({...entry, updated: `2026-0${index + 1}-01T00:00:00.000Z`}));
		const sorted = run(initialListState(entries(3), 10, 0), {type: 'cycleSort'});
		expect(sorted.order).toBe('updated');
		const switched = run(sorted, {type: 'switched', entries: team});
		expect(switched.order).toBe('updated');
		expect(switched.loaded).toBe(team);
		expect(switched.visible.map((entry) => entry.name)).toEqual(['T00002', 'T00001', 'T00000']);
		expect(selected(switched)?.name).toBe('T00002');
	});
});

describe('sort', () => {
	const dated = (name: string, updated: string, expires?: string) => ({name, value: 'v', created: updated, updated, ...(expires ? {expires} : {})});
	const loaded = [dated('alpha', '2026-03-01T00:00:00.000Z'), dated('beta', '2026-01-01T00:00:00.000Z', '2027-01-01'), dated('gamma', '2026-02-01T00:00:00.000Z', '2026-12-01')];
	const names = (state: ListState) => state.visible.map((entry) => entry.name);

	it('cycles name → updated → expiry → name, keeping the selection on the same secret', () => {
		let state = run(initialListState(loaded, 2, 0), {type: 'move', by: 1});
		expect([state.order, names(state), selected(state)?.name]).toEqual(['name', ['alpha', 'beta', 'gamma'], 'beta']);
		state = run(state, {type: 'cycleSort'});
		expect([state.order, names(state), selected(state)?.name, state.cursor]).toEqual(['updated', ['alpha', 'gamma', 'beta'], 'beta', 2]);
		// The window follows the selection down to its new row.
		expect(state.top).toBe(1);
		state = run(state, {type: 'cycleSort'});
		expect([state.order, names(state), selected(state)?.name]).toEqual(['expires', ['gamma', 'beta', 'alpha'], 'beta']);
		state = run(state, {type: 'cycleSort'});
		expect([state.order, names(state), selected(state)?.name]).toEqual(['name', ['alpha', 'beta', 'gamma'], 'beta']);
	});

	it('keeps the order through a reload and a filter, sorting only when either changes', () => {
		let state = run(initialListState(loaded, 5, 0), {type: 'cycleSort'});
		const sorted = state.entries;
		state = run(state, {type: 'move', by: 1}, {type: 'startFilter'}, {type: 'setFilter', filter: 'a'});
		expect(state.entries).toBe(sorted);
		expect(names(state)).toEqual(['alpha', 'gamma', 'beta']);
		expect(listReducer(state, {type: 'load', entries: loaded})).toBe(state);
		state = run(state, {type: 'load', entries: [dated('delta', '2026-04-01T00:00:00.000Z'), ...loaded]});
		expect(names(state)).toEqual(['delta', 'alpha', 'gamma', 'beta']);
		expect(selected(state)?.name).toBe('gamma');
	});
});

describe('filter', () => {
	it('is a case-insensitive substring match on the name', () => {
		expect(matchesFilter('GITHUB_TOKEN', 'hub_t')).toBe(true);
		expect(matchesFilter('GITHUB_TOKEN', 'ght')).toBe(false);
		expect(matchesFilter('anything', '')).toBe(true);
	});

	it('narrows the rows, keeps the selected row when it still matches, and clears', () => {
		const list = [...entries(5, 'A'), ...entries(5, 'B')];
		let state = run(initialListState(list, 4, 0), {type: 'last'}, {type: 'startFilter'});
		expect(state.filtering).toBe(true);
		state = run(state, {type: 'setFilter', filter: 'b'});
		expect(state.visible.map((entry) => entry.name)).toEqual(['B00000', 'B00001', 'B00002', 'B00003', 'B00004']);
		expect(selected(state)?.name).toBe('B00004');
		state = run(state, {type: 'setFilter', filter: 'b00001'});
		expect(state.visible).toHaveLength(1);
		expect(state.cursor).toBe(0);
		state = run(state, {type: 'setFilter', filter: 'nothing'});
		expect(state.visible).toHaveLength(0);
		state = run(state, {type: 'setFilter', filter: 'B0000'}, {type: 'keepFilter'});
		expect(state.filtering).toBe(false);
		expect(state.filter).toBe('B0000');
		state = run(state, {type: 'clearFilter'});
		expect(state.filter).toBe('');
		expect(state.visible).toHaveLength(10);
	});
});

describe('reveal set', () => {
	it('toggles only the selected row', () => {
		let state = run(initialListState(entries(3), 5, 30_000), {type: 'move', by: 1}, {type: 'toggleReveal', now: 1000});
		expect([...state.revealed.keys()]).toEqual(['S00001']);
		expect(state.revealed.get('S00001')).toBe(31_000);
		state = run(state, {type: 'toggleReveal', now: 2000});
		expect(state.revealed.size).toBe(0);
	});

	it('v shows every visible row, then masks them all', () => {
		let state = run(initialListState(entries(3), 5, 30_000), {type: 'toggleReveal', now: 0}, {type: 'toggleRevealAll', now: 0});
		expect(state.revealed.size).toBe(3);
		state = run(state, {type: 'toggleRevealAll', now: 0});
		expect(state.revealed.size).toBe(0);
	});

	it('masks a shown value again once its time is up', () => {
		let state = run(initialListState(entries(3), 5, 30_000), {type: 'toggleReveal', now: 0}, {type: 'move', by: 1}, {type: 'toggleReveal', now: 10_000});
		expect(nextExpiry(state)).toBe(30_000);
		const same = run(state, {type: 'expire', now: 29_999});
		expect(same).toBe(state);
		state = run(state, {type: 'expire', now: 30_000});
		expect([...state.revealed.keys()]).toEqual(['S00001']);
		expect(nextExpiry(state)).toBe(40_000);
		state = run(state, {type: 'expire', now: 40_000});
		expect(state.revealed.size).toBe(0);
		expect(nextExpiry(state)).toBeUndefined();
	});

	it('never masks again with a timeout of 0', () => {
		let state = run(initialListState(entries(3), 5, 0), {type: 'toggleReveal', now: 0});
		expect(nextExpiry(state)).toBeUndefined();
		state = run(state, {type: 'expire', now: 1e12});
		expect(state.revealed.size).toBe(1);
	});
});
