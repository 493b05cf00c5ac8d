// The key handler of a screen with text fields: each read becomes steps (fieldInput.ts), handed on in
// order so every step acts on the state the previous one left.
import {useRef} from 'react';
import {readInput, type FieldStep, type PasteState} from './fieldInput.js';
import {useKeys} from './useKeys.js';

/** `multiline`: whether the field focused now (as of the last key) takes several lines. */
export function useFieldInput(onStep: (step: FieldStep) => void, {isActive, multiline = () => false}: {isActive: boolean; multiline?: () => boolean}): void {
	const paste = useRef<PasteState>(undefined);
	useKeys(
		(input, key, raw) => {
			const read = readInput(paste.current, raw, input, key, {multiline: multiline()});
			paste.current = read.paste;
			for (const step of read.steps) {
				onStep(step);
			}
		},
		{isActive},
	);
}
