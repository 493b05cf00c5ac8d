// Errors a person can act on. The CLI prints `message` as a sentence and exits with `exitCode`;
// anything that is not a UserError is a bug and keeps its stack trace.
// A message can quote text from a file, argv or a scheduler (a path, a name) as it is: each face shows it
// through util/printable.ts (the CLI in its one error printer, the TUI in its Text), so the library's
// callers read the real text and no escape sequence reaches a terminal raw.

export class UserError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode = 1) {
		super(message);
		this.name = 'UserError';
		this.exitCode = exitCode;
	}
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends UserError {
	constructor(message: string) {
		super(message, 2);
		this.name = 'UsageError';
	}
}

export function isUserError(error: unknown): error is UserError {
	return error instanceof UserError;
}
