// Step 4: extra arguments (split like shell words, each passed as one word), a value for each
// <<placeholder>>, the cores (when the executable has instances for different core counts; its note says
// which instance applies, or why none does), and the shell. Enter moves to the next field; on the last
// placeholder it launches.
// When the fields outnumber the rows (40×10), a window of whole rows follows the focused field.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {TextField, noteRows} from '../shared/TextField.js';
import type {CoresView} from './cores-field.js';
import {windowFollowing} from '../shared/window.js';
import {widest} from '../../util/widest.js';

type Props = {
	args: string;
	placeholders: string[];
	params: Record<string, string>;
	shell: string;
	/** The cores field, when offered. */
	cores?: CoresView;
	field: number;
	cursor: number;
	command: string;
	submitTo?: string;
	/** Why the last paste was refused, shown under the fields. */
	error?: string;
	rows: number;
	width: number;
};

export function ArgumentsStep({args, placeholders, params, shell, cores, field, cursor, command, submitTo, error, rows, width}: Props) {
	const coresIndex = cores ? placeholders.length + 1 : -1;
	const fields = [
		{label: 'arguments', value: args, placeholder: '(none)'},
		...placeholders.map((name) => ({label: `<<${name}>>`, value: params[name] ?? '', placeholder: '(required)'})),
		...(cores ? [{label: 'cores', value: cores.value, placeholder: cores.placeholder}] : []),
		{label: 'shell', value: shell, placeholder: '(bash, else sh)'},
	];
	const labelWidth = widest(fields.map((entry) => entry.label));
	// Under the focused cores field, which instance applies (or why none does), wrapped whole.
	const note = cores && field === coresIndex ? noteRows(cores.note, width) : [];
	const shownError = error && !(note.length > 0 && error === cores?.note) ? error : undefined;
	// The focused field and its note come first, whole; then, while rows are left, the error, the
	// command's line and the submit hint, a row each; the other fields get the rest.
	let spare = Math.max(0, rows - 1 - note.length);
	const take = (wanted: boolean) => {
		const shown = wanted && spare > 0;
		spare -= shown ? 1 : 0;
		return shown;
	};

	const showError = take(Boolean(shownError));
	const showCommand = take(true);
	const showSubmit = take(Boolean(submitTo));
	const fit = 1 + spare;
	const first = windowFollowing(field, fields.length, fit);
	return (
		<Box flexDirection="column">
			{showCommand ? (
				<Text role="hint" wrap="truncate">
					{'  '}
					{command}
				</Text>
			) : null}
			{fields.slice(first, first + fit).map((entry, offset) => (
				<TextField
					key={first + offset}
					label={`${first + offset === field ? '› ' : '  '}${entry.label.padEnd(labelWidth)} `}
					value={entry.value}
					cursor={cursor}
					focus={first + offset === field}
					placeholder={entry.placeholder}
					note={first + offset === coresIndex ? note : undefined}
					noteIsError={cores?.error}
					width={width}
				/>
			))}
			{showError ? (
				<Text role="failure" wrap="truncate-end">
					{'  '}
					{shownError}
				</Text>
			) : null}
			{showSubmit ? (
				<Text role="hint" wrap="truncate">
					{'  '}Enter on the last field runs here; Ctrl+S submits to {submitTo} instead.
				</Text>
			) : null}
		</Box>
	);
}
