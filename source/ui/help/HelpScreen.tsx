// Every key of every screen, rendered from the same tables that drive the handlers.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {useScrollView} from '../shared/useScrollView.js';
import type {KeyTable} from '../keys/binding.js';
import {wrapWords} from '../shared/format.js';
import {HELP_KEYS} from '../keys/viewKeys.js';
import {widest} from '../../util/widest.js';

export type HelpScreenProps = {tables: ReadonlyArray<KeyTable<string>>; onClose: () => void; onQuit: () => void; active: boolean; width: number; height: number};

/** `keys`: how many characters the line starts with that name keys (drawn as keys). */
type Line = {key: string; text: string; heading?: boolean; keys?: number};

/** The help's lines for a screen `width` wide: descriptions wrap under themselves, never cut. */
export function helpLines(tables: ReadonlyArray<KeyTable<string>>, width = Number.POSITIVE_INFINITY): Line[] {
	const lines: Line[] = [];
	for (const table of tables) {
		const keyWidth = widest(table.bindings.map((binding) => binding.keys));
		if (lines.length > 0) {
			lines.push({key: `${table.title}-gap`, text: ' '});
		}

		lines.push({key: table.title, text: table.title, heading: true});
		const indent = ' '.repeat(keyWidth + 4);
		for (const binding of table.bindings) {
			const wrapped = wrapWords(binding.description, Math.max(10, width - indent.length));
			for (const [index, part] of wrapped.entries()) {
				lines.push({
					key: `${table.title}-${binding.action}-${binding.keys}-${index}`,
					text: index === 0 ? `  ${binding.keys.padEnd(keyWidth)}  ${part}` : indent + part,
					...(index === 0 ? {keys: 2 + binding.keys.length} : {}),
				});
			}
		}
	}

	return lines;
}

export function HelpScreen({tables, onClose, onQuit, active, width, height}: HelpScreenProps) {
	const lines = helpLines(tables, width);
	const top = useScrollView(HELP_KEYS, {lineCount: lines.length, room: height, active, onClose, onQuit});
	return (
		<Box flexDirection="column" width={width} height={height}>
			{lines.slice(top, top + height).map((line) => (
				<Text key={line.key} role={line.heading ? 'heading' : undefined} wrap="truncate-end">
					{line.keys ? <Text role="key">{line.text.slice(0, line.keys)}</Text> : null}
					{line.keys ? line.text.slice(line.keys) : line.text}
				</Text>
			))}
		</Box>
	);
}
