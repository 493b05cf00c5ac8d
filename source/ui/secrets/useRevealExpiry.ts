// Masks shown values again when their time is up: one timer, set for the earliest expiry.
import {useEffect, type Dispatch} from 'react';
import {nextExpiry, type ListAction, type ListState} from './listState.js';

export function useRevealExpiry(list: ListState, dispatch: Dispatch<ListAction>): void {
	const next = nextExpiry(list);
	useEffect(() => {
		if (next === undefined) {
			return;
		}

		const timer = setTimeout(() => dispatch({type: 'expire', now: Date.now()}), Math.max(0, next - Date.now()) + 5);
		return () => clearTimeout(timer);
	}, [next, dispatch]);
}
