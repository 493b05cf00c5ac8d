// Which store the TUI shows: pure, without rendering or files.
import {describe, expect, it} from 'vitest';
import {chosenTeam, initialStoreChoice, storeChoiceReducer, storeLabel} from '../../../source/ui/stores/storeChoice.js';

const lab = {name: 'lab', path: '/project/lab', group: 'lab'};
const ops = {name: 'ops', path: '/project/ops', group: 'ops'};

describe('storeChoiceReducer', () => {
	it('goes round: personal, each team store in settings order, personal again', () => {
		let state = initialStoreChoice([lab, ops]);
		expect(chosenTeam(state)).toBeUndefined();
		const seen: Array<string | undefined> = [];
		for (let step = 0; step < 4; step++) {
			state = storeChoiceReducer(state, {type: 'next'});
			seen.push(chosenTeam(state)?.name);
		}

		expect(seen).toEqual(['lab', 'ops', undefined, 'lab']);
	});

	it('stays on the personal store while no team store is registered', () => {
		const state = initialStoreChoice([]);
		expect(storeChoiceReducer(state, {type: 'next'})).toBe(state);
	});

	it('keeps the chosen store when the registry is read again, and gives way to personal when it was removed', () => {
		const onOps = storeChoiceReducer(storeChoiceReducer(initialStoreChoice([lab, ops]), {type: 'next'}), {type: 'next'});
		expect(storeChoiceReducer(onOps, {type: 'registry', teams: [{...lab}, {...ops}]})).toBe(onOps);
		const added = storeChoiceReducer(onOps, {type: 'registry', teams: [lab, ops, {name: 'hpc', path: '/h', group: 'h'}]});
		expect(added.chosen).toBe('ops');
		expect(storeChoiceReducer(added, {type: 'next'}).chosen).toBe('hpc');
		const removed = storeChoiceReducer(onOps, {type: 'registry', teams: [lab]});
		expect(removed).toEqual({teams: [lab], chosen: undefined});
		// A store moved to another path is a new entry: the chosen name stays.
		expect(storeChoiceReducer(onOps, {type: 'registry', teams: [lab, {...ops, path: '/elsewhere'}]}).chosen).toBe('ops');
	});

	it('names the store for the header only once a team store is registered', () => {
		expect(storeLabel(initialStoreChoice([]))).toBeUndefined();
		const state = initialStoreChoice([lab]);
		expect(storeLabel(state)).toBe('[S] personal');
		expect(storeLabel(storeChoiceReducer(state, {type: 'next'}))).toBe('[S] team lab');
	});
});
