// Which slice of a long list to draw so the cursor stays visible: only visible rows are rendered.
export function windowStart(cursor: number, length: number, rows: number): number {
	if (length <= rows) {
		return 0;
	}

	return Math.max(0, Math.min(cursor - Math.floor(rows / 2), length - rows));
}

/** The same, the cursor kept on the last row of the window rather than its middle (a list of fields). */
export function windowFollowing(cursor: number, length: number, rows: number): number {
	return Math.max(0, Math.min(cursor - rows + 1, length - rows));
}
