// The secret list: a window of rows around the selection, a filter line, an empty-store hint.
// Navigation, reveal and filter change the list state here; other actions go up to the app.
import {Box, type Key} from 'ink';
import {Text} from '../shared/Text.js';
import {printable} from '../../util/printable.js';
import {useMemo, type RefObject} from 'react';
import {matchKey} from '../keys/binding.js';
import {fieldEdit} from '../shared/fieldInput.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import {TextField} from '../shared/TextField.js';
import {FILTER_KEYS} from '../keys/filterKeys.js';
import {LIST_KEYS, type ListAction as ListKey} from '../keys/listKeys.js';
import {SecretRow, rowLayout} from './SecretRow.js';
import {DETAILS_BESIDE_FROM, DETAILS_WIDTH, DetailsPane} from './DetailsPane.js';
import type {SecretUse} from '../../environments/usage.js';
import type {ListAction, ListState} from './listState.js';

/** Actions the list hands to the app. */
export type ListCommand = Extract<ListKey, 'detail' | 'details' | 'copy' | 'add' | 'edit' | 'delete' | 'rename' | 'undo' | 'run' | 'jobs' | 'switchStore' | 'copyToStore' | 'help' | 'quit'>;

export type ListScreenProps = {
	list: ListState;
	/** The list state as of the last key (ahead of `list` until the next render). */
	live: RefObject<ListState>;
	dispatch: (action: ListAction) => void;
	onCommand: (command: ListCommand) => void;
	active: boolean;
	/** Whether keys still belong to the list as of the last key (a key may have opened a form). */
	ownsKeys: () => boolean;
	/** Answers an open (y/N) question with this key; false when no question is open. */
	answer: (input: string, key: Key) => boolean;
	/** Every key press, before it acts: the status of the last action fades. */
	onKey?: () => void;
	width: number;
	/** The environments naming a secret (the details beside the list), once the definitions are read. */
	usesOf?: (name: string) => SecretUse[];
	/** Rows for the list itself. */
	height: number;
	now: number;
	/** How a name of the store shown is written on the command line (`lab/NAME` in a team store). */
	qualify?: (name: string) => string;
};

export function ListScreen({list, live, dispatch, onCommand, active, ownsKeys, answer, onKey, width, usesOf, height, now, qualify = (name) => name}: ListScreenProps) {
	// The one key handler of the list screen: a key answers the open question, or is a list key.
	const handle = (input: string, key: Key) => {
			if (ownsKeys()) {
				onKey?.();
			}

			if (answer(input, key) || !ownsKeys()) {
				return;
			}

			// As of the last key, not the last frame: `/abc` Enter `j` must not put the j into the filter.
			if (live.current.filtering) {
				const action = matchKey(FILTER_KEYS, input, key);
				if (action === 'keep') {
					dispatch({type: 'keepFilter'});
				} else if (action === 'clear') {
					dispatch({type: 'clearFilter'});
				} else if (action === 'up' || action === 'down') {
					dispatch({type: 'move', by: action === 'up' ? -1 : 1});
				} else if (action === 'quit') {
					onCommand('quit');
				}

				return;
			}

			const action = matchKey(LIST_KEYS, input, key);
			switch (action) {
				case 'up':
				case 'down': {
					dispatch({type: 'move', by: action === 'up' ? -1 : 1});
					break;
				}

				case 'pageUp':
				case 'pageDown': {
					dispatch({type: 'page', by: action === 'pageUp' ? -1 : 1});
					break;
				}

				case 'first': {
					dispatch({type: 'first'});
					break;
				}

				case 'last': {
					dispatch({type: 'last'});
					break;
				}

				case 'reveal': {
					dispatch({type: 'toggleReveal', now: Date.now()});
					break;
				}

				case 'revealAll': {
					dispatch({type: 'toggleRevealAll', now: Date.now()});
					break;
				}

				case 'filter': {
					dispatch({type: 'startFilter'});
					break;
				}

				case 'clearFilter': {
					dispatch({type: 'clearFilter'});
					break;
				}

				case 'sort': {
					dispatch({type: 'cycleSort'});
					break;
				}

				case undefined: {
					break;
				}

				default: {
					onCommand(action);
				}
			}
		};

	// Each read as the text field engine splits it: while typing a filter, text keys edit it.
	useFieldInput(
		(step) => {
			const typing = live.current.filtering && ownsKeys();
			if (step.type === 'paste') {
				if (typing) {
					onKey?.();
					dispatch({type: 'pasteFilter', text: step.text, bytes: step.bytes});
				}

				return;
			}

			const edit = typing && !matchKey(FILTER_KEYS, step.input, step.key) ? fieldEdit(step.input, step.key) : undefined;
			if (edit) {
				onKey?.();
				dispatch({type: 'editFilter', edit});
			} else {
				handle(step.input, step.key);
			}
		},
		{isActive: active, owns: ownsKeys},
	);

	const rows = list.visible.slice(list.top, list.top + height);
	const longest = rows.reduce((most, entry) => Math.max(most, [...printable(entry.name)].length), 4);
	// From 120 columns the selected secret's details stand beside the list.
	const current = list.visible[list.cursor];
	const beside = width >= DETAILS_BESIDE_FROM && current !== undefined && usesOf !== undefined;
	const listWidth = beside ? width - DETAILS_WIDTH - 2 : width;
	// The same object while the widths stay the same, so unchanged rows skip rendering (memo).
	const layout = useMemo(() => rowLayout(listWidth, longest), [listWidth, longest]);
	let body;
	if (list.entries.length === 0) {
		body = (
			<Box flexDirection="column" height={height}>
				<Text>No secrets yet.</Text>
				<Text>Press a to add the first one (or, from a shell: secrets-tui set {qualify('GITHUB_TOKEN')}, any name).</Text>
			</Box>
		);
	} else if (list.visible.length === 0) {
		body = (
			<Box height={height}>
				<Text>No secret name contains “{list.filter}”. Esc clears the filter.</Text>
			</Box>
		);
	} else {
		body = (
			<Box flexDirection="column" height={height}>
				{rows.map((entry, index) => (
					<SecretRow
						key={entry.name}
						entry={entry}
						isSelected={list.top + index === list.cursor}
						isRevealed={list.revealed.has(entry.name)}
						layout={layout}
						now={now}
					/>
				))}
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			{beside ? (
				<Box>
					<Box width={listWidth} flexShrink={0}>
						{body}
					</Box>
					<Box marginLeft={2}>
						<DetailsPane entry={current} uses={usesOf(current.name)} width={DETAILS_WIDTH} height={height} now={now} />
					</Box>
				</Box>
			) : (
				body
			)}
			{list.filtering || list.filter ? <FilterLine list={list} width={width} /> : null}
		</Box>
	);
}

/** Lines the list screen draws below its rows. */
export function listChromeHeight(list: ListState): number {
	return list.filtering || list.filter ? 1 : 0;
}

/** The filter as a text field, then how many rows it keeps (or why a paste was refused). */
function FilterLine({list, width}: {list: ListState; width: number}) {
	const after = list.filterError ?? `  ${list.visible.length} of ${list.entries.length} (name contains, any case)`;
	const room = Math.max(8, Math.min(width - 1, width - [...after].length, [...list.filter].length + 2));
	return (
		<Box>
			<TextField label="/" value={list.filter} cursor={list.filterCursor} focus={list.filtering} width={room} />
			<Text role={list.filterError ? 'failure' : 'hint'} wrap="truncate-end">
				{list.filterError ? ` ${after}` : after}
			</Text>
		</Box>
	);
}
