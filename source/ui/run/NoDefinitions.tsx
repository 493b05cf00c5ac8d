// Shown instead of the steps when there is no definitions file (where to create one, with an example)
// or when it is broken (the loader's sentence, which names the file, the line and the problem). When
// the text is taller than the panel (40×10), it scrolls.
import React, {useLayoutEffect, useState} from 'react';
import {Box, useInput} from 'ink';
import {Text} from '../shared/Text.js';
import type {Role} from '../shared/colour.js';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {wrapWords} from '../shared/format.js';
import {EXAMPLE_DEFINITIONS, type DefinitionsRead} from '../../environments/definitions-file.js';
import {NO_DEFINITIONS_FIT_KEYS, NO_DEFINITIONS_KEYS} from '../keys/runKeys.js';

type Props = {definitions: Exclude<DefinitionsRead, {state: 'loaded'}>; width: number; height: number; onClose: () => void; onKeys?: (keys: KeyTable<string>) => void};

type Row = {text: string; role?: Role};

/** The panel's text as rows of at most `width` columns. */
export function noDefinitionsRows(definitions: Props['definitions'], width: number): Row[] {
	const prose = (text: string, role?: Role): Row[] => wrapWords(text, width).map((row) => ({text: row, ...(role ? {role} : {})}));
	if (definitions.state === 'broken') {
		return definitions.message.split('\n').flatMap((line) => prose(line, 'failure'));
	}

	return [
		...prose(`No environment definitions yet. Create ${definitions.file}, for example:`),
		{text: ''},
		...EXAMPLE_DEFINITIONS.split('\n').map((line) => ({text: `  ${line}`})),
		{text: ''},
		...prose('Then press r again. (--envs FILE or SECRETS_TUI_ENVS=FILE choose another file.)'),
	];
}

export function NoDefinitions({definitions, width, height, onClose, onKeys}: Props) {
	const rows = noDefinitionsRows(definitions, width);
	// The title takes a row; the text gets the rest.
	const room = Math.max(1, height - 1);
	const furthest = Math.max(0, rows.length - room);
	const [top, setTop] = useState(0);
	const shownTop = Math.min(top, furthest);
	useLayoutEffect(() => onKeys?.(furthest > 0 ? NO_DEFINITIONS_KEYS : NO_DEFINITIONS_FIT_KEYS), [onKeys, furthest]);
	useInput((input, key) => {
		const action = matchKey(NO_DEFINITIONS_KEYS, input, key);
		if (action === 'back') {
			onClose();
		} else if (action === 'up' || action === 'down') {
			setTop((current) => Math.max(0, Math.min(Math.min(current, furthest) + (action === 'up' ? -1 : 1), furthest)));
		}
	});
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text role="heading" wrap="truncate">
				Run panel
				{furthest > 0 ? <Text role="hint"> · lines {shownTop + 1}–{shownTop + room} of {rows.length}</Text> : null}
			</Text>
			{rows.slice(shownTop, shownTop + room).map((row, index) => (
				<Text key={shownTop + index} role={row.role} wrap="truncate">
					{row.text === '' ? ' ' : row.text}
				</Text>
			))}
		</Box>
	);
}
