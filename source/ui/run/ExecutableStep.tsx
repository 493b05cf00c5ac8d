// Step 2: every instance of every executable; the first row is the default.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import type {Environment} from '../../environments/definition.js';
import {coresPhrase} from '../../environments/cores.js';
import type {Choice} from './wizard-state.js';
import {windowStart} from '../shared/window.js';

export function ExecutableStep({environment, choices, cursor, rows}: {environment: Environment; choices: Choice[]; cursor: number; rows: number}) {
	if (choices.length === 0) {
		return <Text role="failure">{environment.name} defines no executables: add one under `executables:`.</Text>;
	}

	const start = windowStart(cursor, choices.length, rows);
	return (
		<Box flexDirection="column">
			{choices.slice(start, start + rows).map((choice, offset) => {
				const index = start + offset;
				const executable = environment.executables[choice.executable]!;
				const instance = executable.instances[choice.instance]!;
				const several = executable.instances.length > 1;
				return (
					<Text key={index} wrap="truncate" role={index === cursor ? 'selection' : undefined}>
						{index === cursor ? '› ' : '  '}
						{executable.label}
						{several ? <Text role="hint"> (instance {choice.instance + 1}: {coresPhrase(instance.num_cores)})</Text> : null}
						<Text role="hint">
							{'  '}
							{instance.command.split('\n')[0]}
						</Text>
					</Text>
				);
			})}
		</Box>
	);
}
