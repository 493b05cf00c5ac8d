// The footer: the keys that matter on the current screen, from that screen's key table.
// `? help` is pinned to the right so a narrow terminal never cuts it off.
import {Box, Text} from 'ink';
import type {KeyBinding, KeyTable} from '../keys/binding.js';

const hint = (binding: KeyBinding<string>) => `${binding.keys} ${binding.label}`;

export function footerParts(tables: ReadonlyArray<KeyTable<string>>): {keys: string; help?: string} {
	const shown = tables.flatMap((table) => table.bindings.filter((binding) => binding.footer));
	const help = shown.find((binding) => binding.action === 'help');
	return {
		keys: shown
			.filter((binding) => binding !== help)
			.map(hint)
			.join('  '),
		help: help ? hint(help) : undefined,
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
			{help ? <Text dimColor>{'  ' + help}</Text> : null}
		</Box>
	);
}
