// The current time, refreshed every `everyMs`: relative times ("3 minutes ago") stay right
// without re-rendering rows on every key press.
import {useEffect, useState} from 'react';

export function useNow(everyMs = 30_000): number {
	const [now, setNow] = useState(Date.now);
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), everyMs);
		timer.unref();
		return () => clearInterval(timer);
	}, [everyMs]);
	return now;
}
