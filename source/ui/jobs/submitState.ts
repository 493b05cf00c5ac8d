// The run panel's "submit to Slurm" screen: the sbatch options field, then the submission, then the job.
// And the question before cancelling a job (its reducer; the flow is useCancelJob.tsx).
import type {JobRecord} from '../../submit/jobs-file.js';
import {editField, pasteEdit, type TextEdit} from '../shared/textEdit.js';

export type SubmitState = {
	phase: 'options' | 'submitting' | 'submitted' | 'failed';
	/** Extra sbatch options, typed as shell words. */
	options: string;
	cursor: number;
	/** Counts the submissions asked for: the panel submits when it changes, exactly once per Enter. */
	submits: number;
	record?: JobRecord;
	message?: string;
};

export type SubmitAction =
	| {type: 'edit'; edit: TextEdit}
	/** A paste into the options field: one line only. */
	| {type: 'paste'; text: string; bytes: number}
	| {type: 'submit'}
	| {type: 'submitted'; record: JobRecord}
	| {type: 'failed'; message: string}
	| {type: 'back'};

export const initialSubmit: SubmitState = {phase: 'options', options: '', cursor: 0, submits: 0};

export function submitReducer(state: SubmitState, action: SubmitAction): SubmitState {
	switch (action.type) {
		case 'edit': {
			if (state.phase !== 'options') {
				return state;
			}

			const field = {value: state.options, cursor: state.cursor};
			const edited = editField(field, action.edit);
			return edited === field ? state : {...state, options: edited.value, cursor: edited.cursor, message: undefined};
		}

		case 'paste': {
			if (state.phase !== 'options') {
				return state;
			}

			const pasted = pasteEdit(action.text, action.bytes, {multiline: false});
			return 'refused' in pasted ? {...state, message: pasted.refused} : submitReducer(state, {type: 'edit', edit: pasted.edit});
		}

		case 'submit': {
			return state.phase === 'options' ? {...state, phase: 'submitting', submits: state.submits + 1, message: undefined} : state;
		}

		case 'submitted': {
			return state.phase === 'submitting' ? {...state, phase: 'submitted', record: action.record} : state;
		}

		case 'failed': {
			return state.phase === 'submitting' ? {...state, phase: 'failed', message: action.message} : state;
		}

		case 'back': {
			// From a failure, back to the options to fix them; elsewhere the screen closes (the caller's part).
			return state.phase === 'failed' ? {...state, phase: 'options'} : state;
		}
	}
}

/** Cancelling a job: x asks, only y cancels; the answer shows until the job's state changes. */
export type CancelState = {asking: boolean; cancelling: boolean; message?: string};

export type CancelAction = {type: 'ask'; done: boolean} | {type: 'answer'; yes: boolean; id: string} | {type: 'result'; message: string};

export const initialCancel: CancelState = {asking: false, cancelling: false};

export function cancelReducer(state: CancelState, action: CancelAction): CancelState {
	switch (action.type) {
		case 'ask': {
			if (action.done) {
				return {...state, message: 'The job has ended: there is nothing to cancel.'};
			}

			return state.cancelling ? state : {...state, asking: true, message: undefined};
		}

		case 'answer': {
			if (!state.asking) {
				return state;
			}

			return action.yes ? {asking: false, cancelling: true, message: `Cancelling job ${action.id}…`} : {asking: false, cancelling: false, message: `Job ${action.id} goes on.`};
		}

		case 'result': {
			return {asking: false, cancelling: false, message: action.message};
		}
	}
}
