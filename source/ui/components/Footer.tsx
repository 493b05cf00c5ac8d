// The footer: the keys that matter on the current screen, from that screen's key table.
// `? help` and `q quit` are pinned to the right so a narrow terminal never cuts them off.
import {Box, Text} from 'ink';
import type {KeyBinding, KeyTable} from '../keys/binding.js';

const hint = (binding: KeyBinding<string>) => `${binding.keys} ${binding.label}`;

const PINNED = new Set(['help', 'quit']);

export function footerParts(tables: ReadonlyArray<KeyTable<string>>): {keys: string; help?: string} {
	const shown = tables.flatMap((table) => table.bindings.filter((binding) => binding.footer));
	const pinned = shown.filter((binding) => PINNED.has(binding.action));
	return {
		keys: shown
			.filter((binding) => !PINNED.has(binding.action))
			.map(hint)
			.join('  '),
		help: pinned.length > 0 ? pinned.map(hint).join('  ') : undefined,
	};
}

export function Footer({tables}: {tables: ReadonlyArray<KeyTable<string>>}) {
	const {keys, help} = footerParts(tables);
	return (
		<Box>
			<Box flexGrow={1} flexShrink={1}>
				<Text dimColor wrap="truncate-end">
					{keys}
				</Text>
			</Box>
			{help ? (
				<Box flexShrink={0}>
					<Text dimColor>{'  ' + help}</Text>
				</Box>
			) : null}
		</Box>
	);
}
