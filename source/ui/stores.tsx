// The store switcher: the personal store, then each registered team store. The app is shown for the
// chosen store (keyed by it, so every screen, reducer and poll starts afresh on the new store).
import {useCallback, useMemo, useState} from 'react';
import {isUserError} from '../util/errors.js';
import type {SecretStore} from '../store/store.js';
import {App, type AppProps} from './app.js';

export type StoresProps = Omit<AppProps, 'store' | 'teams' | 'onSwitchStore'> & {personal: SecretStore};

export function Stores({personal, initial, ...rest}: StoresProps) {
	const teams = useMemo(() => teamStores(personal), [personal]);
	const [chosen, setChosen] = useState(0);
	const all = [personal, ...teams];
	const store = all[chosen % all.length]!;
	const next = useCallback(() => setChosen((index) => (index + 1) % (teams.length + 1)), [teams.length]);
	return <App key={store.file} {...rest} store={store} teams={teams} onSwitchStore={next} {...(store === personal && initial ? {initial} : {})} />;
}

/** The registered team stores; a settings.yaml that cannot be read leaves the personal store alone. */
function teamStores(personal: SecretStore): SecretStore[] {
	try {
		return personal.teamStores();
	} catch (error) {
		if (isUserError(error)) {
			return [];
		}

		throw error;
	}
}
