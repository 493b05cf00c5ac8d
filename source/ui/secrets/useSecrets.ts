// The entries of the store shown, kept current: re-read when the file changes (another process's
// `secrets-tui set` shows within a second). Reads go through SecretStore; a damaged or loose file becomes
// an error sentence. Only the store shown is watched: a team store is not read while another is shown.
import fs from 'node:fs';
import {useCallback, useEffect, useRef, useState} from 'react';
import {isUserError} from '../../util/errors.js';
import type {SecretEntry, SecretStore} from '../../store/store.js';

export type Secrets = {entries: readonly SecretEntry[]; error?: string};

export const POLL_MS = 500;

export function loadSecrets(store: SecretStore): Secrets {
	try {
		return {entries: store.list()};
	} catch (error) {
		if (isUserError(error)) {
			return {entries: [], error: error.message};
		}

		throw error;
	}
}

function stamp(file: string): string {
	try {
		const stat = fs.statSync(file);
		return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.mode}:${stat.gid}`;
	} catch {
		return 'missing';
	}
}

/**
 * What identifies one version of the store: changes on every write (writes replace the file), and for a
 * team store when its folder is loosened or fixed (`chmod o+r`, `chgrp`), which its checks look at too.
 */
export function fingerprint(store: SecretStore): string {
	return store.team ? `${stamp(store.file)}/${stamp(store.dir)}` : stamp(store.file);
}

export type SecretsOfStore = {
	secrets: Secrets;
	/** Reads the store shown again. */
	reload: () => Secrets;
	/** Shows another store: read now, so a key that follows at once acts on its entries. */
	switchTo: (store: SecretStore) => Secrets;
	/**
	 * Whether `read` is the newest read of the store: a render can show an older one (a delete's read
	 * committed after the undo that followed it), whose entries must not replace newer ones in the list.
	 */
	isLatest: (read: Secrets) => boolean;
};

export function useSecrets(store: SecretStore, initial?: Secrets): SecretsOfStore {
	// The store shown as of the last key (ahead of the last render).
	const shown = useRef(store);
	// Read once: useRef's argument is evaluated on every render, and this one is a stat of the store file.
	const seen = useRef<string | undefined>(undefined);
	seen.current ??= fingerprint(store);
	const [secrets, setSecrets] = useState<Secrets>(() => initial ?? loadSecrets(store));
	const latest = useRef(secrets);
	const reload = useCallback(() => {
		seen.current = fingerprint(shown.current);
		const next = loadSecrets(shown.current);
		latest.current = next;
		setSecrets(next);
		return next;
	}, []);
	const isLatest = useCallback((read: Secrets) => read === latest.current, []);
	const switchTo = useCallback(
		(next: SecretStore) => {
			shown.current = next;
			return reload();
		},
		[reload],
	);
	useEffect(() => {
		const timer = setInterval(() => {
			if (fingerprint(shown.current) !== seen.current) {
				reload();
			}
		}, POLL_MS);
		timer.unref();
		return () => clearInterval(timer);
	}, [reload]);
	return {secrets, reload, switchTo, isLatest};
}
