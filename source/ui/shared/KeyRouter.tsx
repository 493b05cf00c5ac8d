// The one reader of keys: ink's useInput, held here at the root for the whole session, hands each key
// (parsed as ink parses it) to the handlers of the screens shown (useKeys.ts).
//
// A key that changes screen only schedules the new screen: ink renders a state update made by a key
// later, in a task of React's scheduler, and ink's useInput subscribes a screen later still (after the
// frame). A key read in between went to the screen that had gone, or to none. So here each key waits for
// the commit of the key before it (this component's own update rides in the same render), and screens
// register in a layout effect of that commit: every key reaches the screen its predecessors left.
// Raw mode (ink's, counted per active useInput) stays on from one screen to the next; it goes off only
// when no screen reads keys (the run panel hands the terminal to a child), a microtask after the last left.
import {useInput, useStdin, type Key} from 'ink';
import {createContext, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode} from 'react';

/** `raw`: the key's text as ink read it (before parsing), for the text-field engine. */
export type KeyHandler = (input: string, key: Key, raw: string | undefined) => void;
export type KeyRoute = {current: KeyHandler};
export type KeyRouting = {
	/** Reads keys until the returned function is called. */
	add: (route: KeyRoute) => () => void;
	/**
	 * Hands these keys on again once the render of the key being handled has committed, before any key
	 * read later: the rest of a read whose earlier key opened another screen is that screen's.
	 */
	later: (keys: ReadonlyArray<{input: string; key: Key}>) => void;
};

export const KeyRoutingContext = createContext<KeyRouting | undefined>(undefined);

type Pending = {input: string; key: Key; raw: string | undefined};

export function KeyRouter({children}: {children: ReactNode}) {
	const {internal_eventEmitter: events} = useStdin();
	// In the order they registered, as ink's listeners were.
	const routes = useRef(new Set<KeyRoute>());
	const [reading, setReading] = useState(false);
	const raw = useRef<string>(undefined);
	const queue = useRef<Pending[]>([]);
	// A key was handed on and its render has not committed yet.
	const waiting = useRef(false);
	const [handed, setHanded] = useState(0);
	const routing = useMemo<KeyRouting>(
		() => ({
			add(route) {
				routes.current.add(route);
				setReading(true);
				return () => {
					routes.current.delete(route);
					// The next screen registers in the same commit: only when none has, stop reading.
					queueMicrotask(() => {
						if (routes.current.size === 0) {
							setReading(false);
						}
					});
				};
			},
			later(keys) {
				queue.current.unshift(...keys.map(({input, key}) => ({input, key, raw: undefined})));
			},
		}),
		[],
	);
	const handOn = useCallback(() => {
		const next = waiting.current ? undefined : queue.current.shift();
		if (!next) {
			return;
		}

		waiting.current = true;
		setHanded((count) => count + 1);
		// Those registered now; one that has left since an earlier handler of this key ran is skipped.
		for (const each of [...routes.current]) {
			if (routes.current.has(each)) {
				each.current(next.input, next.key, next.raw);
			}
		}
	}, []);
	// The render of the last key has committed (the new screen's handlers with it): the next key may go.
	useLayoutEffect(() => {
		waiting.current = false;
		if (queue.current.length > 0) {
			queueMicrotask(handOn);
		}
	}, [handed, handOn]);
	// Registered before useInput's listener, so each key's raw text is known when it is parsed.
	useEffect(() => {
		if (!reading || !events) {
			return;
		}

		const listen = (data: string) => {
			raw.current = data;
		};

		events.on('input', listen);
		return () => {
			events.off('input', listen);
		};
	}, [reading, events]);
	const read = useCallback(
		(input: string, key: Key) => {
			queue.current.push({input, key, raw: raw.current});
			raw.current = undefined;
			handOn();
		},
		[handOn],
	);
	useInput(read, {isActive: reading});
	return <KeyRoutingContext.Provider value={routing}>{children}</KeyRoutingContext.Provider>;
}
