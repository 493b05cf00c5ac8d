// The root: which screen shows (list, form, detail, help, run panel), the status line and footer,
// and the actions that write to the store. Only the store touches the file.
import {Box, useApp, type Key} from 'ink';
import {Text} from './shared/Text.js';
import {useCallback, useEffect, useRef, useState} from 'react';
import {isUserError} from '../util/errors.js';
import {usedBySentence, usesOf, type SecretUse} from '../environments/usage.js';
import {DetailsScreen} from './secrets/DetailsScreen.js';
import type {SecretStore} from '../store/store.js';
import {Footer} from './shared/Footer.js';
import {StatusLine} from './shared/StatusLine.js';
import {useClipboard} from './shared/useClipboard.js';
import {clipboardClearMs as defaultClipboardClearMs} from './shared/clipboard.js';
import {useLiveReducer} from './shared/useLiveReducer.js';
import {useNow} from './shared/useNow.js';
import {useRevealExpiry} from './secrets/useRevealExpiry.js';
import {useSecrets, type Secrets} from './secrets/useSecrets.js';
import {STATUS_FADE_MS, useStatus} from './shared/useStatus.js';
import {useTerminalSize} from './shared/useTerminalSize.js';
import type {KeyTable} from './keys/binding.js';
import {FILTER_KEYS} from './keys/filterKeys.js';
import {CONFIRM_KEYS, FORM_KEYS, OVERWRITE_FORM_KEYS} from './keys/formKeys.js';
import {LIST_KEYS} from './keys/listKeys.js';
import {TEXT_KEYS} from './keys/textKeys.js';
import {matchKey} from './keys/binding.js';
import {DETAIL_KEYS, DETAILS_KEYS, HELP_KEYS, STORE_ERROR_KEYS} from './keys/viewKeys.js';
import {ADD_MISSING_OFFER_KEYS, NO_DEFINITIONS_KEYS, PANEL_KEY_TABLES, SUBMIT_OFFER_KEYS} from './keys/runKeys.js';
import {LazyRunPanel} from './run/LazyRunPanel.js';
import {JOB_KEYS, JOBS_KEYS, SUBMIT_KEYS} from './keys/jobsKeys.js';
import {LazyJobsScreen} from './jobs/LazyJobsScreen.js';
import {DetailScreen} from './secrets/DetailScreen.js';
import {FormScreen, type FormSubmission} from './secrets/FormScreen.js';
import {HelpScreen} from './help/HelpScreen.js';
import {ListScreen, listChromeHeight, type ListCommand} from './secrets/ListScreen.js';
import {StoreErrorScreen} from './secrets/StoreErrorScreen.js';
import {initialListState, listReducer, matchesFilter, selected} from './secrets/listState.js';

export const ALL_KEY_TABLES: ReadonlyArray<KeyTable<string>> = [LIST_KEYS, FILTER_KEYS, TEXT_KEYS, FORM_KEYS, CONFIRM_KEYS, DETAIL_KEYS, DETAILS_KEYS, HELP_KEYS, ...Object.values(PANEL_KEY_TABLES), ADD_MISSING_OFFER_KEYS, SUBMIT_OFFER_KEYS, SUBMIT_KEYS, JOB_KEYS, JOBS_KEYS, NO_DEFINITIONS_KEYS];

export type AppProps = {
	store: SecretStore;
	envsFiles?: string[];
	/** 0: shown values stay shown until masked by hand. */
	revealTimeoutMs: number;
	/** The store read before the first render, when the caller already has it. */
	initial?: Secrets;
	/** How long a copied value stays on the clipboard. */
	clipboardClearMs?: number;
	/** How long a status line stays before it fades. */
	statusFadeMs?: {info: number; error: number};
};

type Screen = {kind: 'list'} | {kind: 'form'; mode: 'add' | 'edit'; name?: string} | {kind: 'detail'; name: string} | {kind: 'details'; name: string} | {kind: 'help'} | {kind: 'run'} | {kind: 'jobs'};

