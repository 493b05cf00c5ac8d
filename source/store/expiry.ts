// Whether a secret has expired or soon will: the TUI colours it, `list --expired/--expiring` report it,
// a run with an expired secret warns. Pure; today's date comes in.

/** Expiring: within this many days (the TUI marks those, in words and in its warning colour). */
export const EXPIRING_DAYS = 14;

export type ExpiryState = 'expired' | 'expiring' | undefined;

/** Whole days from `now`'s day (UTC) to the expiry day: 0 on the day itself, negative once past. */
export function daysLeft(expires: string, now: number): number {
	const day = Date.parse(`${expires}T00:00:00Z`);
	const today = Date.parse(new Date(now).toISOString().slice(0, 10) + 'T00:00:00Z');
	return Math.round((day - today) / 86_400_000);
}

/** Expired the day after its date (it works through that day), expiring within `within` days. */
export function expiryState(expires: string | undefined, now: number, within = EXPIRING_DAYS): ExpiryState {
	if (!expires) {
		return undefined;
	}

	const left = daysLeft(expires, now);
	return left < 0 ? 'expired' : left <= within ? 'expiring' : undefined;
}

/** "expired 3 days ago", "expires today"... as said beside a date. */
export function expiryText(expires: string, now: number): string {
	const left = daysLeft(expires, now);
	if (left < 0) {
		return `expired ${-left} day${left === -1 ? '' : 's'} ago`;
	}

	return left === 0 ? 'expires today' : `expires in ${left} day${left === 1 ? '' : 's'}`;
}
