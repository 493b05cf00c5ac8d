// One row of the list: name, a fixed mask or the value's first line, when it was last updated.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {memo} from 'react';
import {relativeTime} from '../../util/time.js';
import type {SecretEntry} from '../../store/store.js';
import {expiryState} from '../../store/expiry.js';
import {MASK, firstLine, fit} from '../shared/format.js';
import {printable} from '../../util/printable.js';

const TIME_WIDTH = 14;

/** Expired names red, expiring ones (within 14 days) yellow. */
const EXPIRY_COLOR = {expired: 'red', expiring: 'yellow', none: undefined} as const;

export type RowLayout = {width: number; nameWidth: number; valueWidth: number; timeWidth: number};

/** The value column's widest: on a wide terminal the time stays near the name, not at the far edge. */
export const MAX_VALUE_WIDTH = 64;

export const SecretRow = memo(function SecretRow({entry, isSelected, isRevealed, layout, now}: {entry: SecretEntry; isSelected: boolean; isRevealed: boolean; layout: RowLayout; now: number}) {
	const {valueWidth} = layout;
	let value = MASK;
	if (isRevealed) {
		const {text, more} = firstLine(entry.value);
		const mark = more > 0 ? ` (+${more} line${more === 1 ? '' : 's'})` : '';
		value = fit(text, Math.max(1, valueWidth - mark.length)) + mark;
	}

	return (
		<Box width={layout.width} height={1}>
			<Text inverse={isSelected} color={EXPIRY_COLOR[expiryState(entry.expires, now) ?? 'none']} wrap="truncate-end">
				{(isSelected ? '› ' : '  ') + fit(printable(entry.name), layout.nameWidth).padEnd(layout.nameWidth) + ' '}
			</Text>
			<Box width={valueWidth} flexShrink={0}>
				<Text color={isRevealed ? 'yellow' : undefined} dimColor={!isRevealed} wrap="truncate-end">
					{value}
				</Text>
			</Box>
			{layout.timeWidth > 0 ? (
				<Text dimColor wrap="truncate-end">
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
