// The one place a name is looked up among the stored secrets, for runs (secrets, secret files, templates)
// and `inject`. Team-store names (`lab/NAME`, issue 17) are to be resolved here, and nowhere else.
import type {SecretStore} from '../store/store.js';

export type LookedUp = {values: Map<string, string>; missing: string[]};

/** The stored values, by name, read once. */
export function storedValues(store: SecretStore): Map<string, string> {
	return new Map(store.list().map((entry) => [entry.name, entry.value]));
}

/** Each name's value, added to `found`; the names not in the store, each once, in order. */
export function lookUpSecrets(stored: ReadonlyMap<string, string>, names: Iterable<string>, found: LookedUp = {values: new Map(), missing: []}): LookedUp {
	for (const name of names) {
		if (found.values.has(name) || found.missing.includes(name)) {
			continue;
		}

		const value = stored.get(name);
		if (value === undefined) {
			found.missing.push(name);
		} else {
			found.values.set(name, value);
		}
	}

	return found;
}
