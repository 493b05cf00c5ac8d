// Placeholder until the run panel lands (environments issue): says what it is and closes on Esc.
// While it is open the list ignores keys, and this panel owns Ctrl+C.
import {Box, Text, useInput} from 'ink';
import type {RunPanelProps} from './types.js';

export function RunPanel({width, height, onClose}: RunPanelProps) {
	useInput((_input, key) => {
		if (key.escape) {
			onClose();
		}
	});
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold>Run panel</Text>
			<Text dimColor>Not built yet. Esc goes back to the list.</Text>
		</Box>
	);
}
