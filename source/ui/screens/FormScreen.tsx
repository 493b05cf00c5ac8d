// The add / overwrite form. Enter on the name goes to the value, Enter on the value submits;
// an existing name is only overwritten after `Overwrite NAME? (y/N)` is answered y.
import {Box, Text, useInput} from 'ink';
import {useEffect, useReducer} from 'react';
import {TextField} from '../components/TextField.js';
import {matchKey} from '../keys/binding.js';
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
	const [form, dispatch] = useReducer(formReducer, undefined, () => initialFormState(mode, name));

	useEffect(() => {
		if (form.submitted) {
			void onSubmit(form.submitted).then((error) => {
				if (error) {
					dispatch({type: 'failed', error});
				}
			});
		}
	}, [form.submitted, onSubmit]);

	useInput(
		(input, key) => {
			if (form.confirming) {
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
					break;
				}

				case 'cancel': {
					onCancel();
					break;
				}

				case 'toggleShow': {
					dispatch({type: 'toggleShow'});
					break;
				}

				case 'switchField': {
					dispatch({type: 'switchField'});
					break;
				}

				case 'quit': {
					onQuit();
					break;
				}

				default:
			}
		},
		{isActive: active && !form.submitted},
	);

	const typing = active && !form.confirming && !form.submitted;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{mode === 'add' ? 'Add a secret' : `Overwrite ${form.name}`}</Text>
			<TextField
				label="Name"
				value={form.name}
				onChange={mode === 'add' ? (value) => dispatch({type: 'setName', name: value}) : undefined}
				focus={typing && form.focus === 'name'}
				error={form.nameError}
				hint={mode === 'add' && form.focus === 'name' ? 'letters, digits, _ . -; Enter goes to the value' : undefined}
				width={width}
			/>
			<TextField
				label="Value"
				value={form.value}
				onChange={(value) => dispatch({type: 'setValue', value})}
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
