// One submitted job: id, state as it changes, and the tail of its output file, live while it runs.
// `x` cancels it after asking; Esc goes back and the job goes on.
import React, {useEffect, useLayoutEffect, useReducer} from 'react';
import {Box, useInput} from 'ink';
import {Text} from '../shared/Text.js';
import {shellJoin} from '../../launch/quote.js';
import type {JobRecord} from '../../submit/jobs-file.js';
import type {JobStatus, Scheduler} from '../../submit/scheduler.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {OutputView} from '../shared/OutputView.js';
import {JOB_KEYS} from '../keys/jobsKeys.js';
import {cancelReducer, initialCancel} from './submitState.js';
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
	const [cancel, dispatch] = useReducer(cancelReducer, initialCancel);
	const {status, pollNow} = watch;
	// Title, state line, output, a line for the question or answer (the app draws the footer).
	const rows = Math.max(1, height - 3);
	useLayoutEffect(() => onKeys?.(cancel.asking ? CONFIRM_KEYS : JOB_KEYS), [cancel.asking, onKeys]);

	useEffect(() => {
		if (!cancel.cancelling || !scheduler) {
			return;
		}

		scheduler.cancel(record.id).then(
			() => {
				dispatch({type: 'result', message: `Asked ${scheduler.name} to cancel job ${record.id} (${shellJoin(scheduler.cancelCommand(record.id))}).`});
				pollNow();
			},
			(error: unknown) => dispatch({type: 'result', message: (error as Error).message}),
		);
	}, [cancel.cancelling, scheduler, record.id, pollNow]);

	useInput(
		(input, key) => {
			if (cancel.asking) {
				dispatch({type: 'answer', yes: matchKey(CONFIRM_KEYS, input, key) === 'yes', id: record.id});
				return;
			}

			const action = matchKey(JOB_KEYS, input, key);
			switch (action) {
				case 'up':
				case 'down':
				case 'pageUp':
				case 'pageDown': {
					const step = action === 'up' ? -1 : action === 'down' ? 1 : action === 'pageUp' ? -rows : rows;
					watch.scroll({type: 'scroll', delta: -step, rows, width});
					break;
				}

				case 'first':
				case 'last': {
					watch.scroll({type: 'scroll-to', where: action === 'first' ? 'top' : 'bottom', rows, width});
					break;
				}

				case 'wrap': {
					watch.scroll({type: 'toggle-wrap'});
					break;
				}

				case 'cancel': {
					dispatch({type: 'ask', done: status?.done ?? false});
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
			<Text bold wrap="truncate">
				{scheduler?.name ?? 'Job'} job {record.id}
				<Text dimColor>
					{' · '}
					{record.environment}/{record.executable}
				</Text>
			</Text>
			<Text wrap="truncate">
				<Text bold color={stateColor(status)}>
					{stateText(status)}
				</Text>
				<Text dimColor> · output {record.output}</Text>
			</Text>
			<Box flexDirection="column" height={rows} overflow="hidden">
				{watch.output.total === 0 && watch.output.partial.stdout === '' ? <Text dimColor>{waiting ? 'No output yet: the job has not started.' : 'No output yet.'}</Text> : <OutputView output={watch.output} rows={rows} width={width} />}
			</Box>
			<Text wrap="truncate" color={cancel.asking ? 'yellow' : undefined}>
				{cancel.asking ? `Cancel job ${record.id}? (y/N)` : (cancel.message ?? ' ')}
			</Text>
		</Box>
	);
}

export function stateText(status: JobStatus | undefined): string {
	if (!status) {
		return 'asking for the state…';
	}

	return status.done && status.exitCode !== undefined ? `${status.state} (exit ${status.exitCode})` : status.state;
}

export function stateColor(status: JobStatus | undefined): string | undefined {
	switch (status?.state) {
		case 'PENDING': {
			return 'yellow';
		}

		case 'RUNNING':
		case 'COMPLETING': {
			return 'cyan';
		}

		case 'COMPLETED': {
			return 'green';
		}

		case undefined:
		case 'unknown': {
			return undefined;
		}

		default: {
			return 'red';
		}
	}
}
