// The add / overwrite form. Enter on the name goes to the value, Enter on the value submits;
// an existing name is only overwritten after `Overwrite NAME? (y/N)` is answered y.
// One key handler for the whole form, acting on the latest state, so fast typing loses nothing.
import {Box, Text, useInput, type Key} from 'ink';
import {useEffect} from 'react';
import {TextField} from '../components/TextField.js';
import {useLiveReducer} from '../hooks/useLiveReducer.js';
import {matchKey} from '../keys/binding.js';
import {splitKeys} from '../keys/splitKeys.js';
import {CONFIRM_KEYS, FORM_KEYS} from '../keys/formKeys.js';
import {formReducer, initialFormState, type FormMode} from '../state/formState.js';

export type FormSubmission = {name: string; value: string; overwrite: boolean};

export type FormScreenProps = {
	mode: FormMode;
	/** The fixed name when overwriting. */
	name?: string;
	exists: (name: string) => boolean;
	/** Writes the submission; resolves to an error sentence when that failed (the form stays open). */
	onSubmit: (submission: FormSubmission) => Promise<string | undefined>;
	onCancel: () => void;
	onQuit: () => void;
	active: boolean;
	width: number;
};

export function FormScreen({mode, name, exists, onSubmit, onCancel, onQuit, active, width}: FormScreenProps) {
	const [form, dispatch, live] = useLiveReducer(formReducer, () => initialFormState(mode, name));

	useEffect(() => {
		if (form.submitted) {
			void onSubmit(form.submitted).then((error) => {
				if (error) {
					dispatch({type: 'failed', error});
				}
			});
		}
	}, [form.submitted, onSubmit, dispatch]);

	const handle = (input: string, key: Key) => {
			const state = live.current;
			if (state.submitted) {
				return;
			}

			if (state.confirming) {
				const answer = matchKey(CONFIRM_KEYS, input, key);
				if (answer === 'quit') {
					onQuit();
				} else {
					dispatch({type: 'confirm', yes: answer === 'yes'});
				}

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

				case 'quit': {
					onQuit();
					return;
				}

				default:
			}

			if (key.leftArrow || key.rightArrow || key.home || key.end) {
				dispatch({type: 'cursor', to: key.leftArrow ? 'left' : key.rightArrow ? 'right' : key.home ? 'start' : 'end'});
			} else if (key.backspace || key.delete) {
				dispatch({type: 'erase'});
			} else if (input && !key.ctrl && !key.meta && !key.escape && !key.tab && !key.upArrow && !key.downArrow) {
				dispatch({type: 'insert', text: input});
			}
		};

	useInput(
		(input, key) => {
			const state = live.current;
			// A paste of several lines into the value: its line breaks are part of the value.
			const body = input.replace(/\r$/, '');
			if (state.focus === 'value' && !state.confirming && /\r/.test(body) && !key.ctrl && !key.meta) {
				dispatch({type: 'insert', text: body.replaceAll('\r\n', '\n').replaceAll('\r', '\n')});
				if (body !== input) {
					handle('', {...key, return: true});
				}

				return;
			}

			// Otherwise characters that arrived together are handled one by one ("NAME\rvalue").
			for (const [one, itsKey] of splitKeys(input, key)) {
				handle(one, itsKey);
			}
		},
		{isActive: active},
	);

	const typing = active && !form.confirming && !form.submitted;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{mode === 'add' ? 'Add a secret' : `Overwrite ${form.name}`}</Text>
			<TextField
				label="Name"
				value={form.name}
				cursor={form.nameCursor}
				focus={typing && mode === 'add' && form.focus === 'name'}
				error={form.nameError}
				hint={mode === 'add' && form.focus === 'name' ? 'letters, digits, _ . -; Enter goes to the value' : undefined}
				width={width}
			/>
			<TextField
				label="Value"
				value={form.value}
				cursor={form.valueCursor}
				focus={typing && form.focus === 'value'}
				mask={form.showValue ? undefined : '•'}
				error={form.valueError}
				hint={form.focus === 'value' ? `${form.showValue ? 'shown' : 'masked'} (Ctrl+T ${form.showValue ? 'masks' : 'shows'} it); Enter saves` : undefined}
				width={width}
			/>
			{form.confirming ? (
				<Text color="yellow" wrap="truncate-end">
					{mode === 'add' ? `A secret named ${form.name} exists. ` : ''}Overwrite {form.name}? (y/N)
				</Text>
			) : null}
		</Box>
	);
}
