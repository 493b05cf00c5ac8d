// The four ways a secret reaches a child, as written in a definitions file or on the command line:
//   NAME                     the secret NAME as the variable NAME (`.` and `-` become `_`: db-password
//                            is $db_password, the one rule for definitions, `exec --secret` and the TUI)
//   VAR=NAME                 the secret NAME as the variable VAR
//   {secret: NAME, env: VAR} the same, as a mapping
//   {secret: NAME, file: VAR} the value in a private file, its path in VAR
import type {SecretMapping} from './definition.js';

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Why `name` cannot be an environment variable's name, or undefined when it can. */
export function variableProblem(name: string): string | undefined {
	if (VARIABLE.test(name)) {
		return undefined;
	}

	return `"${name}" cannot be an environment variable's name (letters, digits and _, not starting with a digit)`;
}

/**
 * The variable a secret reaches a child as when no variable is named: its name, with `.` and `-`
 * (allowed in secret names, not in variable names) as `_`.
 */
export function variableForSecret(name: string): string {
	return name.replaceAll(/[.-]/g, '_');
}

/**
 * Parses `NAME` or `VAR=NAME` (the text form). Returns the mapping, or a sentence saying what is wrong.
 * A bare NAME becomes the variable variableForSecret(NAME); one that still cannot be a variable needs
 * the `VAR=NAME` form.
 */
export function parseTextMapping(text: string, kind: 'env' | 'file' = 'env'): SecretMapping | string {
	const trimmed = text.trim();
	const equals = trimmed.indexOf('=');
	if (equals === -1) {
		if (kind === 'file') {
			return `"${trimmed}" needs the form VAR=NAME: the variable VAR receives the secret file's path`;
		}

		if (trimmed === '') {
			return 'an empty entry names no secret';
		}

		const variable = variableForSecret(trimmed);
		const problem = variableProblem(variable);
		if (problem) {
			return `${problem}; write VAR=${trimmed} to choose the variable`;
		}

		return {secret: trimmed, kind, variable};
	}

	const variable = trimmed.slice(0, equals).trim();
	const secret = trimmed.slice(equals + 1).trim();
	if (secret === '') {
		return `"${trimmed}" names no secret after =`;
	}

	const problem = variableProblem(variable);
	if (problem) {
		return problem;
	}

	return {secret, kind, variable};
}

/** Parses one `secrets:` entry of a definitions file (a string or a mapping). */
export function parseMappingEntry(entry: unknown): SecretMapping | string {
	if (typeof entry === 'string') {
		return parseTextMapping(entry);
	}

	if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
		const record = entry as Record<string, unknown>;
		const secret = record.secret;
		if (typeof secret !== 'string' || secret.trim() === '') {
			return 'a secrets entry written as a mapping needs `secret: NAME`';
		}

		const hasEnv = record.env !== undefined;
		const hasFile = record.file !== undefined;
		if (hasEnv && hasFile) {
			return `the entry for ${secret} has both env and file: give one`;
		}

		const unknown = Object.keys(record).filter((key) => !['secret', 'env', 'file'].includes(key));
		if (unknown.length > 0) {
			return `the entry for ${secret} has ${unknown.map((key) => `\`${key}\``).join(', ')}; an entry takes secret with env or file`;
		}

		const kind = hasFile ? 'file' : 'env';
		const variable = hasFile ? record.file : hasEnv ? record.env : variableForSecret(secret.trim());
		if (typeof variable !== 'string') {
			return `the ${kind} of ${secret} must be a variable name`;
		}

		const problem = variableProblem(variable);
		if (problem) {
			return problem;
		}

		return {secret: secret.trim(), kind, variable};
	}

	return 'a secrets entry is NAME, VAR=NAME, {secret: NAME, env: VAR} or {secret: NAME, file: VAR}';
}

/** `NAME`, `VAR=NAME` or `file VAR=NAME`, for people. */
export function describeMapping(mapping: SecretMapping): string {
	if (mapping.kind === 'file') {
		return `${mapping.variable}=<file of ${mapping.secret}>`;
	}

	return mapping.variable === mapping.secret ? mapping.secret : `${mapping.variable}=${mapping.secret}`;
}

/** Where a secret goes, shown wherever it is not its own name: `db-password → $db_password`. */
export function describeDestination(mapping: SecretMapping): string {
	if (mapping.kind === 'file') {
		return `${mapping.secret} → file, path in $${mapping.variable}`;
	}

	return mapping.variable === mapping.secret ? mapping.secret : `${mapping.secret} → $${mapping.variable}`;
}
