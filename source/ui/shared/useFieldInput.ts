// The key handler of a screen with text fields: each read becomes steps (fieldInput.ts), handed on in
// order so every step acts on the state the previous one left.
import {useInput, useStdin} from 'ink';
import {useEffect, useRef} from 'react';
import {readInput, type FieldStep, type PasteState} from './fieldInput.js';

/** `multiline`: whether the field focused now (as of the last key) takes several lines. */
export function useFieldInput(onStep: (step: FieldStep) => void, {isActive, multiline = () => false}: {isActive: boolean; multiline?: () => boolean}): void {
	const {internal_eventEmitter: events} = useStdin();
	const raw = useRef<string>(undefined);
	const paste = useRef<PasteState>(undefined);
	// Registered before useInput's listener, so it sees each read's raw text first.
	useEffect(() => {
		if (!isActive || !events) {
			return;
		}

		const listen = (data: string) => {
			raw.current = data;
		};

		events.on('input', listen);
		return () => {
			events.off('input', listen);
		};
	}, [isActive, events]);
	useInput(
		(input, key) => {
			const read = readInput(paste.current, raw.current, input, key, {multiline: multiline()});
			raw.current = undefined;
			paste.current = read.paste;
			for (const step of read.steps) {
				onStep(step);
			}
		},
		{isActive},
	);
}
