// A damaged or loose store: its sentence instead of the list. The list comes back by itself once
// the file is fixed (the app re-reads it when it changes).
import {Box, useInput} from 'ink';
import {Text} from '../shared/Text.js';
import {matchKey} from '../keys/binding.js';
import {STORE_ERROR_KEYS} from '../keys/viewKeys.js';

export function StoreErrorScreen({error, height, onQuit}: {error: string; height: number; onQuit: () => void}) {
	useInput((input, key) => {
		if (matchKey(STORE_ERROR_KEYS, input, key) === 'quit') {
			onQuit();
		}
	});
	return (
		<Box flexDirection="column" height={height}>
			<Text role="failure">{error}</Text>
			<Text role="hint">The list reloads when the file changes.</Text>
		</Box>
	);
}
