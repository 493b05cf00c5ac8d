// The job script: it holds names and paths only. On the compute node it starts secrets-tui's own `run`,
// which reads the store (home folders are shared with the login node), injects the values and redacts
// the output the scheduler writes to the job's output file.
import {shellJoin, shellQuote} from '../launch/quote.js';

/** What `run` is asked to do: the same choices `secrets-tui run` takes on its command line. */
export type RunChoices = {
	environment: string;
	executable?: string;
	cores?: number;
	params: Record<string, string>;
	args: readonly string[];
	/** Absolute path of the definitions file. */
	envsFile: string;
};

/** `run`'s arguments for these choices (after `secrets-tui`): the one place submit turns choices into argv. */
export function runArgv(choices: RunChoices): string[] {
	const argv = ['run', choices.environment];
	if (choices.executable !== undefined) {
		argv.push(choices.executable);
	}

	argv.push('--envs', choices.envsFile);
	if (choices.cores !== undefined) {
		argv.push('--cores', String(choices.cores));
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