export function App({store, envsFiles, revealTimeoutMs, initial, clipboardClearMs, statusFadeMs = STATUS_FADE_MS}: AppProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const {secrets, reload} = useSecrets(store, initial);
	const [list, dispatch, liveList] = useLiveReducer(listReducer, () => initialListState(secrets.entries, rows, revealTimeoutMs));
	const [screen, setScreenState] = useState<Screen>({kind: 'list'});
	const [status, setStatus, dismissStatus] = useStatus(statusFadeMs);
	const [deleting, setDeletingState] = useState<string>();
	// Which screen and question keys belong to, as of the last key (ahead of the last frame).
	const live = useRef<{screen: Screen; deleting?: string}>({screen});
	// The footer of a screen with modes of its own (the form's question, the run panel's steps).
	const [screenKeys, setScreenKeys] = useState<{kind: Screen['kind']; table: KeyTable<string>}>();
	const setScreen = useCallback((next: Screen) => {
		live.current = {...live.current, screen: next};
		setScreenState(next);
		setScreenKeys(undefined);
	}, []);
	const formKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'form', table}), []);
	const panelKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'run', table}), []);
	const jobsKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'jobs', table}), []);
	const setDeleting = useCallback((name: string | undefined) => {
		live.current = {...live.current, deleting: name};
		setDeletingState(name);
	}, []);
	const [quitting, setQuitting] = useState(false);
	const clearMs = clipboardClearMs ?? defaultClipboardClearMs();
	const copy = useClipboard(clearMs);
	// The environments naming each secret: the definitions are read after the first frame (YAML is not
	// loaded at start); until then, and without definitions, none.
	const [uses, setUses] = useState<{of: (name: string) => SecretUse[]}>({of: () => []});
	const usesRef = useRef(uses.of);
	usesRef.current = uses.of;
	useEffect(() => {
		let current = true;
		void import('../environments/locate.js').then(({definitionsFor}) => {
			const defs = definitionsFor(store.dir, envsFiles);
			if (current && defs) {
				setUses({of: (name) => usesOf(defs, name)});
			}
		});
		return () => {
			current = false;
		};
	}, [store, envsFiles]);
	const now = useNow();
	useRevealExpiry(list, dispatch);

	// Keep the status, header and footer, and one spare line: ink redraws the whole terminal once
	// its output is as tall as the terminal.
	const bodyHeight = Math.max(1, rows - 4);
	const listHeight = Math.max(1, bodyHeight - listChromeHeight(list));
	useEffect(() => dispatch({type: 'resize', height: listHeight}), [listHeight, dispatch]);
	useEffect(() => dispatch({type: 'load', entries: secrets.entries}), [secrets.entries, dispatch]);
	useEffect(() => {
		if (quitting) {
			exit();
		}
	}, [quitting, exit]);

	const quit = useCallback(() => setQuitting(true), []);
	const listOwnsKeys = useCallback(() => live.current.screen.kind === 'list' && live.current.deleting === undefined, []);
	const toList = useCallback(() => setScreen({kind: 'list'}), [setScreen]);

	const onCommand = useCallback(
		(command: ListCommand) => {
			if (live.current.screen.kind !== 'list' || live.current.deleting !== undefined) {
				// The previous key already left the list; this one arrived before the next frame.
				return;
			}

			const current = selected(liveList.current);
			if (command === 'quit') {
				quit();
			} else if (command === 'help') {
				setScreen({kind: 'help'});
			} else if (command === 'run') {
				setScreen({kind: 'run'});
			} else if (command === 'jobs') {
				setScreen({kind: 'jobs'});
			} else if (command === 'add') {
				setStatus(undefined);
				setScreen({kind: 'form', mode: 'add'});
			} else if (!current) {
				setStatus({text: 'There is no secret selected.', tone: 'error'});
			} else if (command === 'edit') {
				setStatus(undefined);
				setScreen({kind: 'form', mode: 'edit', name: current.name});
			} else if (command === 'detail') {
				setScreen({kind: 'detail', name: current.name});
			} else if (command === 'details') {
				setScreen({kind: 'details', name: current.name});
			} else if (command === 'delete') {
				setDeleting(current.name);
				const users = usedBySentence(usesRef.current(current.name));
				setStatus({text: `Delete ${current.name}?${users ? ` ${users}` : ''} (y/N)`, tone: 'question'});
			} else if (command === 'copy') {
				copy(current.value);
				setStatus({text: `Copied ${current.name} to the clipboard (OSC 52); it will be cleared in ${Math.round(clearMs / 1000)} s.`, tone: 'info'});
			}
		},
		[liveList, quit, copy, clearMs, setScreen, setDeleting, setStatus, usesRef],
	);

	const save = useCallback(
		async ({name, value, overwrite}: FormSubmission): Promise<string | undefined> => {
			try {
				await store.set(name, value, {overwrite});
			} catch (error) {
				return failure(error);
			}

			// Show the saved secret selected in the same frame as the status. The filter stays unless it
			// would hide the secret just saved.
			const {entries} = reload();
			if (!matchesFilter(name, liveList.current.filter)) {
				dispatch({type: 'clearFilter'});
			}

			dispatch({type: 'load', entries});
			dispatch({type: 'select', name});
			setScreen({kind: 'list'});
			setStatus({text: `Saved ${name}`, tone: 'info'});
			return undefined;
		},
		[store, reload, dispatch, setScreen, liveList, setStatus],
	);

	const answer = useCallback(
		(input: string, key: Key): boolean => {
			const name = live.current.deleting;
			if (name === undefined) {
				return false;
			}

			setDeleting(undefined);
			const reply = matchKey(CONFIRM_KEYS, input, key);
			if (reply === 'yes') {
				store.delete(name).then(
					() => {
						reload();
						setStatus({text: `Deleted ${name}`, tone: 'info'});
					},
					(error: unknown) => setStatus({text: failure(error), tone: 'error'}),
				);
			} else {
				setStatus({text: `Kept ${name}`, tone: 'info'});
			}

			return true;
		},
		[store, reload, setDeleting, setStatus],
	);

	if (quitting) {
		// An empty last frame: whatever ink does at unmount, it has no value to print.
		return null;
	}

	// Shown values on the list as it is now: a shown row the filter hides is not on screen.
	const shown = list.revealed.size === 0 ? 0 : list.visible.reduce((count, entry) => count + (list.revealed.has(entry.name) ? 1 : 0), 0);
	let body;
	let footer: KeyTable<string> | undefined;
	const ownKeys = screenKeys?.kind === screen.kind ? screenKeys.table : undefined;
	if (secrets.error) {
		footer = STORE_ERROR_KEYS;
		body = <StoreErrorScreen error={secrets.error} height={bodyHeight} onQuit={quit} />;
	} else if (screen.kind === 'form') {
		footer = ownKeys ?? (screen.mode === 'edit' ? OVERWRITE_FORM_KEYS : FORM_KEYS);
		body = (
			<FormScreen
				mode={screen.mode}
				name={screen.name}
				value={screen.mode === 'edit' ? list.entries.find((entry) => entry.name === screen.name)?.value : undefined}
				exists={(name) => store.has(name)}
				onSubmit={save}
				onCancel={toList}
				onKeys={formKeys}
				active
				width={columns}
				height={bodyHeight}
			/>
		);
	} else if (screen.kind === 'detail' && list.entries.some((entry) => entry.name === screen.name)) {
		footer = DETAIL_KEYS;
		body = <DetailScreen entry={list.entries.find((entry) => entry.name === screen.name)!} onClose={toList} onQuit={quit} active width={columns} height={bodyHeight} />;
	} else if (screen.kind === 'details' && list.entries.some((entry) => entry.name === screen.name)) {
		footer = DETAILS_KEYS;
		const entry = list.entries.find((candidate) => candidate.name === screen.name)!;
		body = <DetailsScreen entry={entry} uses={uses.of(entry.name)} onClose={toList} onQuit={quit} width={columns} height={bodyHeight} now={now} />;
	} else if (screen.kind === 'help') {
		footer = HELP_KEYS;
		body = <HelpScreen tables={ALL_KEY_TABLES} onClose={toList} onQuit={quit} active width={columns} height={bodyHeight} />;
	} else if (screen.kind === 'jobs') {
		footer = ownKeys;
		body = <LazyJobsScreen storeDir={store.dir} width={columns} height={bodyHeight} onClose={toList} onQuit={quit} onKeys={jobsKeys} />;
	} else if (screen.kind === 'run') {
		footer = ownKeys;
		body = <LazyRunPanel store={store} envsFiles={envsFiles} width={columns} height={bodyHeight} onClose={toList} onKeys={panelKeys} />;
	} else {
		footer = deleting ? CONFIRM_KEYS : list.filtering ? FILTER_KEYS : LIST_KEYS;
		body = <ListScreen list={list} live={liveList} dispatch={dispatch} onCommand={onCommand} active={!quitting} ownsKeys={listOwnsKeys} answer={answer} onKey={dismissStatus} width={columns} usesOf={uses.of} height={listHeight} now={now} />;
	}

	return (
		<Box flexDirection="column" width={columns}>
			<Text bold wrap="truncate-end">
				secrets-tui
				<Text dimColor>{`  ${list.entries.length} secret${list.entries.length === 1 ? '' : 's'}${shown > 0 ? `, ${shown} shown` : ''}`}</Text>
			</Text>
			<Box height={bodyHeight} flexDirection="column" overflow="hidden">
				{/* A screen taller than the body is cut at the bottom; never squeezed so its rows overlap. */}
				<Box flexDirection="column" flexShrink={0}>
					{body}
				</Box>
			</Box>
			<StatusLine status={screen.kind === 'list' || screen.kind === 'form' ? status : undefined} />
			{footer ? <Footer tables={[footer]} width={columns} has={screen.kind === 'list' ? {selection: selected(list) !== undefined, secrets: list.entries.length > 0} : undefined} /> : <Text> </Text>}
		</Box>
	);
}

function failure(error: unknown): string {
	if (isUserError(error)) {
		return error.message;
	}

	return `Could not write the store: ${(error as Error)?.message ?? String(error)}`;
}
