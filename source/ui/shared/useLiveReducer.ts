// A reducer whose latest state can be read at once: keys can arrive faster than frames, and a key
// handler must act on the state left by the previous key (`j` then `e` edits the row below), not on
// the state of the last render.
import {useCallback, useRef, useState, type RefObject} from 'react';

export function useLiveReducer<State, Action>(reducer: (state: State, action: Action) => State, init: () => State): [State, (action: Action) => void, RefObject<State>] {
	const live = useRef<State>(undefined as State);
	const [state, setState] = useState<State>(() => {
		live.current = init();
		return live.current;
	});
	const dispatch = useCallback(
		(action: Action) => {
			const next = reducer(live.current, action);
			if (next !== live.current) {
				live.current = next;
				setState(next);
			}
		},
		[reducer],
	);
	return [state, dispatch, live];
}
