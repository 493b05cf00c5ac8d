// Errors a person can act on. The CLI prints `message` as a sentence and exits with `exitCode`;
// anything that is not a UserError is a bug and keeps its stack trace.
// A message can quote text from a file (a path, a name); its control characters are escaped here, once
// for every message, so no escape sequence from a file reaches the terminal raw. Newlines are kept.

export class UserError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode = 1) {
		super(escapeControls(message));
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

/** C0 (but the newline), DEL and C1 control characters as \xNN. */
export function escapeControls(text: string): string {
	return text.replaceAll(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
