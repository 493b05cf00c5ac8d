// The one "live reducer" hook (the form, the app, the run panel and the submit panel use it): a handler
// that dispatches several actions before React renders again sees each one's result at once.
import {Text, useInput} from 'ink';
import {render} from 'ink-testing-library';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {useLiveReducer} from '../../../source/ui/shared/useLiveReducer.js';

const add = (state: number[], action: number) => (action < 0 ? state : [...state, action * 10 + state.length]);

function Counter({seen}: {seen: number[][]}) {
	const [state, dispatch, live] = useLiveReducer(add, () => [] as number[]);
	useInput((input) => {
		for (const digit of input) {
			dispatch(Number(digit));
			seen.push(live.current);
		}

		dispatch(-1);
		seen.push(live.current);
	});
	return <Text>{state.join(',')}</Text>;
}

describe('useLiveReducer', () => {
	it('gives every dispatch the state the one before it left, within one handler, and renders the last', async () => {
		const seen: number[][] = [];
		const view = render(<Counter seen={seen} />);
		await new Promise((resolve) => setTimeout(resolve, 50));
		view.stdin.write('123');
		for (let tries = 0; tries < 50 && view.lastFrame() !== '10,21,32'; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		expect(view.lastFrame()).toBe('10,21,32');
		expect(seen).toEqual([[10], [10, 21], [10, 21, 32], [10, 21, 32]]);
		// An action that changes nothing keeps the same state object (no render for it).
		expect(seen[3]).toBe(seen[2]);
		view.unmount();
	});
});
