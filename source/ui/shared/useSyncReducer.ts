// useReducer whose latest state is also readable at once, from a ref: a key handler then acts on the
// state every earlier key has produced, even when keys come faster than renders.
import {useCallback, useRef, useState, type RefObject} from 'react';

export function useSyncReducer<S, A>(reducer: (state: S, action: A) => S, init: () => S): [S, (action: A) => void, RefObject<S>] {
	const [state, setState] = useState(init);
	const latest = useRef(state);
	const dispatch = useCallback(
		(action: A) => {
			latest.current = reducer(latest.current, action);
			setState(latest.current);
		},
		[reducer],
	);
	return [state, dispatch, latest];
}
