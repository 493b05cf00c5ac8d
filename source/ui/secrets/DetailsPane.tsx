// A secret's details without its value: name, length, created, updated (and by whom, in a team store),
// note, expiry, and the environments (with their files) that name it. Beside the list from 120 columns; `i` opens it anywhere.
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import type {SecretEntry} from '../../store/store.js';
import {usesText, type SecretUse} from '../../environments/usage.js';
import {relativeTime} from '../../util/time.js';
import {expiryState, expiryText} from '../../store/expiry.js';
import type {Role} from '../shared/colour.js';
import {printable} from '../../util/printable.js';
import {wrapWords} from '../shared/format.js';

/** The list is this wide at least before the pane shows beside it. */
export const DETAILS_BESIDE_FROM = 120;
export const DETAILS_WIDTH = 44;

const LABEL = 9;

export type DetailsProps = {entry: SecretEntry; uses: readonly SecretUse[]; width: number; height: number; now: number};

/** One row of the details: its label (on a value's first row), the text, and the text's role (an expiry's). */
export type DetailRow = {label: string; text: string; role?: Role};

/** The pane's rows as label/value pairs, the value wrapped into rows of its own. */
export function detailRows({entry, uses, width, now}: Omit<DetailsProps, 'height'>): DetailRow[] {
	const stamp = (iso: string) => `${relativeTime(iso, now)} (${iso.slice(0, 16).replace('T', ' ')})`;
	const fields: Array<[string, string, Role?]> = [
		['length', `${[...entry.value].length} characters${entry.value.includes('\n') ? `, ${entry.value.split(/\r?\n/).length} lines` : ''}`],
		// Before the dates: on a small terminal what uses it shows without scrolling.
		['used by', uses.length > 0 ? usesText(uses) : 'no environment'],
		['created', stamp(entry.created)],
		['updated', stamp(entry.updated)],
		// A team store's secret: who last set it.
		...(entry.updatedBy === undefined ? [] : [['set by', entry.updatedBy] as [string, string]]),
		['note', entry.note ?? '-'],
		['expires', entry.expires ? `${entry.expires}, ${expiryText(entry.expires, now)}` : 'never', expiryState(entry.expires, now)],
	];
	const room = Math.max(8, width - LABEL);
	return fields.flatMap(([label, text, role]) => wrapWords(printable(text), room).map((row, index) => ({label: index === 0 ? label : '', text: row, ...(role ? {role} : {})})));
}

export function DetailsPane({entry, uses, width, height, now}: DetailsProps) {
	const rows = detailRows({entry, uses, width, now}).slice(0, Math.max(0, height - 1));
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Text role="heading" wrap="truncate-end">
				{printable(entry.name)}
			</Text>
			<DetailLines rows={rows} />
		</Box>
	);
}

/** The rows of detailRows, each a dim label and its text (an expired date red, an expiring one magenta). */
export function DetailLines({rows}: {rows: readonly DetailRow[]}) {
	return (
		<>
			{rows.map((row, index) => (
				// Rows can repeat, so the position is the key.
				<Text key={index} wrap="truncate-end">
					<Text role="hint">{row.label.padEnd(LABEL)}</Text>
					<Text role={row.role}>{row.text}</Text>
				</Text>
			))}
		</>
	);
}
