// Step 4: extra arguments (split like shell words, each passed as one word), a value for each
// <<placeholder>>, and the shell. Enter moves to the next field; on the last placeholder it launches.
// When the fields outnumber the rows (40×10), a window of whole rows follows the focused field.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {TextField} from '../shared/TextField.js';
import {windowFollowing} from '../shared/window.js';
import {widest} from '../../util/widest.js';

type Props = {
	args: string;
	placeholders: string[];
	params: Record<string, string>;
	shell: string;
	field: number;
	cursor: number;
	command: string;
	submitTo?: string;
	/** Why the last paste was refused, shown under the fields. */
	error?: string;
	rows: number;
	width: number;
};

export function ArgumentsStep({args, placeholders, params, shell, field, cursor, command, submitTo, error, rows, width}: Props) {
	const fields = [
		{label: 'arguments', value: args, placeholder: '(none)'},
		...placeholders.map((name) => ({label: `<<${name}>>`, value: params[name] ?? '', placeholder: '(required)'})),
		{label: 'shell', value: shell, placeholder: '(bash, else sh)'},
	];
	const labelWidth = widest(fields.map((entry) => entry.label));
	// The command's line and the submit hint take a row each; the fields get the rest, at least one.
	const fit = Math.max(1, rows - 1 - (submitTo ? 1 : 0) - (error ? 1 : 0));
	const first = windowFollowing(field, fields.length, fit);
	return (
		<Box flexDirection="column">
			<Text role="hint" wrap="truncate">
				{'  '}
				{command}
			</Text>
			{fields.slice(first, first + fit).map((entry, offset) => (
				<TextField
					key={first + offset}
					label={`${first + offset === field ? '› ' : '  '}${entry.label.padEnd(labelWidth)} `}
					value={entry.value}
					cursor={cursor}
					focus={first + offset === field}
					placeholder={entry.placeholder}
					width={width}
				/>
			))}
			{error ? (
				<Text role="failure" wrap="truncate-end">
					{'  '}
					{error}
				</Text>
			) : null}
			{submitTo ? (
				<Text role="hint" wrap="truncate">
					{'  '}Enter on the last field runs here; Ctrl+S submits to {submitTo} instead.
				</Text>
			) : null}
		</Box>
	);
}
