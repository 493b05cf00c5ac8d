// Errors a person can act on. The CLI prints `message` as a sentence and exits with `exitCode`;
// anything that is not a UserError is a bug and keeps its stack trace.

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
