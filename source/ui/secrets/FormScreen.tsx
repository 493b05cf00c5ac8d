// The add / overwrite form: name, value, note and expiry. Enter on the name goes to the value, Enter on
// any other field submits; ↓/Tab and ↑/Shift+Tab go through the fields; an existing name is only
// overwritten after `Overwrite NAME? (y/N)` is answered y.
// One key handler for the whole form, acting on the latest state, so fast typing loses nothing.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {useLayoutEffect, useMemo, useRef, useState} from 'react';
import {TextField} from '../shared/TextField.js';
import {ValueView, clampTop, valueRows} from '../shared/ValueView.js';
import {formStep} from '../shared/fieldInput.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import {useSubmit, type FormScreenBase} from '../shared/useSubmit.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import {CONFIRM_KEYS, FORM_KEYS, OVERWRITE_FORM_KEYS, type FormAction as FormKeyAction} from '../keys/formKeys.js';
import {formRows} from './formRows.js';
import {formReducer, initialFormState, type FormMode, type FormSubmission} from './formState.js';

export type {FormSubmission} from './formState.js';

export type FormScreenProps = FormScreenBase<FormSubmission> & {
	mode: FormMode;
	/** The fixed name when overwriting. */
	name?: string;
	/** The value, note and expiry the edit form starts with (the secret's own). */
	value?: string;
	note?: string;
	expires?: string;
};

export function FormScreen({mode, name, value, note, expires, exists, onSubmit, onCancel, onKeys, active, width, height}: FormScreenProps) {
	const [form, dispatch, live] = useLiveReducer(formReducer, () => initialFormState(mode, name, value, note, expires));
	useLayoutEffect(() => onKeys?.(form.confirming ? CONFIRM_KEYS : mode === 'edit' ? OVERWRITE_FORM_KEYS : FORM_KEYS), [form.confirming, mode, onKeys]);
	useSubmit(form.submitted, onSubmit, dispatch);

	const [viewTop, setViewTop] = useState(0);
	// Scrolls the shown value by pages (set below, where its rows are known).
	const scroll = useRef((_by: number) => undefined as void);
	const onKey = (action: FormKeyAction) => {
		switch (action) {
			case 'submit': {
				dispatch({type: 'submit', exists});
				return;
			}

			case 'cancel': {
				onCancel();
				return;
			}

			case 'toggleShow': {
				dispatch({type: 'toggleShow'});
				return;
			}

			case 'nextField':
			case 'previousField': {
				dispatch({type: 'moveField', by: action === 'nextField' ? 1 : -1});
				return;
			}

			case 'scrollUp':
			case 'scrollDown': {
				scroll.current(action === 'scrollUp' ? -1 : 1);
			}
		}
	};

	// Each read as the text field engine splits it: the form's keys, edits of the focused field, pastes.
	useFieldInput((step) => formStep(step, live.current, FORM_KEYS, dispatch, onKey), {isActive: active, multiline: () => live.current.focus === 'value' && !live.current.confirming});

	const typing = active && !form.confirming && !form.submitted;
	const rows = formRows(form, mode, width, height);
	// A shown value of several lines is drawn whole below the form, wrapped, in the rows left over.
	const noteRowCount = Object.values(rows.notes).reduce((sum, lines) => sum + lines.length, 0);
	const viewHeight = height - (rows.title ? 1 : 0) - rows.fields.size - noteRowCount - rows.question.length;
	const shownWhole = form.showValue && form.value.includes('\n') && viewHeight >= 2;
	const wholeRows = useMemo(() => (shownWhole ? valueRows(form.value, width) : []), [shownWhole, form.value, width]);
	const page = Math.max(1, viewHeight - 1);
	scroll.current = (by: number) => setViewTop((top) => clampTop(clampTop(top, wholeRows.length, page) + by * page, wholeRows.length, page));
	return (
		<Box flexDirection="column" width={width}>
			{rows.title ? <Text role="heading" wrap="truncate-end">{mode === 'add' ? 'Add a secret' : `Overwrite ${form.name}`}</Text> : null}
			<TextField
				label="Name : "
				value={form.name}
				cursor={form.nameCursor}
				focus={typing && mode === 'add' && form.focus === 'name'}
				note={rows.notes.name}
				noteIsError={Boolean(form.nameError)}
				width={width}
			/>
			<TextField
				label="Value: "
				value={form.value}
				cursor={form.valueCursor}
				focus={typing && form.focus === 'value'}
				masked={!form.showValue}
				note={rows.notes.value}
				noteIsError={Boolean(form.valueError)}
				width={width}
			/>
			{shownWhole ? <ValueView rows={wholeRows} top={viewTop} height={viewHeight} /> : null}
			{rows.fields.has('note') ? (
			<TextField
				label="Note : "
				value={form.note}
				cursor={form.noteCursor}
				focus={typing && form.focus === 'note'}
				placeholder={form.focus === 'note' ? undefined : 'none'}
				note={rows.notes.note}
				noteIsError={Boolean(form.noteError)}
				width={width}
			/>
			) : null}
			{rows.fields.has('expires') ? (
			<TextField
				label="Expiry: "
				value={form.expires}
				cursor={form.expiresCursor}
				focus={typing && form.focus === 'expires'}
				placeholder={form.focus === 'expires' ? 'YYYY-MM-DD' : 'none'}
				note={rows.notes.expires}
				noteIsError={Boolean(form.expiresError)}
				width={width}
			/>
			) : null}
			{rows.question.map((row, index) => (
				<Text key={index} role="question" wrap="truncate-end">
					{row}
				</Text>
			))}
		</Box>
	);
}

