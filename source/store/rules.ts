// The rules for names and values, stated once: the CLI, the TUI forms and import all check through here.
import {printable} from '../util/printable.js';

export const MAX_NAME_LENGTH = 128;
export const MAX_VALUE_BYTES = 1024 * 1024;
/** The largest store file read or written (decided from its size, before reading a byte). */
export const MAX_STORE_BYTES = 128 * 1024 * 1024;
/** The largest file `import` reads: what would not fit in a store cannot be imported. */
export const MAX_IMPORT_BYTES = MAX_STORE_BYTES;

/** Input that holds more than a value may (`what`: "Standard input", "The file x"), refused unread past the limit. */
export function oversizedValue(what: string): string {
	return `${what} holds more than ${MAX_VALUE_BYTES} bytes (1 MiB), the most a secret's value may have, so nothing was stored.`;
}

/** A file for `import` larger than a store may be. */
export function oversizedImport(what: string): string {
	return `${what} holds more than ${MAX_IMPORT_BYTES} bytes (128 MiB), the most a store may hold, so nothing was imported.`;
}
export const NAME_RULE = 'a name starts with a letter or _, then has only letters, digits, _, . and -, at most 128 characters';

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isValidName(name: string): boolean {
	return name.length <= MAX_NAME_LENGTH && NAME_PATTERN.test(name);
}

/** The problem with a name as a sentence, or undefined when it is valid. */
export function nameProblem(name: string): string | undefined {
	if (name.length === 0) {
		return 'The name is empty: ' + NAME_RULE + '.';
	}

	if (name.length > MAX_NAME_LENGTH) {
		return `The name is ${name.length} characters long: ${NAME_RULE}.`;
	}

	if (!NAME_PATTERN.test(name)) {
		return `"${printable(shortened(name))}" is not a valid name: ${NAME_RULE}.`;
	}

	return undefined;
}

/** The problem with a value as a sentence, or undefined when it is valid. */
export function valueProblem(value: string): string | undefined {
	if (value.length === 0) {
		return 'The value is empty: a secret needs at least one character.';
	}

	if (value.includes('\0')) {
		return 'The value contains a NUL byte, which no environment variable can carry: remove it.';
	}

	const bytes = Buffer.byteLength(value, 'utf8');
	if (bytes > MAX_VALUE_BYTES) {
		return `The value is ${bytes} bytes: at most ${MAX_VALUE_BYTES} bytes (1 MiB) are allowed.`;
	}

	return undefined;
}

function shortened(text: string): string {
	return text.length > 40 ? text.slice(0, 40) + '…' : text;
}

export const MAX_NOTE_LENGTH = 1000;

/** The problem with an expiry date as a sentence, or undefined when it is a real YYYY-MM-DD day. */
export function expiresProblem(expires: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
	const day = match ? new Date(`${expires}T00:00:00Z`) : undefined;
	if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== expires) {
		return `"${printable(expires)}" is not a date: give the expiry as YYYY-MM-DD, as in 2027-03-01.`;
	}

	return undefined;
}

/** The problem with a note as a sentence, or undefined when it is fine (one line, at most 1000 characters). */
export function noteProblem(note: string): string | undefined {
	if (note.length > MAX_NOTE_LENGTH) {
		return `The note is ${note.length} characters long: at most ${MAX_NOTE_LENGTH} are kept.`;
	}

	if (/[\u0000-\u001F\u007F]/.test(note)) {
		return 'The note has a line break or a control character: a note is one line of text.';
	}

	return undefined;
}
