// The job script: it holds names and paths only. On the compute node it starts secrets-tui's own `run`,
// which reads the store (home folders are shared with the login node), injects the values and redacts
// the output the scheduler writes to the job's output file.
import type {RunChoices} from '../launch/plan.js';
import {shellJoin, shellQuote} from '../launch/quote.js';

/** `run`'s choices (RunChoices, as `run` parses them) and the definitions files, by absolute path. */
export type JobChoices = RunChoices & {envsFiles: string[]};

/**
 * `run`'s arguments for these choices (after `secrets-tui`): the one place that turns run choices into
 * argv. Paths must be absolute (the job may start elsewhere): the caller resolves --envs and --script.
 */
export function runArgv(choices: JobChoices): string[] {
	const argv = ['run', choices.environment, ...(choices.executable === undefined ? [] : [choices.executable]), ...choices.envsFiles.flatMap((file) => ['--envs', file])];
	for (const [key, value] of Object.entries(choices.specs ?? {})) {
		argv.push('--spec', `${key}=${value}`);
	}

	if (choices.cores !== undefined) {
		argv.push('--cores', String(choices.cores));
	}

	if (choices.script !== undefined) {
		argv.push('--script', choices.script);
	}

	if (choices.shell !== undefined) {
		argv.push('--shell', choices.shell);
	}

	for (const [name, value] of Object.entries(choices.params)) {
		argv.push('--param', `${name}=${value}`);
	}

	if (choices.args.length > 0) {
		argv.push('--', ...choices.args);
	}

	return argv;
}

export type JobScriptInput = {
	/** Absolute path of node, and of secrets-tui's cli.js. */
	node: string;
	cli: string;
	/** The store's folder, absolute. */
	home: string;
	/** The working directory the job starts in. */
	cwd: string;
	run: readonly string[];
};

export function jobScript(input: JobScriptInput): string {
	return [
		'#!/bin/sh',
		'# Written by secrets-tui submit. It holds no secret: secrets-tui reads them from the store on the',
		'# compute node, injects them into the command and redacts them from its output.',
		`cd ${shellQuote(input.cwd)} || exit 1`,
		`SECRETS_TUI_HOME=${shellQuote(input.home)}`,
		'export SECRETS_TUI_HOME',
		`exec ${quoted(input.node)} ${quoted(input.cli)} ${shellJoin(input.run)}`,
		'',
	].join('\n');
}

/** Always in single quotes, so a path reads the same whatever it holds. */
function quoted(word: string): string {
	return `'${word.replaceAll("'", `'\\''`)}'`;
}
