// The rename form (R): one field starting with the old name; Enter renames, a name that exists asks
// `Replace it with OLD? (y/N)` first. Keys go through the one text-field engine, so keys that arrive
// together ("x", Backspace, Enter in one read) act in order on the latest state.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {useLayoutEffect} from 'react';
import {TextField, noteRows} from '../shared/TextField.js';
import {formStep} from '../shared/fieldInput.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import {useSubmit, type FormScreenBase} from '../shared/useSubmit.js';
import {clipRows, wrapWords} from '../shared/format.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import {CONFIRM_KEYS} from '../keys/formKeys.js';
import {RENAME_KEYS} from '../keys/renameKeys.js';
import {initialRenameState, overwriteQuestion, renameReducer} from './renameState.js';

export type RenameSubmission = {from: string; to: string; overwrite: boolean};

export type RenameScreenProps = FormScreenBase<RenameSubmission> & {
	/** The secret to rename. */
	name: string;
};

export function RenameScreen({name, exists, onSubmit, onCancel, onKeys, active, width, height}: RenameScreenProps) {
	const [form, dispatch, live] = useLiveReducer(renameReducer, () => initialRenameState(name));
	useLayoutEffect(() => onKeys?.(form.confirming ? CONFIRM_KEYS : RENAME_KEYS), [form.confirming, onKeys]);
	useSubmit(form.submitted, onSubmit, dispatch);

	useFieldInput(
		(step) =>
			formStep(step, live.current, RENAME_KEYS, dispatch, (action) => {
				if (action === 'submit') {
					dispatch({type: 'submit', exists});
				} else {
					onCancel();
				}
			}),
		{isActive: active},
	);

	// The title when there is room; the question and the error wrap under the field, cut to the rows left.
	const question = form.confirming ? wrapWords(overwriteQuestion(form), width) : [];
	const hint = form.confirming ? undefined : 'letters, digits, _ . -; Enter renames';
	const room = Math.max(0, height - 1 - question.length);
	const title = room >= 2;
	const note = clipRows(noteRows(form.error ?? hint, width), room - (title ? 1 : 0), width - 2);
	return (
		<Box flexDirection="column" width={width}>
			{title ? (
				<Text role="heading" wrap="truncate-end">
					Rename {name}
				</Text>
			) : null}
			<TextField label="New name: " value={form.field.value} cursor={form.field.cursor} focus={active && !form.confirming && !form.submitted} note={note} noteIsError={Boolean(form.error)} width={width} />
			{question.map((row, index) => (
				<Text key={index} role="question" wrap="truncate-end">
					{row}
				</Text>
			))}
		</Box>
	);
}
