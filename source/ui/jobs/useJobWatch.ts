// Watches a submitted job without blocking keys: its state from the scheduler every few seconds, and
// the tail of its output file (already redacted by secrets-tui on the compute node) every second,
// until it ends. All reads are asynchronous; what they find goes to one reducer (jobWatchState.ts), so
// the state shown never lags the output shown.
import fs from 'node:fs/promises';
import {StringDecoder} from 'node:string_decoder';
import {useCallback, useEffect, useReducer, useRef} from 'react';
import type {JobRecord} from '../../submit/jobs-file.js';
import type {JobStatus, Scheduler} from '../../submit/scheduler.js';
import type {OutputViewAction, OutputState} from '../shared/output-buffer.js';
import {initialJobWatch, jobWatchReducer} from './jobWatchState.js';

export const STATE_POLL_MS = 3000;
export const OUTPUT_POLL_MS = 1000;
/** How much of an existing output file is read at first: its tail. */
const FIRST_READ_BYTES = 64 * 1024;

export type JobWatch = {status?: JobStatus; output: OutputState; ended: boolean; scroll: (action: OutputViewAction) => void; pollNow: () => void};

export function useJobWatch(record: JobRecord, scheduler: Scheduler | undefined): JobWatch {
	const [state, dispatch] = useReducer(jobWatchReducer, initialJobWatch);
	const pollRef = useRef<() => void>(() => undefined);

	useEffect(() => {
		let stopped = false;
		let ended = false;
		let sawOutput = false;
		const timers: Array<ReturnType<typeof setInterval>> = [];
		let offset: number | undefined;
		const decoder = new StringDecoder('utf8');

		/** The text added to the output file since the last read ('' when none, or no file yet). */
		const readMore = async (): Promise<string> => {
			try {
				const file = await fs.open(record.output, 'r');
				try {
					const {size} = await file.stat();
					offset ??= Math.max(0, size - FIRST_READ_BYTES);
					if (size < offset) {
						offset = 0;
					}

					if (size <= offset) {
						return '';
					}

					const buffer = Buffer.alloc(Math.min(size - offset, 4 * FIRST_READ_BYTES));
					const {bytesRead} = await file.read(buffer, 0, buffer.length, offset);
					offset += bytesRead;
					return decoder.write(buffer.subarray(0, bytesRead));
				} finally {
					await file.close();
				}
			} catch {
				// No output file yet (a pending job), or not readable from here.
				return '';
			}
		};

		// Reads of the file one after another, in order: the last one (after the end) follows any under way.
		let reads = Promise.resolve();
		const tail = () => {
			reads = reads.then(async () => {
				if (stopped || ended) {
					return;
				}

				const text = await readMore();
				if (!stopped && text) {
					dispatch({type: 'output', text});
					if (!sawOutput) {
						// The first output: ask the scheduler now rather than at its next turn.
						sawOutput = true;
						void poll();
					}
				}
			});
		};

		const poll = async () => {
			if (!scheduler || stopped || ended) {
				return;
			}

			const found = (await scheduler.status([record.id]).catch(() => new Map<string, JobStatus>())).get(record.id);
			if (stopped || ended) {
				return;
			}

			const next = found ?? {state: 'unknown', done: true};
			if (!next.done) {
				dispatch({type: 'status', status: next});
				return;
			}

			// Nothing changes after the end: one last read, shown together with the final state.
			ended = true;
			for (const timer of timers) {
				clearInterval(timer);
			}

			reads = reads.then(async () => {
				const text = await readMore();
				if (!stopped) {
					dispatch({type: 'ended', status: next, text});
				}
			});
		};

		pollRef.current = () => void poll();
		void poll();
		tail();
		timers.push(setInterval(tail, OUTPUT_POLL_MS));
		if (scheduler) {
			timers.push(setInterval(() => void poll(), STATE_POLL_MS));
		}

		return () => {
			stopped = true;
			for (const timer of timers) {
				clearInterval(timer);
			}
		};
	}, [record.id, record.output, scheduler]);

	const scroll = useCallback((action: OutputViewAction) => dispatch(action), []);
	return {
		status: state.status,
		output: state.output,
		ended: state.ended,
		scroll,
		pollNow: useCallback(() => pollRef.current(), []),
	};
}
