// Starts a planned child: values only in its environment (built as an object, never as shell text) or
// in the secret files it asked for; output redacted on the way through; signals passed on; secret files
// removed however it ends.
//
// stdio: with `inherit` the child gets this process's terminal. Otherwise stdout and stderr are piped
// (and redacted unless `redact: false`); stdin is inherited for the subcommands, and closed ('ignore')
// when `onOutput` is given, since the TUI owns the keyboard then. When this process's stdout and stderr
// are one file (`exec … 2>&1`, `> log 2>&1`, one terminal), the child gets one pipe for both, so the
// lines keep exactly the order the child wrote them in (two pipes read separately cannot keep it).
// The run panel (`onOutput`) keeps two streams.
import tty from 'node:tty';
import {spawn, type ChildProcess} from 'node:child_process';
import os from 'node:os';
import {StringDecoder} from 'node:string_decoder';
import type {LaunchOptions, LaunchPlan, RunHandle, RunResult} from './types.js';
import {Redactor, redactionRules, type RedactionRules} from './redact.js';
import {removeSecretFolder, sweepSecretFolders, writeSecretFiles} from './secret-files.js';
import {oneOutputCommand, sharedOutputFile} from './one-output.js';
import {printable} from '../util/printable.js';
import {withChildCoreDumps} from '../util/core-dumps.js';
import {fillTemplate} from '../environments/template.js';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long after the child's end a Ctrl+C from the shared terminal is still absorbed: it can be handled late. */
const LATE_SIGINT_MS = 1000;
/** stop(): SIGINT, then SIGTERM this long after, then SIGKILL this long after that. */
export const STOP_TERM_AFTER_MS = 2000;
export const STOP_KILL_AFTER_MS = 5000;
/**
 * After the child's end, how long its output pipes stay open for what is already written. A daemon it
 * started (`setsid sleep 25 &`) can hold them open for ever: then they are closed, and its later output
 * is not relayed. Time spent waiting for a slow reader of our own output does not count.
 */
export const OUTPUT_GRACE_MS = 150;

