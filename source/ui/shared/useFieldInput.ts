// The key handler of a screen with text fields: each read becomes steps (fieldInput.ts), handed on in
// order so every step acts on the state the previous one left.
import {useRef} from 'react';
import {readInput, type FieldStep, type PasteState} from './fieldInput.js';
import {useKeys} from './useKeys.js';
import {PLAIN} from '../keys/splitKeys.js';

/**
 * `multiline`: whether the field focused now (as of the last key) takes several lines. `owns`: whether
 * this screen still reads keys as of the last one; when a step gives them up (it opened another screen),
 * the rest of the read goes to that screen once it shows (`Rnew-name` in one read renames to new-name).
 */
export function useFieldInput(onStep: (step: FieldStep) => void, {isActive, multiline = () => false, owns}: {isActive: boolean; multiline?: () => boolean; owns?: () => boolean}): void {
	const paste = useRef<PasteState>(undefined);
	const routing = useKeys(
		(input, key, raw) => {
			const read = readInput(paste.current, raw, input, key, {multiline: multiline()});
			paste.current = read.paste;
			for (const [index, step] of read.steps.entries()) {
				const owned = owns?.() ?? false;
				onStep(step);
				if (owned && !owns!() && index < read.steps.length - 1) {
					routing.later(read.steps.slice(index + 1).map((one) => (one.type === 'key' ? one : {input: one.text, key: PLAIN})));
					return;
				}
			}
		},
		{isActive},
	);
}
