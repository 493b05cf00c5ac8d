// Who runs secrets-tui, as the file checks compare it with a file's owner. process.getuid exists on
// Linux and macOS; on Windows (no owners to compare) it is undefined.

/** This process's user id, or undefined where the platform has none (Windows). */
export function currentUid(): number | undefined {
	return typeof process.getuid === 'function' ? process.getuid() : undefined;
}
