// A damaged or loose store (a team store that fails its checks too): its sentence instead of the list.
// The list comes back by itself once the file is fixed (the app re-reads it when it changes); S switches
// to another store meanwhile.
import {Box, useInput} from 'ink';
import {Text} from '../shared/Text.js';
import {matchKey} from '../keys/binding.js';
import {STORE_ERROR_KEYS} from '../keys/storeKeys.js';

export function StoreErrorScreen({error, height, onQuit, onSwitchStore}: {error: string; height: number; onQuit: () => void; onSwitchStore?: () => void}) {
	useInput((input, key) => {
		const action = matchKey(STORE_ERROR_KEYS, input, key);
		if (action === 'quit') {
			onQuit();
		} else if (action === 'switchStore') {
			onSwitchStore?.();
		}
	});
	return (
		<Box flexDirection="column" height={height}>
			<Text color="red">{error}</Text>
			<Text dimColor>The list reloads when the file changes.</Text>
		</Box>
	);
}
