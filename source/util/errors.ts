// Errors a person can act on. The CLI prints `message` as a sentence and exits with `exitCode`;
// anything that is not a UserError is a bug and keeps its stack trace.
// A message can quote text from a file, argv or a scheduler (a path, a name) as it is: each face shows it
// through util/printable.ts (the CLI in its one error printer, the TUI in its Text), so the library's
// callers read the real text and no escape sequence reaches a terminal raw.

/** Marks a UserError whichever bundle made it (dist/cli.js and each command's bundle hold a copy of this class). */
const USER_ERROR = Symbol.for('secrets-tui.UserError');

export class UserError extends Error {
	readonly exitCode: number;
	readonly [USER_ERROR] = true;

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
	return error instanceof Error && (error as Partial<Record<typeof USER_ERROR, boolean>>)[USER_ERROR] === true;
}
