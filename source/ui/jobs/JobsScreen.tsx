// The jobs submitted through secrets-tui (J on the secret list): state from the cluster, refreshed every
// few seconds; Enter shows one with its output; x cancels one (asks first).
import React, {useEffect, useLayoutEffect, useMemo, useState} from 'react';
import {Box, useInput} from 'ink';
import {Text} from '../shared/Text.js';
import {printable} from '../../util/printable.js';
import {relativeTime} from '../../util/time.js';
import {jobRows, type JobRow} from '../../submit/job-list.js';
import {schedulerById} from '../../submit/schedulers.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {matchKey, offeredTable, type KeyTable} from '../keys/binding.js';
import {JobPane, stateRole} from './JobPane.js';
import {JOBS_KEYS} from '../keys/jobsKeys.js';
import {useCancelJob} from './useCancelJob.js';
import {STATE_POLL_MS} from './useJobWatch.js';
import {windowFollowing} from '../shared/window.js';
import {widest} from '../../util/widest.js';

export type JobsScreenProps = {storeDir: string; width: number; height: number; onClose: () => void; onQuit: () => void; onKeys?: (keys: KeyTable<string>) => void};

export function JobsScreen({storeDir, width, height, onClose, onQuit, onKeys}: JobsScreenProps) {
	const [rows, setRows] = useState<JobRow[]>();
	const [cursor, setCursor] = useState(0);
	const [open, setOpen] = useState<JobRow>();
	const [polls, setPolls] = useState(0);
	const cancel = useCancelJob(() => setPolls((count) => count + 1), width);

	useEffect(() => {
		// While a job is open its pane polls that job; the list waits, and reloads when the pane closes.
		if (open) {
			return;
		}

		let stopped = false;
		const load = () =>
			jobRows(storeDir).then(
				(found) => {
					if (!stopped) {
						setRows(found.reverse());
					}
				},
				() => undefined,
			);
		void load();
		const timer = setInterval(() => void load(), STATE_POLL_MS);
		return () => {
			stopped = true;
			clearInterval(timer);
		};
	}, [storeDir, polls, open]);

	const selected = rows?.[Math.min(cursor, rows.length - 1)];
	// Title, rows, the question or answer (the app draws the footer).
	const room = Math.max(1, height - 1 - cancel.lineRows);
	// x is offered while the selected job has not ended (pressed on one that has, it says so).
	const liveJob = selected !== undefined && !selected.done;
	const keys = useMemo(() => offeredTable(JOBS_KEYS, {liveJob}), [liveJob]);
	useLayoutEffect(() => {
		// The open job says its own keys.
		if (!open) {
			onKeys?.(cancel.asking ? CONFIRM_KEYS : keys);
		}
	}, [cancel.asking, onKeys, open, keys]);
	useInput(
		(input, key) => {
			if (cancel.asking) {
				cancel.answer(input, key);
				return;
			}

			const count = rows?.length ?? 0;
			switch (matchKey(JOBS_KEYS, input, key)) {
				case 'up': {
					setCursor((at) => Math.max(0, at - 1));
					break;
				}

				case 'down': {
					setCursor((at) => Math.min(Math.max(0, count - 1), at + 1));
					break;
				}

				case 'first': {
					setCursor(0);
					break;
				}

				case 'last': {
					setCursor(Math.max(0, count - 1));
					break;
				}

				case 'open': {
					if (selected) {
						setOpen(selected);
					}

					break;
				}

				case 'cancel': {
					if (selected) {
						cancel.ask(selected, selected.done);
					}

					break;
				}

				case 'back': {
					onClose();
					break;
				}

				case 'quit': {
					onQuit();
					break;
				}

				default:
			}
		},
		{isActive: open === undefined},
	);

	if (open) {
		return <JobPane record={open} scheduler={schedulerById(open.scheduler)} width={width} height={height} active onBack={() => setOpen(undefined)} onKeys={onKeys} />;
	}

	const top = windowFollowing(cursor, rows?.length ?? 0, room);
	const shown = rows?.slice(top, top + room) ?? [];
	// Widths as drawn: an id or a state from the scheduler may hold characters shown as escapes.
	const idWidth = widest(shown.map((row) => printable(row.id)), 2);
	const stateWidth = widest(shown.map((row) => printable(row.state)), 5);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text role="heading" wrap="truncate">
				Jobs <Text role="hint">submitted through secrets-tui, newest first{rows ? ` · ${rows.length}` : ''}</Text>
			</Text>
			<Box flexDirection="column" height={room} overflow="hidden">
				{rows === undefined ? <Text role="hint">Reading the jobs…</Text> : null}
				{rows?.length === 0 ? <Text role="hint">No jobs yet: on the run panel&apos;s last step Ctrl+S submits one (where sbatch is on the PATH), or `secrets-tui submit ENV`.</Text> : null}
				{shown.map((row) => (
					<Text key={`${row.scheduler}:${row.id}`} wrap="truncate" role={row === selected ? 'selection' : undefined}>
						{row === selected ? '› ' : '  '}
						{printable(row.id).padEnd(idWidth)}{'  '}
						<Text role={stateRole({state: row.state, done: true})}>{printable(row.state).padEnd(stateWidth)}</Text>
						{'  '}
						{row.environment}/{row.executable}
						<Text role="hint">
							{'  '}
							{relativeTime(row.submitted)}
							{'  '}
							{row.output}
						</Text>
					</Text>
				))}
			</Box>
			{cancel.line}
		</Box>
	);
}