export function launch(plan: LaunchPlan, options: LaunchOptions = {}): RunHandle {
	// Not performance.now(): the global `performance` loads node:perf_hooks (about 2 ms of every exec).
	const started = Date.now();
	const folder = plan.files.length > 0 ? writeSecretFiles(...fileContents(plan)) : undefined;
	// No prototype: a variable named __proto__ (a valid name) is then a variable like any other.
	const env = Object.assign(Object.create(null) as NodeJS.ProcessEnv, options.env ?? process.env);
	for (const {variable, secret} of plan.variables) {
		env[variable] = plan.values.get(secret);
	}

	for (const [variable, file] of folder?.paths ?? []) {
		env[variable] = file;
	}

	// A sentence for the person (printable: it can quote argv or a path): in the run panel's output, else on stderr.
	const say = (sentence: string) => {
		const message = `secrets-tui: ${printable(sentence)}\n`;
		if (options.onOutput) {
			options.onOutput('stderr', message);
		} else {
			process.stderr.write(message);
		}
	};

	const removeFolder = () => {
		const problem = folder && removeSecretFolder(folder);
		if (problem) {
			say(problem);
		}
	};

	// A last resort if this process ends without the child's end being seen (an uncaught error).
	const removeOnExit = () => removeFolder();
	process.on('exit', removeOnExit);

	const inherit = options.inherit === true;
	// The child shares our terminal when it inherits it, or our stdin is a terminal it inherits: it must
	// stay in our (foreground) process group then, and Ctrl+C reaches it without us. Otherwise it gets a
	// process group of its own, and signals go to that whole group: `bash -c 'setup; a | b'` has
	// grandchildren that a signal to bash alone would leave running.
	const sharesTerminal = inherit || (!options.onOutput && stdinIsTerminal());
	const detached = !sharesTerminal;
	const merged = !inherit && !options.onOutput && sharedOutputFile() ? oneOutputCommand(plan.argv, env.PATH, options.cwd) : undefined;
	let child: ChildProcess;
	try {
		const [command, ...args] = merged ?? plan.argv;
		child = withChildCoreDumps(() => spawn(command!, args, {
			env,
			cwd: options.cwd,
			detached,
			stdio: inherit ? 'inherit' : [options.onOutput ? 'ignore' : 'inherit', 'pipe', merged ? 'ignore' : 'pipe'],
		}));
	} catch (error) {
		// spawn throws only for invalid arguments (e.g. a NUL byte); a missing program is an 'error' event.
		process.off('exit', removeOnExit);
		removeFolder();
		throw error;
	}

	// Folders left by our processes that died: removed while the child starts (on another core), not before.
	sweepSecretFolders();

	const send = (signal: NodeJS.Signals) => {
		try {
			if (detached && child.pid !== undefined) {
				process.kill(-child.pid, signal);
			} else {
				child.kill(signal);
			}
		} catch {
			// Already gone.
		}
	};

	const timers: NodeJS.Timeout[] = [];
	let ended = false;
	let interruptedBy: string | undefined;
	const handlers = new Map<string, () => void>();
	if (options.forwardSignals !== false) {
		for (const signal of FORWARDED) {
			const handler = () => {
				interruptedBy = signal;
				if (childExited) {
					// Only something the child left behind holds the output open: end now, cleanup included.
					closeOutputs(true);
					return;
				}

				// The terminal sends Ctrl+C to the whole foreground group, the child included: do not double it.
				if (signal === 'SIGINT' && sharesTerminal && stdinIsTerminal()) {
					return;
				}

				send(signal);
			};

			handlers.set(signal, handler);
			process.on(signal, handler);
		}
	}

	const rules = options.redact === false ? undefined : redactionRules(plan.values);
	let lostOutput: string | undefined;
	const outputsDone: Array<Promise<void>> = [];
	const closers: Array<(force: boolean) => void> = [];
	let childExited = false;
	let grace: NodeJS.Timeout | undefined;
	const closeOutputs = (force: boolean) => {
		for (const close of closers) {
			close(force);
		}
	};

	if (!inherit) {
		const broken = (error: NodeJS.ErrnoException, stream: 'stdout' | 'stderr') => {
			send('SIGPIPE');
			// A closed reader (EPIPE) means "enough", as it would without us. Anything else (a full device:
			// `> /dev/full`) lost output: that is a failure, said once, whatever the child's own status.
			if (error.code !== 'EPIPE' && lostOutput === undefined) {
				lostOutput = error.code === 'ENOSPC' ? 'the device it goes to is full' : `the system said ${error.code ?? error.message}`;
				if (stream === 'stdout') {
					process.stderr.write(`secrets-tui: Cannot write to standard output: ${lostOutput}; the output is incomplete.\n`);
				}
			}
		};

		outputsDone.push(relay(child, 'stdout', rules, options, broken, closers));
		if (!merged) {
			outputsDone.push(relay(child, 'stderr', rules, options, broken, closers));
		}
	}

	const result = new Promise<RunResult>((resolve) => {
		let startError: string | undefined;
		let settled = false;
		const finish = (exitCode: number, signal: string | undefined) => {
			if (settled) {
				return;
			}

			settled = true;
			void Promise.all(outputsDone).then(() => {
				ended = true;
				clearTimeout(grace);
				for (const timer of timers) {
					clearTimeout(timer);
				}

				for (const [signalName, handler] of handlers) {
					if (signalName === 'SIGINT' && sharesTerminal) {
						// The terminal's Ctrl+C reaches this process and the child together, and its end can be
						// seen first: a SIGINT handled after that must still not kill this process.
						setTimeout(() => process.off(signalName, handler), LATE_SIGINT_MS).unref();
					} else {
						process.off(signalName, handler);
					}
				}

				removeFolder();
				process.off('exit', removeOnExit);
				resolve({
					exitCode: lostOutput === undefined ? exitCode : 1,
					...(signal ? {signal} : {}),
					durationMs: Date.now() - started,
					...(interruptedBy ? {interruptedBy} : {}),
					...(startError ? {startError} : {}),
				});
			});
		};

		child.once('error', (error: NodeJS.ErrnoException) => {
			if (child.pid !== undefined) {
				return;
			}

			const program = plan.argv[0];
			// The program's name comes from argv or a definition: shown printable (say makes every sentence so).
			startError = printable(error.code === 'ENOENT' ? `cannot run ${program}: there is no such command` : `cannot run ${program}: ${error.message}`);
			say(`${startError}.`);
			finish(error.code === 'ENOENT' ? 127 : 126, undefined);
		});

		child.once('exit', () => {
			childExited = true;
			grace = setTimeout(() => closeOutputs(false), OUTPUT_GRACE_MS);
		});

		child.once('close', (code, signal) => {
			if (signal) {
				finish(128 + (os.constants.signals[signal] ?? 0), signal);
			} else {
				finish(code ?? 1, undefined);
			}
		});
	});

	const stop = () => {
		// After the child itself ended, its group may still hold the output open: stop() still reaches it.
		if (ended || timers.length > 0) {
			return;
		}

		send('SIGINT');
		timers.push(
			setTimeout(() => send('SIGTERM'), STOP_TERM_AFTER_MS),
			setTimeout(() => send('SIGKILL'), STOP_TERM_AFTER_MS + STOP_KILL_AFTER_MS),
		);
	};

	return {pid: child.pid, result, stop};
}

