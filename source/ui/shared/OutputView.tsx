// The child's output, already redacted by the launcher: only the lines that fit are rendered.
import React from 'react';
import {Box, Text} from 'ink';
import {visibleLines, type OutputState} from './output-buffer.js';

export function OutputView({output, rows}: {output: OutputState; rows: number}) {
	const {lines, above} = visibleLines(output, rows);
	return (
		<Box flexDirection="column" height={rows}>
			{lines.map((line, index) => (
				<Text key={above + index} wrap="truncate" color={line.stream === 'stderr' ? 'red' : undefined}>
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
