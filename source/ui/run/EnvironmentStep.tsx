// Step 1: the environments, each with its secrets (missing ones marked) and its definition warnings.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import type {DefinitionWarning, Environment} from '../../environments/definition.js';
import {describeSpecifiers} from '../../environments/select.js';
import {describeDestination, secretsOf} from '../../environments/mapping.js';
import {windowStart} from '../shared/window.js';
import {missingSecrets} from './rows.js';

export function EnvironmentStep({environments, cursor, stored, warnings, rows}: {environments: readonly Environment[]; cursor: number; stored: ReadonlySet<string>; warnings: DefinitionWarning[]; rows: number}) {
	const selected = environments[cursor];
	if (!selected) {
		return <Text>The definitions file has no environments: add one (see the readme).</Text>;
	}

	const own = warnings.filter((warning) => warning.environment === selected.name);
	// Sources that could not be read (a broken matflow/hpcflow configuration): one line each, at most two.
	const general = warnings.filter((warning) => warning.environment === '').slice(0, 2);
	// The details of the highlighted environment take what they need; the list gets the rest.
	// One row each (truncated): a wrapped warning with a long file path took more rows than counted here, and
	// ink then drew the list's rows over each other at 40 columns. `envs` shows warnings whole.
	const detailRows = 3 + Math.min(selected.problems.length, 1) + Math.min(own.length, 4) + general.length;
	const listRows = Math.max(1, rows - detailRows);
	const start = windowStart(cursor, environments.length, listRows);
	return (
		<Box flexDirection="column">
			{environments.slice(start, start + listRows).map((environment, offset) => {
				const index = start + offset;
				const absent = missingSecrets(environment, stored).length;
				const warned = warnings.some((warning) => warning.environment === environment.name);
				return (
					<Text key={index} wrap="truncate" role={index === cursor ? 'selection' : undefined}>
						{index === cursor ? '› ' : '  '}
						{environment.name}
						{absent > 0 ? <Text role="failure"> · {absent} missing</Text> : null}
						{Object.keys(environment.specifiers).length > 0 ? ` (${describeSpecifiers(environment.specifiers)})` : ''}
						<Text role="hint">
							{' '}
							· {environment.secrets.length} secret{environment.secrets.length === 1 ? '' : 's'} · {environment.executables.length} executable
							{environment.executables.length === 1 ? '' : 's'}
						</Text>
						{warned ? <Text role="warning"> · warning</Text> : null}
					</Text>
				);
			})}
			<Text wrap="truncate">
				{'  secrets: '}
				{selected.secrets.length === 0 ? <Text role="hint">none</Text> : null}
				{selected.secrets.map((mapping, index) => {
					const absent = secretsOf(mapping).some((name) => !stored.has(name));
					const shown = describeDestination(mapping);
					return (
						<Text key={index} role={absent ? 'failure' : undefined}>
							{index > 0 ? ', ' : ''}
							{shown}
							{absent ? ' (missing)' : ''}
						</Text>
					);
				})}
			</Text>
			<Text wrap="truncate" role="hint">
				{'  executables: '}
				{selected.executables.map((executable) => executable.label).join(', ') || 'none'}
			</Text>
			<Text wrap="truncate" role="hint">
				{'  from '}
				{selected.file}
			</Text>
			{selected.problems.slice(0, 1).map((problem, index) => (
				<Text key={index} role="failure" wrap="truncate">
					{'  '}
					{problem}
				</Text>
			))}
			{own.slice(0, 4).map((warning, index) => (
				<Text key={index} role="warning" wrap="truncate">
					{'  warning: '}
					{warning.message}
				</Text>
			))}
			{general.map((warning, index) => (
				<Text key={`general-${index}`} role="warning" wrap="truncate">
					{'warning: '}
					{warning.message}
				</Text>
			))}
		</Box>
	);
}
