// The status line's state: what the last action did fades after a few seconds or at the next key
// (as lazygit's toasts do); a question stays until it is answered.
import {useCallback, useEffect, useState} from 'react';
import type {Status} from './StatusLine.js';

/** How long a status stays: an error a little longer, to be read. */
export const STATUS_FADE_MS = {info: 4000, error: 8000} as const;

export function useStatus(fadeMs: {info: number; error: number} = STATUS_FADE_MS) {
	const [status, setStatus] = useState<Status>();
	useEffect(() => {
		if (!status || status.tone === 'question') {
			return undefined;
		}

		const timer = setTimeout(() => setStatus((current) => (current === status ? undefined : current)), fadeMs[status.tone === 'error' ? 'error' : 'info']);
		timer.unref?.();
		return () => clearTimeout(timer);
	}, [status, fadeMs]);
	/** A key was pressed: what the last action said is done with (a question is answered elsewhere). */
	const dismiss = useCallback(() => setStatus((current) => (current?.tone === 'question' ? current : undefined)), []);
	return [status, setStatus, dismiss] as const;
}
