// The add / overwrite form. Enter on the name goes to the value, Enter on the value submits;
// an existing name is only overwritten after `Overwrite NAME? (y/N)` is answered y.
// One key handler for the whole form, acting on the latest state, so fast typing loses nothing.
import {Box, type Key} from 'ink';
import {Text} from '../shared/Text.js';
import {useLayoutEffect, useMemo, useRef, useState} from 'react';
import {TextField, noteRows} from '../shared/TextField.js';
import {ValueView, clampTop, valueRows} from '../shared/ValueView.js';
import {fieldEdit} from '../shared/fieldInput.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import {useSubmit, type FormScreenBase} from '../shared/useSubmit.js';
import {clipRows, wrapWords} from '../shared/format.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import {matchKey} from '../keys/binding.js';
import {CONFIRM_KEYS, FORM_KEYS, OVERWRITE_FORM_KEYS} from '../keys/formKeys.js';
import {formReducer, initialFormState, type FormMode, type FormState} from './formState.js';

export type FormSubmission = {name: string; value: string; overwrite: boolean};

export type FormScreenProps = FormScreenBase<FormSubmission> & {
	mode: FormMode;
	/** The fixed name when overwriting. */
	name?: string;
	/** The value the edit form starts with (the secret's current value). */
	value?: string;
};

export function FormScreen({mode, name, value, exists, onSubmit, onCancel, onKeys, active, width, height}: FormScreenProps) {
	const [form, dispatch, live] = useLiveReducer(formReducer, () => initialFormState(mode, name, value));
	useLayoutEffect(() => onKeys?.(form.confirming ? CONFIRM_KEYS : mode === 'edit' ? OVERWRITE_FORM_KEYS : FORM_KEYS), [form.confirming, mode, onKeys]);
	useSubmit(form.submitted, onSubmit, dispatch);

	const [viewTop, setViewTop] = useState(0);
	// Scrolls the shown value by pages (set below, where its rows are known).
	const scroll = useRef((_by: number) => undefined as void);
	const handle = (input: string, key: Key) => {
		const state = live.current;
		if (state.submitted) {
			return;
		}

		if (state.confirming) {
			dispatch({type: 'confirm', yes: matchKey(CONFIRM_KEYS, input, key) === 'yes'});

			return;
		}

		switch (matchKey(FORM_KEYS, input, key)) {
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

			case 'switchField': {
				dispatch({type: 'switchField'});
				return;
			}

			case 'scrollUp':
			case 'scrollDown': {
				scroll.current(matchKey(FORM_KEYS, input, key) === 'scrollUp' ? -1 : 1);
				return;
			}

			default:
		}
	};

	// Each read as the text field engine splits it: the form's keys, edits of the focused field, pastes.
	useFieldInput(
		(step) => {
			const state = live.current;
			if (step.type === 'paste') {
				dispatch({type: 'paste', text: step.text, bytes: step.bytes});
				return;
			}

			const edit = state.confirming || matchKey(FORM_KEYS, step.input, step.key) ? undefined : fieldEdit(step.input, step.key);
			if (edit) {
				dispatch({type: 'edit', edit});
			} else {
				handle(step.input, step.key);
			}
		},
		{isActive: active, multiline: () => live.current.focus === 'value' && !live.current.confirming},
	);

	const typing = active && !form.confirming && !form.submitted;
	const rows = formRows(form, mode, width, height);
	// A shown value of several lines is drawn whole below the form, wrapped, in the rows left over.
	const viewHeight = height - (rows.title ? 1 : 0) - 2 - rows.name.length - rows.value.length - rows.question.length;
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
				note={rows.name}
				noteIsError={Boolean(form.nameError)}
				width={width}
			/>
			<TextField
				label="Value: "
				value={form.value}
				cursor={form.valueCursor}
				focus={typing && form.focus === 'value'}
				masked={!form.showValue}
				note={rows.value}
				noteIsError={Boolean(form.valueError)}
				width={width}
			/>
			{rows.question.map((row, index) => (
				<Text key={index} role="question" wrap="truncate-end">
					{row}
				</Text>
			))}
			{shownWhole ? <ValueView rows={wholeRows} top={viewTop} height={viewHeight} /> : null}
		</Box>
	);
}

/**
 * The form's rows in `height`: the two fields always, the question and the notes under the fields
 * wrapped into rows of their own; the title only when there is room, then hints before errors give
 * way (an error cut short ends with …).
 */
export function formRows(form: FormState, mode: FormMode, width: number, height: number): {title: boolean; name: string[]; value: string[]; question: string[]} {
	const nameHint = mode === 'add' && form.focus === 'name' ? 'letters, digits, _ . -; Enter goes to the value' : undefined;
	const valueHint = form.focus === 'value' && !form.confirming ? `${form.showValue ? 'shown' : 'masked'} (Ctrl+T ${form.showValue ? 'masks' : 'shows'} it); Enter saves` : undefined;
	const question = form.confirming ? wrapWords(`${mode === 'add' ? `A secret named ${form.name} exists. ` : ''}Overwrite ${form.name}? (y/N)`, width) : [];
	let name = noteRows(form.nameError ?? nameHint, width);
	let value = noteRows(form.valueError ?? valueHint, width);
	let room = height - 2 - question.length;
	const title = 1 + name.length + value.length <= room;
	if (!title) {
		// Hints give way first, then errors share what is left, the name's first.
		if (!form.nameError && name.length + value.length > room) {
			name = [];
		}

		if (!form.valueError && name.length + value.length > room) {
			value = [];
		}

		room = Math.max(0, room);
		name = clipRows(name, room, width - 2);
		value = clipRows(value, room - name.length, width - 2);
	}

	return {title, name, value, question};
}

