// Watches a submitted job without blocking keys: its state from the scheduler every few seconds, and
// the tail of its output file (already redacted by secrets-tui on the compute node) every second,
// until it ends. All reads are asynchronous.
import fs from 'node:fs/promises';
import {StringDecoder} from 'node:string_decoder';
import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import type {JobRecord} from '../../submit/jobs-file.js';
import type {JobStatus, Scheduler} from '../../submit/scheduler.js';
import {emptyOutput, outputReducer, type OutputViewAction, type OutputState} from '../shared/output-buffer.js';

export const STATE_POLL_MS = 3000;
export const OUTPUT_POLL_MS = 1000;
/** How much of an existing output file is read at first: its tail. */
const FIRST_READ_BYTES = 64 * 1024;

export type JobWatch = {status?: JobStatus; output: OutputState; scroll: (action: OutputViewAction) => void; pollNow: () => void};

export function useJobWatch(record: JobRecord, scheduler: Scheduler | undefined): JobWatch {
	const [status, setStatus] = useState<JobStatus>();
	const [output, dispatch] = useReducer(outputReducer, emptyOutput);
	const pollRef = useRef<() => void>(() => undefined);

	useEffect(() => {
		let stopped = false;
		let ended = false;
		const timers: Array<ReturnType<typeof setInterval>> = [];
		let offset: number | undefined;
		let reading = false;
		const decoder = new StringDecoder('utf8');

		const tail = async () => {
			if (reading || stopped) {
				return;
			}

			reading = true;
			try {
				const file = await fs.open(record.output, 'r');
				try {
					const {size} = await file.stat();
					offset ??= Math.max(0, size - FIRST_READ_BYTES);
					if (size < offset) {
						offset = 0;
					}

					if (size > offset) {
						const buffer = Buffer.alloc(Math.min(size - offset, 4 * FIRST_READ_BYTES));
						const {bytesRead} = await file.read(buffer, 0, buffer.length, offset);
						offset += bytesRead;
						const text = decoder.write(buffer.subarray(0, bytesRead));
						if (!stopped && text) {
							dispatch({type: 'append', chunks: [['stdout', text]]});
						}
					}
				} finally {
					await file.close();
				}
			} catch {
				// No output file yet (a pending job), or not readable from here.
			} finally {
				reading = false;
			}
		};

		const poll = async () => {
			if (!scheduler || stopped || ended) {
				return;
			}

			const found = (await scheduler.status([record.id]).catch(() => new Map<string, JobStatus>())).get(record.id);
			if (stopped) {
				return;
			}

			const next = found ?? {state: 'unknown', done: true};
			setStatus(next);
			if (next.done) {
				ended = true;
				// Nothing changes after the end: the last tail below is the final one.
				for (const timer of timers) {
					clearInterval(timer);
				}

				await tail();
				if (!stopped) {
					dispatch({type: 'end'});
				}
			}
		};

		pollRef.current = () => void poll();
		void poll();
		void tail();
		timers.push(
			setInterval(() => {
				if (!ended) {
					void tail();
				}
			}, OUTPUT_POLL_MS),
		);
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

	return {
		status,
		output,
		scroll: dispatch,
		pollNow: useCallback(() => pollRef.current(), []),
	};
}
