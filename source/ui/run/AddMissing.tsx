// Adds a secret the highlighted environment needs, without leaving the run panel: the secrets form,
// with the missing name filled in. Saving writes it to the store; Esc (or Ctrl+C) goes back unchanged.
import React, {useCallback} from 'react';
import type {SecretStore} from '../../store/store.js';
import type {KeyTable} from '../keys/binding.js';
import {FormScreen, type FormSubmission} from '../secrets/FormScreen.js';

type Props = {
	store: SecretStore;
	name: string;
	width: number;
	height: number;
	onDone: (saved: string | undefined) => void;
	onKeys?: (keys: KeyTable<string>) => void;
};

export function AddMissing({store, name, width, height, onDone, onKeys}: Props) {
	const save = useCallback(
		async ({name: saved, value, overwrite}: FormSubmission): Promise<string | undefined> => {
			try {
				await store.set(saved, value, {overwrite});
			} catch (error) {
				return (error as Error).message;
			}

			onDone(saved);
			return undefined;
		},
		[store, onDone],
	);
	const cancel = useCallback(() => onDone(undefined), [onDone]);
	return <FormScreen mode="add" name={name} exists={(candidate) => store.has(candidate)} onSubmit={save} onCancel={cancel} onKeys={onKeys} active width={width} height={height} />;
}
