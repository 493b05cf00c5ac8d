// Shown instead of the steps when there is no definitions file (where to create one, with an example)
// or when it is broken (the loader's sentence, which names the file, the line and the problem).
import React from 'react';
import {Box, Text, useInput} from 'ink';
import {useLayoutEffect} from 'react';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {EXAMPLE_DEFINITIONS, type Definitions} from '../../environments/definitions-file.js';
import {NO_DEFINITIONS_KEYS} from '../keys/runKeys.js';

type Props = {definitions: Exclude<Definitions, {state: 'loaded'}>; width: number; onClose: () => void; onKeys?: (keys: KeyTable<string>) => void};

export function NoDefinitions({definitions, width, onClose, onKeys}: Props) {
	useLayoutEffect(() => onKeys?.(NO_DEFINITIONS_KEYS), [onKeys]);
	useInput((input, key) => {
		if (matchKey(NO_DEFINITIONS_KEYS, input, key) === 'back') {
			onClose();
		}
	});
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>Run panel</Text>
			{definitions.state === 'missing' ? (
				<>
					<Text>No environment definitions yet. Create {definitions.file}, for example:</Text>
					<Box marginY={1} marginLeft={2} flexDirection="column">
						{EXAMPLE_DEFINITIONS.split('\n').map((line, index) => (
							<Text key={index} color="cyan" wrap="truncate">
								{line}
							</Text>
						))}
					</Box>
					<Text wrap="wrap">Then press r again. (--envs FILE or SECRETS_TUI_ENVS=FILE choose another file.)</Text>
				</>
			) : (
				<Text color="red" wrap="wrap">
					{definitions.message}
				</Text>
			)}
		</Box>
	);
}
