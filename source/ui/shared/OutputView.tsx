// The child's output, already redacted by the launcher: only the rows that fit are rendered. Long
// lines wrap onto more rows, or are cut at the edge when the reader has asked for that (`w`).
import React from 'react';
import {Box} from 'ink';
import {Text} from './Text.js';
import {visibleLines, type OutputState} from './output-buffer.js';

export function OutputView({output, rows, width}: {output: OutputState; rows: number; width: number}) {
	const {lines, above} = visibleLines(output, rows, width);
	return (
		<Box flexDirection="column" height={rows}>
			{lines.map((line, index) => (
				<Text key={above + index} wrap="truncate" role={line.stream === 'stderr' ? 'stderr' : undefined}>
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
