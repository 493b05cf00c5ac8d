// The one place a name is looked up among the stored secrets, for runs (secrets, secret files, templates)
// and `inject`. A team-store name (`lab/NAME`, issue 17) goes through SecretStore's one resolver: each
// store named is read once.
import type {Secret} from '../store/read.js';
import type {SecretStore} from '../store/store.js';

/** `entries`, when given, also receives each secret whole (its expiry, its note). */
export type LookedUp = {values: Map<string, string>; missing: string[]; entries?: Map<string, Secret>};

/** Each name's value (NAME from `store`, lab/NAME from the team store lab), added to `found`; the names not stored, each once, in order. */
export function lookUpSecrets(store: SecretStore, names: Iterable<string>, found: LookedUp = {values: new Map(), missing: []}): LookedUp {
	const wanted = [...names];
	const stored = wanted.length > 0 ? store.lookup(wanted) : new Map<string, Secret>();
	for (const name of wanted) {
		if (found.values.has(name) || found.missing.includes(name)) {
			continue;
		}

		const secret = stored.get(name);
		if (secret === undefined) {
			found.missing.push(name);
		} else {
			found.values.set(name, secret.value);
			found.entries?.set(name, secret);
		}
	}

	return found;
}
