// Step 4: extra arguments (split like shell words, each passed as one word), a value for each
// <<placeholder>>, and the shell. Enter moves to the next field; on the last placeholder it launches.
import React from 'react';
import {Box, Text} from 'ink';
import {Field} from './Field.js';

type Props = {args: string; placeholders: string[]; params: Record<string, string>; shell: string; field: number; cursor: number; command: string; submitTo?: string};

export function ArgumentsStep({args, placeholders, params, shell, field, cursor, command, submitTo}: Props) {
	const fields = [
		{label: 'arguments', value: args, placeholder: '(none)'},
		...placeholders.map((name) => ({label: `<<${name}>>`, value: params[name] ?? '', placeholder: '(required)'})),
		{label: 'shell', value: shell, placeholder: '(bash, else sh)'},
	];
	const width = Math.max(...fields.map((entry) => entry.label.length));
	return (
		<Box flexDirection="column">
			<Text dimColor wrap="truncate">
				{'  '}
				{command}
			</Text>
			{fields.map((entry, index) => (
				<Box key={index}>
					<Text>
						{index === field ? '› ' : '  '}
						{entry.label.padEnd(width)}{' '}
					</Text>
					<Field value={entry.value} cursor={cursor} focus={index === field} placeholder={entry.placeholder} />
				</Box>
			))}
			{submitTo ? (
				<Text dimColor wrap="truncate">
					{'  '}Enter on the last field runs here; Ctrl+S submits to {submitTo} instead.
				</Text>
			) : null}
		</Box>
	);
}
