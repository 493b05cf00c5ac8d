// The ways secrets reach a child, as written in a definitions file or on the command line:
//   NAME                       the secret NAME as the variable NAME (`.` and `-` become `_`: db-password
//                              is $db_password, the one rule for definitions, `exec --secret` and the TUI)
//   VAR=NAME                   the secret NAME as the variable VAR
//   {secret: NAME, env: VAR}   the same, as a mapping
//   {secret: NAME, file: VAR}  the value in a private file, its path in VAR
//   {template: PATH, file: VAR} the template at PATH filled with the secrets it names, in a private file
//                              (exec: --template-file VAR=PATH); the loader reads the template's names
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
		if (record.template !== undefined) {
			return parseTemplateEntry(record);
		}

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

	return 'a secrets entry is NAME, VAR=NAME, {secret: NAME, env: VAR}, {secret: NAME, file: VAR} or {template: PATH, file: VAR}';
}

/** `{template: PATH, file: VAR}`; `secret` is PATH as written (the loader makes it absolute and reads it). */
function parseTemplateEntry(record: Record<string, unknown>): SecretMapping | string {
	const {template, file} = record;
	if (typeof template !== 'string' || template.trim() === '') {
		return 'the template of a secrets entry must be a file path';
	}

	const unknown = Object.keys(record).filter((key) => !['template', 'file'].includes(key));
	if (unknown.length > 0) {
		return `the entry for the template ${template} has ${unknown.map((key) => `\`${key}\``).join(', ')}; a template entry takes template and file`;
	}

	if (typeof file !== 'string') {
		return `the entry for the template ${template} needs \`file: VAR\`: the variable that receives the filled file's path`;
	}

	return variableProblem(file) ?? {secret: template.trim(), kind: 'template', variable: file};
}

/** `VAR=PATH` of --template-file. */
export function parseTemplateOption(text: string): SecretMapping | string {
	const equals = text.indexOf('=');
	if (equals <= 0 || text.slice(equals + 1).trim() === '') {
		return `"${text}" needs the form VAR=PATH: the variable VAR receives the filled file's path`;
	}

	return parseTemplateEntry({template: text.slice(equals + 1), file: text.slice(0, equals).trim()});
}

/** The store names a mapping needs: its secret, or every name its template holds. */
export function secretsOf(mapping: SecretMapping): string[] {
	return mapping.kind === 'template' ? (mapping.template?.names ?? []) : [mapping.secret];
}

/** `NAME`, `VAR=NAME` or `file VAR=NAME`, for people. */
export function describeMapping(mapping: SecretMapping): string {
	if (mapping.kind === 'file') {
		return `${mapping.variable}=<file of ${mapping.secret}>`;
	}

	if (mapping.kind === 'template') {
		return `${mapping.variable}=<template ${mapping.secret}${mapping.template ? `: ${mapping.template.names.join(', ') || 'no secrets'}` : ''}>`;
	}

	return mapping.variable === mapping.secret ? mapping.secret : `${mapping.variable}=${mapping.secret}`;
}

/** Where a secret goes, shown wherever it is not its own name: `db-password → $db_password`. */
export function describeDestination(mapping: SecretMapping): string {
	if (mapping.kind === 'template') {
		return `template ${mapping.secret} (${secretsOf(mapping).join(', ') || 'no secrets'}) → file, path in $${mapping.variable}`;
	}

	if (mapping.kind === 'file') {
		return `${mapping.secret} → file, path in $${mapping.variable}`;
	}

	return mapping.variable === mapping.secret ? mapping.secret : `${mapping.secret} → $${mapping.variable}`;
}
