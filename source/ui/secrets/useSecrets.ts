// The store's entries, kept current: re-read when the file changes (another process's `secrets-tui set`
// shows within a second). Reads go through SecretStore; a damaged or loose file becomes an error sentence.
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

/** What identifies one version of the file: changes on every write (writes replace the file). */
function fingerprint(file: string): string {
	try {
		const stat = fs.statSync(file);
		return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.mode}`;
	} catch {
		return 'missing';
	}
}

export function useSecrets(store: SecretStore, initial?: Secrets): {secrets: Secrets; reload: () => Secrets} {
	const seen = useRef(fingerprint(store.file));
	const [secrets, setSecrets] = useState<Secrets>(() => initial ?? loadSecrets(store));
	const reload = useCallback(() => {
		seen.current = fingerprint(store.file);
		const next = loadSecrets(store);
		setSecrets(next);
		return next;
	}, [store]);
	useEffect(() => {
		const timer = setInterval(() => {
			if (fingerprint(store.file) !== seen.current) {
				reload();
			}
		}, POLL_MS);
		timer.unref();
		return () => clearInterval(timer);
	}, [store, reload]);
	return {secrets, reload};
}
