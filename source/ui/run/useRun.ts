// Starts, stops and follows one child at a time. Output is collected as it arrives and handed to the
// output reducer at most every FLUSH_MS, so a program printing a million lines costs a few dozen
// renders a second, not one per chunk.
import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import type {EnvironmentsFile} from '../../environments/definition.js';
import type {LaunchPlan, RunHandle} from '../../launch/types.js';
import {planRun} from '../../launch/plan.js';
import {launch} from '../../launch/launch.js';
import type {SecretStore} from '../../store/store.js';
import {emptyOutput, outputReducer, type OutputViewAction, type OutputState, type Stream} from '../shared/output-buffer.js';
import {idleRun, runReducer, type RunState} from './lifecycle.js';
import type {LaunchMode} from './wizard-state.js';
import type {LaunchRequest} from '../shared/launch-request.js';
import {handOver} from './handover.js';

export const FLUSH_MS = 40;
/** Longer than two frames at ink's lowest usual rate (30 fps), short enough not to be noticed. */
const HANDOVER_DELAY_MS = 100;

export type Run = {
	run: RunState;
	output: OutputState;
	/** Sentences from the launcher before the start (e.g. a value too short to redact). */
	warnings: string[];
	start: (request: LaunchRequest, mode?: LaunchMode) => void;
	/** Whether a child runs now (read at once, not from the last render). */
	hasChild: () => boolean;
	/** The child has the whole terminal: the panel draws nothing new and reads no key until it ends. */
	handingOver: boolean;
	/** Where the last run ran: its output is in the panel, or was on the terminal. */
	mode: LaunchMode;
	/** Stops the child; false when none is running (read now, not from the last render). */
	stop: () => boolean;
	scroll: (action: OutputViewAction) => void;
};

export function useRun(store: SecretStore, defs: EnvironmentsFile | undefined): Run {
	const [run, dispatchRun] = useReducer(runReducer, idleRun);
	const [output, dispatchOutput] = useReducer(outputReducer, emptyOutput);
	const [warnings, setWarnings] = useState<string[]>([]);
	const [mode, setMode] = useState<LaunchMode>('panel');
	const handle = useRef<RunHandle | undefined>(undefined);
	const pending = useRef<Array<[Stream, string]>>([]);
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);
	const generation = useRef(0);
	const [handover, setHandover] = useState<{plan: LaunchPlan; generation: number} | undefined>(undefined);

	const flush = useCallback(() => {
		clearTimeout(timer.current);
		timer.current = undefined;
		if (pending.current.length > 0) {
			const chunks = pending.current;
			pending.current = [];
			dispatchOutput({type: 'append', chunks});
		}
	}, []);

	const start = useCallback(
		(request: LaunchRequest, where: LaunchMode = 'panel') => {
			if (handle.current || !defs) {
				return;
			}

			const current = ++generation.current;
			clearTimeout(timer.current);
			timer.current = undefined;
			pending.current = [];
			dispatchOutput({type: 'clear'});
			setWarnings([]);
			setMode(where);
			dispatchRun({type: 'start', at: Date.now()});
			try {
				const plan = planRun({
					defs,
					environment: request.environment.name,
					specs: request.environment.specifiers,
					exactSpecs: true,
					executable: request.executable,
					// A typed core count picks the instance as `run --cores` does; else the instance picked on the list.
					...(request.cores === undefined ? {instance: request.instance} : {cores: request.cores}),
					// An empty field is an unfilled placeholder: the launcher says which.
					params: Object.fromEntries(Object.entries(request.params).filter(([, value]) => value !== '')),
					args: request.args,
					mappings: request.mappings,
					...(request.shell === undefined ? {} : {shell: request.shell}),
					store,
				});
				if (where === 'terminal') {
					if (!process.stdin.isTTY || !process.stdout.isTTY) {
						throw new Error('Running in the terminal needs one: stdin and stdout are not a terminal here.');
					}

					setWarnings(plan.warnings);
					// Launched by the effect below, once this render has released the keyboard.
					setHandover({plan, generation: current});
					return;
				}

				const onOutput = (stream: Stream, text: string) => {
					if (current !== generation.current) {
						return;
					}

					pending.current.push([stream, text]);
					timer.current ??= setTimeout(flush, FLUSH_MS);
				};

				const child = launch(plan, {redact: true, onOutput});
				handle.current = child;
				setWarnings(plan.warnings);
				dispatchRun({type: 'started', display: plan.display, pid: child.pid, at: Date.now()});
				void child.result.then(
					(result) => {
						if (current !== generation.current) {
							return;
						}

						handle.current = undefined;
						flush();
						dispatchOutput({type: 'end'});
						dispatchRun({type: 'ended', result});
					},
					(error: unknown) => {
						handle.current = undefined;
						dispatchRun({type: 'failed', message: (error as Error)?.message ?? String(error)});
					},
				);
			} catch (error) {
				dispatchRun({type: 'failed', message: (error as Error)?.message ?? String(error)});
			}
		},
		[defs, store, flush],
	);

	useEffect(() => {
		if (!handover) {
			return;
		}

		const current = handover.generation;
		// By then every effect of this commit has run (ink has left raw mode and stopped reading keys) and
		// ink's throttled writes of the last frame (two throttles of 1/maxFps each) have reached the terminal.
		const timer = setTimeout(() => {
			try {
				const child = handOver(handover.plan);
				handle.current = child;
				dispatchRun({type: 'started', display: handover.plan.display, pid: child.pid, at: Date.now()});
				void child.result.then((result) => {
					if (current === generation.current) {
						handle.current = undefined;
						dispatchRun({type: 'ended', result});
					}

					setHandover(undefined);
				});
			} catch (error) {
				setHandover(undefined);
				dispatchRun({type: 'failed', message: (error as Error)?.message ?? String(error)});
			}
		}, HANDOVER_DELAY_MS);
		return () => clearTimeout(timer);
	}, [handover]);

	const stop = useCallback(() => {
		if (!handle.current) {
			return false;
		}

		handle.current.stop();
		dispatchRun({type: 'stop'});
		return true;
	}, []);

	const scroll = useCallback((action: OutputViewAction) => dispatchOutput(action), []);

	// Closing the panel (or the TUI) never leaves a child behind.
	useEffect(
		() => () => {
			generation.current++;
			clearTimeout(timer.current);
			handle.current?.stop();
			handle.current = undefined;
		},
		[],
	);

	const hasChild = useCallback(() => handle.current !== undefined, []);

	return {run, output, warnings, start, stop, scroll, hasChild, handingOver: handover !== undefined, mode};
}

/** The current time, refreshed every second while `active`: for the elapsed time of a run. */
export function useClock(active: boolean): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!active) {
			return;
		}

		setNow(Date.now());
		const interval = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(interval);
	}, [active]);
	return now;
}
