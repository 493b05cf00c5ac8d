// One row of the list: name, a fixed mask or the value's first line (then `expired` or `expiring` when
// it is), when it was last updated. The expiry is said in words as well as by the name's colour, so it
// shows with colour off.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {memo} from 'react';
import {relativeTime} from '../../util/time.js';
import type {SecretEntry} from '../../store/store.js';
import {expiryState} from '../../store/expiry.js';
import {MASK, firstLine, fit} from '../shared/format.js';
import {printable} from '../../util/printable.js';

const TIME_WIDTH = 14;


export type RowLayout = {width: number; nameWidth: number; valueWidth: number; timeWidth: number};

/** The value column's widest: on a wide terminal the time stays near the name, not at the far edge. */
export const MAX_VALUE_WIDTH = 64;

export const SecretRow = memo(function SecretRow({entry, isSelected, isRevealed, layout, now}: {entry: SecretEntry; isSelected: boolean; isRevealed: boolean; layout: RowLayout; now: number}) {
	const {valueWidth} = layout;
	const expiry = expiryState(entry.expires, now);
	// The mark is kept whole; the mask or value gets what room is left.
	const expiryMark = expiry ? ` ${expiry}` : '';
	const room = Math.max(1, valueWidth - expiryMark.length);
	// The mask says nothing, so it is cut without an ellipsis.
	let value = MASK.slice(0, room);
	if (isRevealed) {
		const {text, more} = firstLine(entry.value);
		const mark = more > 0 ? ` (+${more} line${more === 1 ? '' : 's'})` : '';
		value = fit(text, Math.max(1, room - mark.length)) + mark;
	}

	return (
		<Box width={layout.width} height={1}>
			{/* The selection is inverse and `›`; the name keeps its expiry's colour inside it. */}
			<Text role={isSelected ? 'selection' : undefined} wrap="truncate-end">
				<Text role={expiry ?? 'name'}>{(isSelected ? '› ' : '  ') + fit(printable(entry.name), layout.nameWidth).padEnd(layout.nameWidth) + ' '}</Text>
			</Text>
			<Box width={valueWidth} flexShrink={0}>
				<Text wrap="truncate-end">
					<Text role={isRevealed ? 'revealed' : 'masked'}>{value}</Text>
					{expiry ? <Text role={expiry}>{expiryMark}</Text> : null}
				</Text>
			</Box>
			{layout.timeWidth > 0 ? (
				<Text role="hint" wrap="truncate-end">
					{' ' + fit(relativeTime(entry.updated, now), layout.timeWidth)}
				</Text>
			) : null}
		</Box>
	);
});

/** Column widths for a terminal `width` wide, given the longest visible name. */
export function rowLayout(width: number, longestName: number): RowLayout {
	// The longest relative time is "59 minutes ago" (14 characters).
	const timeWidth = width >= 36 ? TIME_WIDTH : 0;
	const room = width - 2 - 1 - (timeWidth > 0 ? timeWidth + 1 : 0);
	const nameWidth = Math.max(4, Math.min(longestName, Math.floor(room * 0.55)));
	const valueWidth = Math.max(1, Math.min(MAX_VALUE_WIDTH, room - nameWidth));
	return {width: 2 + nameWidth + 1 + valueWidth + (timeWidth > 0 ? timeWidth + 1 : 0), nameWidth, valueWidth, timeWidth};
}
