// One submitted job: id, state as it changes, and the tail of its output file, live while it runs.
// `x` cancels it after asking; Esc goes back and the job goes on.
import React, {useLayoutEffect, useMemo} from 'react';
import {Box, useInput} from 'ink';
import {Text} from '../shared/Text.js';
import type {Role} from '../shared/colour.js';
import type {JobRecord} from '../../submit/jobs-file.js';
import type {JobStatus, Scheduler} from '../../submit/scheduler.js';
import {describeJobState} from '../../submit/job-state.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {matchKey, offeredTable, type KeyTable} from '../keys/binding.js';
import {OutputView} from '../shared/OutputView.js';
import {JOB_KEYS} from '../keys/jobsKeys.js';
import {isScrollAction} from '../keys/scrollKeys.js';
import {outputScroll} from '../shared/output-scroll.js';
import {useCancelJob} from './useCancelJob.js';
import {useJobWatch} from './useJobWatch.js';

export type JobPaneProps = {
	record: JobRecord;
	scheduler: Scheduler | undefined;
	width: number;
	height: number;
	active: boolean;
	onBack: () => void;
	/** Tells the app which keys work now, for its footer. */
	onKeys?: (keys: KeyTable<string>) => void;
};

export function JobPane({record, scheduler, width, height, active, onBack, onKeys}: JobPaneProps) {
	const watch = useJobWatch(record, scheduler);
	const {status, pollNow, ended} = watch;
	const cancel = useCancelJob(pollNow, width);
	// Title, state line, output, the question or answer (the app draws the footer).
	const rows = Math.max(1, height - 2 - cancel.lineRows);
	// A job that has ended has nothing to cancel: x is not offered (pressed, it says so).
	const keys = useMemo(() => offeredTable(JOB_KEYS, {liveJob: !ended}), [ended]);
	useLayoutEffect(() => onKeys?.(cancel.asking ? CONFIRM_KEYS : keys), [cancel.asking, onKeys, keys]);

	useInput(
		(input, key) => {
			if (cancel.asking) {
				cancel.answer(input, key);
				return;
			}

			const action = matchKey(JOB_KEYS, input, key);
			if (isScrollAction(action)) {
				watch.scroll(outputScroll(action, rows, width));
				return;
			}

			switch (action) {
				case 'cancel': {
					cancel.ask(record, ended);
					break;
				}

				case 'back': {
					onBack();
					break;
				}

				default:
			}
		},
		{isActive: active},
	);

	const waiting = !status || status.state === 'PENDING';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text role="heading" wrap="truncate">
				{scheduler?.name ?? 'Job'} job {record.id}
				<Text role="hint">
					{' · '}
					{record.environment}/{record.executable}
				</Text>
			</Text>
			<Text wrap="truncate">
				<Text role="heading">
					<Text role={stateRole(status)}>{stateText(status)}</Text>
				</Text>
				<Text role="hint"> · output {record.output}</Text>
			</Text>
			<Box flexDirection="column" height={rows} overflow="hidden">
				{watch.output.total === 0 && watch.output.partial.stdout === '' ? <Text role="hint">{waiting ? 'No output yet: the job has not started.' : 'No output yet.'}</Text> : <OutputView output={watch.output} rows={rows} width={width} />}
			</Box>
			{cancel.line}
		</Box>
	);
}

export function stateText(status: JobStatus | undefined): string {
	if (!status) {
		return 'asking for the state…';
	}

	return describeJobState(status);
}

/** A job's state by meaning: waiting is a hint, running under way, completed a success, any other end a failure. */
export function stateRole(status: JobStatus | undefined): Role | undefined {
	switch (status?.state) {
		case 'PENDING': {
			return 'hint';
		}

		case 'RUNNING':
		case 'COMPLETING': {
			return 'progress';
		}

		case 'COMPLETED': {
			return 'success';
		}

		case undefined:
		case 'unknown': {
			return undefined;
		}

		default: {
			return 'failure';
		}
	}
}