/** The secret files and what each holds: a secret's value, or a template filled with the values it names. */
function fileContents(plan: LaunchPlan): [Array<{variable: string; secret: string}>, Map<string, string>] {
	const contents = new Map<string, string>();
	const files = plan.files.map(({variable, secret, template}) => {
		const key = template ? `\0template:${variable}` : secret;
		contents.set(key, template ? fillTemplate(template.text, plan.values) : (plan.values.get(secret) ?? ''));
		return {variable, secret: key};
	});
	return [files, contents];
}

/** Passes one of the child's output streams on, redacted; settles when the stream has ended. */
function relay(
	child: ChildProcess,
	name: 'stdout' | 'stderr',
	rules: RedactionRules | undefined,
	options: LaunchOptions,
	onBroken: (error: NodeJS.ErrnoException, stream: 'stdout' | 'stderr') => void,
	closers: Array<(force: boolean) => void>,
): Promise<void> {
	const source = child[name]!;
	const redactor = rules ? new Redactor(rules) : undefined;
	const decoder = options.onOutput ? new StringDecoder('utf8') : undefined;
	// Our output closed early (`secrets-tui exec -- yes | head -1`): the child gets the SIGPIPE it would
	// have got without us, and what it still writes is dropped; this process does not die of EPIPE.
	let closed = false;
	const onTargetError = (error: NodeJS.ErrnoException) => {
		if (!closed) {
			closed = true;
			onBroken(error, name);
		}
	};

	// Made at the first byte passed on: for a child that writes nothing (`exec -- true`) this process
	// does not build process.stdout (Node's net reads process.stderr itself as a child's pipe closes).
	let target: NodeJS.WriteStream | undefined;
	const targetStream = (): NodeJS.WriteStream => {
		if (!target) {
			target = name === 'stdout' ? process.stdout : process.stderr;
			target.on('error', onTargetError);
		}

		return target;
	};

	const deliver = (bytes: Buffer) => {
		if (bytes.length === 0 || closed) {
			return;
		}

		if (options.onOutput) {
			const text = decoder!.write(bytes);
			if (text) {
				options.onOutput(name, text);
			}

			return;
		}

		const out = targetStream();
		if (!out.write(bytes)) {
			waitingForDrain = true;
			source.pause();
			out.once('drain', () => {
				waitingForDrain = false;
				source.resume();
				if (closeWanted) {
					// What the child wrote before its end may still be in the pipe: another grace period.
					setTimeout(() => close(false), OUTPUT_GRACE_MS);
				}
			});
		}
	};

	// After the child's end: close the pipe (a daemon may hold it), unless our own reader is slow (then
	// after it caught up), or at once when `force` (a signal).
	let waitingForDrain = false;
	let closeWanted = false;
	const close = (force: boolean) => {
		closeWanted = true;
		if (force || !waitingForDrain) {
			source.destroy();
		}
	};

	closers.push(close);

	return new Promise((resolve) => {
		source.on('data', (chunk: Buffer) => deliver(redactor ? redactor.write(chunk) : chunk));
		source.once('close', () => {
			if (redactor) {
				deliver(redactor.end());
			}

			const rest = decoder?.end();
			if (rest) {
				options.onOutput!(name, rest);
			}

			target?.off('error', onTargetError);
			resolve();
		});
	});
}

/** Whether stdin is a terminal, without making process.stdin (a stream that costs about 3 ms to make and is not used here). */
function stdinIsTerminal(): boolean {
	return tty.isatty(0);
}
