// Step 4: extra arguments (split like shell words, each passed as one word) and a value for each
// <<placeholder>>. Enter moves to the next field; on the last it launches.
import React from 'react';
import {Box, Text} from 'ink';
import {Field} from './Field.js';

export function ArgumentsStep({
	args,
	placeholders,
	params,
	field,
	cursor,
	command,
	submitTo,
}: {
	args: string;
	placeholders: string[];
	params: Record<string, string>;
	field: number;
	cursor: number;
	command: string;
	submitTo?: string;
}) {
	const fields = [{label: 'arguments', value: args}, ...placeholders.map((name) => ({label: `<<${name}>>`, value: params[name] ?? ''}))];
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
					<Field value={entry.value} cursor={cursor} focus={index === field} placeholder={index === 0 ? '(none)' : '(required)'} />
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
