// Every key of every screen, rendered from the same tables that drive the handlers.
import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {HELP_KEYS} from '../keys/viewKeys.js';

export type HelpScreenProps = {tables: ReadonlyArray<KeyTable<string>>; onClose: () => void; onQuit: () => void; active: boolean; width: number; height: number};

type Line = {key: string; text: string; bold?: boolean};

export function helpLines(tables: ReadonlyArray<KeyTable<string>>): Line[] {
	const lines: Line[] = [];
	for (const table of tables) {
		const width = Math.max(...table.bindings.map((binding) => binding.keys.length));
		if (lines.length > 0) {
			lines.push({key: `${table.title}-gap`, text: ' '});
		}

		lines.push({key: table.title, text: table.title, bold: true});
		for (const binding of table.bindings) {
			lines.push({key: `${table.title}-${binding.action}-${binding.keys}`, text: `  ${binding.keys.padEnd(width)}  ${binding.description}`});
		}
	}

	return lines;
}

export function HelpScreen({tables, onClose, onQuit, active, width, height}: HelpScreenProps) {
	const [top, setTop] = useState(0);
	const lines = helpLines(tables);
	const maxTop = Math.max(0, lines.length - height);
	useInput(
		(input, key) => {
			const action = matchKey(HELP_KEYS, input, key);
			if (action === 'close') {
				onClose();
			} else if (action === 'quit') {
				onQuit();
			} else if (action === 'up' || action === 'down') {
				setTop((value) => Math.min(maxTop, Math.max(0, value + (action === 'up' ? -1 : 1))));
			}
		},
		{isActive: active},
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			{lines.slice(top, top + height).map((line) => (
				<Text key={line.key} bold={line.bold} wrap="truncate-end">
					{line.text}
				</Text>
			))}
		</Box>
	);
}
