// "3 days ago": relative times for the list views of both faces.

const UNITS: Array<[unit: string, seconds: number]> = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
];

export function relativeTime(iso: string, now: number = Date.now()): string {
	const then = Date.parse(iso);
	if (Number.isNaN(then)) {
		return 'unknown';
	}

	const seconds = Math.round((now - then) / 1000);
	if (seconds < 45) {
		return 'just now';
	}

	for (const [unit, size] of UNITS) {
		const count = Math.floor(seconds / size);
		if (count >= 1) {
			return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
		}
	}

	return '1 minute ago';
}
