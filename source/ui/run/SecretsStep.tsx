// Step 3: the secrets to inject. The environment's own are checked; any other stored secret can be
// added under its own name. Space toggles.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import type {SecretRow} from './wizard-state.js';
import {describeDestination, secretsOf} from '../../environments/mapping.js';
import {windowStart} from '../shared/window.js';

export function SecretsStep({secrets: secretRows, cursor, stored, rows}: {secrets: SecretRow[]; cursor: number; stored: ReadonlySet<string>; rows: number}) {
	if (secretRows.length === 0) {
		return <Text role="hint">The store is empty and the environment declares no secrets: Enter goes on without any.</Text>;
	}

	const start = windowStart(cursor, secretRows.length, rows);
	return (
		<Box flexDirection="column">
			{secretRows.slice(start, start + rows).map((row, offset) => {
				const index = start + offset;
				const absent = secretsOf(row).some((name) => !stored.has(name));
				return (
					<Text key={index} wrap="truncate" role={index === cursor ? 'selection' : undefined}>
						{index === cursor ? '› ' : '  '}
						{row.checked ? '[x] ' : '[ ] '}
						{describeDestination(row)}
						{row.declared ? <Text role="hint"> (declared)</Text> : null}
						{absent ? <Text role="failure"> (missing from the store)</Text> : null}
					</Text>
				);
			})}
		</Box>
	);
}
