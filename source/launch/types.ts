// What the launcher builds and returns: the plan of a run, the options of a launch, its handle and result.
// Plain TypeScript, no React. Definitions' own types live in source/environments/definition.ts.
import type {Environment, Executable, Instance} from '../environments/definition.js';

/** What will run; built before launch, holds no value except in `secrets` (never printed). */
export type LaunchPlan = {
	/** The program and its arguments, e.g. ['bash', '-c', script] for definitions, [command, ...args] for exec. */
	argv: string[];
	/** The command line for people (dry runs, the panel's status line). Holds no value. */
	display: string;
	/** Environment variable -> secret name, for the values injected as variables. */
	variables: Array<{variable: string; secret: string}>;
	/**
	 * Secret files to write before launch; `variable` receives the file's path. A template's file holds its
	 * text filled from `values` (`secret` is then the template's path).
	 */
	files: Array<{variable: string; secret: string; template?: {text: string; names: string[]}}>;
	/** The values, by secret name: used to inject and to redact. */
	values: Map<string, string>;
	/** Sentences to show before launch (e.g. a value too short to redact). */
	warnings: string[];
	/** For dry runs: which environment, instance and shell were chosen, and why. Holds no value. */
	about?: string[];
	/** For a definition: the shell, and where that choice came from. */
	shell?: {words: string[]; from: string};
	/** For a definition: what was chosen (submit asks the scheduler for these cores). */
	chosen?: {environment: Environment; executable: Executable; instance: Instance; cores: number};
	/**
	 * Only when the plan was asked to keep them (a dry run): what stops it from running (missing secrets,
	 * unfilled placeholders), as sentences, and the secrets missing from the store. Such a plan never runs.
	 */
	problems?: string[];
	missing?: string[];
};

export type RunResult = {
	/** The child's exit code, or 128 + the signal's number when a signal ended it. */
	exitCode: number;
	/** The signal that ended the child, if one did (e.g. 'SIGINT'). */
	signal?: string;
	durationMs: number;
	/** A signal this process received while the child ran and passed on to it (SIGINT, SIGTERM, SIGHUP). */
	interruptedBy?: string;
	/** Why the child could not be started (it then gets exit code 127 or 126, as in a shell). */
	startError?: string;
};

export type LaunchOptions = {
	/** Replace every injected value in the child's output with a marker naming the secret (default true). */
	redact?: boolean;
	/**
	 * Receives the child's output, already redacted, as text. Without it, stdout and stderr go to this
	 * process's stdout and stderr. With `inherit`, the child gets the terminal and nothing is received.
	 * With it, the child's stdin is closed and the child runs in a process group of its own (it never
	 * touches the terminal): stop() and forwarded signals reach every process of that group.
	 */
	onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
	/** Give the child this process's stdin, stdout and stderr (for `--no-redact` and interactive programs). */
	inherit?: boolean;
	/**
	 * Pass SIGINT, SIGTERM and SIGHUP received by this process to the child while it runs (default true).
	 * SIGINT is not passed on when stdin is a terminal: the terminal already sent it to the child.
	 * The result's `interruptedBy` then names the signal, so the caller can exit after the child.
	 */
	forwardSignals?: boolean;
	/** The environment the injected variables are added to (default process.env). */
	env?: NodeJS.ProcessEnv;
	cwd?: string;
};

export type RunHandle = {
	pid: number | undefined;
	/** Settles when the child has ended and its secret files are removed. Never rejects for the child's failure. */
	result: Promise<RunResult>;
	/** Stops the child: SIGINT, then SIGTERM, then SIGKILL if it does not end. */
	stop: () => void;
};
