// A screen's key handler: every screen reads keys through this (KeyRouter.tsx hands them on). It takes
// keys from the commit that shows the screen (a layout effect), not from after the frame is drawn, so a
// key typed right after the one that opened the screen is this screen's.
import {useContext, useLayoutEffect, useRef} from 'react';
import {KeyRoutingContext, type KeyHandler, type KeyRouting} from './KeyRouter.js';

export function useKeys(handler: KeyHandler, {isActive = true}: {isActive?: boolean} = {}): KeyRouting {
	const routing = useContext(KeyRoutingContext);
	if (!routing) {
		throw new Error('useKeys needs a KeyRouter above it (app.tsx renders one around the screens).');
	}

	const route = useRef(handler);
	useLayoutEffect(() => {
		route.current = handler;
	});
	useLayoutEffect(() => (isActive ? routing.add(route) : undefined), [isActive, routing]);
	return routing;
}
