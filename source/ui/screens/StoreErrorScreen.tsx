// A damaged or loose store: its sentence instead of the list. The list comes back by itself once
// the file is fixed (the app re-reads it when it changes).
import {Box, Text, useInput} from 'ink';

export function StoreErrorScreen({error, height, onQuit}: {error: string; height: number; onQuit: () => void}) {
	useInput((input, key) => {
		if (input === 'q' || (key.ctrl && input === 'c')) {
			onQuit();
		}
	});
	return (
		<Box flexDirection="column" height={height}>
			<Text color="red">{error}</Text>
			<Text dimColor>The list reloads when the file changes. q quits.</Text>
		</Box>
	);
}
