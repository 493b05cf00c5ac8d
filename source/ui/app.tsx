// The root: shows the current screen (navigation.ts decides which), with the title, the status line and
// the footer of that screen's keys. The store's writes are useSecretActions'; help's tables are keys/allKeys.ts's.
import {Box, useApp} from 'ink';
import {Text} from './shared/Text.js';
import {ColourContext} from './shared/colour.js';
import {useCallback, useEffect, useRef, useState} from 'react';
import {usesOf, type SecretUse} from '../environments/usage.js';
import type {SecretStore} from '../store/store.js';
import {Footer} from './shared/Footer.js';
import {KeyRouter} from './shared/KeyRouter.js';
import {StatusLine, statusRows} from './shared/StatusLine.js';
import {useClipboard} from './shared/useClipboard.js';
import {clipboardClearMs as defaultClipboardClearMs} from './shared/clipboard.js';
import {useLiveReducer} from './shared/useLiveReducer.js';
import {useNow} from './shared/useNow.js';
import {STATUS_FADE_MS, useStatus} from './shared/useStatus.js';
import {useTerminalSize} from './shared/useTerminalSize.js';
import {ALL_KEY_TABLES} from './keys/allKeys.js';
import type {KeyTable} from './keys/binding.js';
import {FILTER_KEYS} from './keys/filterKeys.js';
import {CONFIRM_KEYS, FORM_KEYS, OVERWRITE_FORM_KEYS} from './keys/formKeys.js';
import {LIST_KEYS} from './keys/listKeys.js';
import {RENAME_KEYS} from './keys/renameKeys.js';
import {COPY_TO_STORE_KEYS, STORE_ERROR_KEYS} from './keys/storeKeys.js';
import {DETAIL_KEYS, DETAILS_KEYS, HELP_KEYS} from './keys/viewKeys.js';
import {initialNavigation, listOwnsKeys, navigationReducer, type Screen} from './navigation.js';
import {LazyRunPanel} from './run/LazyRunPanel.js';
import {LazyJobsScreen} from './jobs/LazyJobsScreen.js';
import {HelpScreen} from './help/HelpScreen.js';
import {DetailScreen} from './secrets/DetailScreen.js';
import {DetailsScreen} from './secrets/DetailsScreen.js';
import {FormScreen} from './secrets/FormScreen.js';
import {ListScreen, listChromeHeight} from './secrets/ListScreen.js';
import {RenameScreen} from './secrets/RenameScreen.js';
import {StoreErrorScreen, storeErrorRows} from './secrets/StoreErrorScreen.js';
import {headerText} from './secrets/header.js';
import {initialListState, listReducer, selected} from './secrets/listState.js';
import {useRevealExpiry} from './secrets/useRevealExpiry.js';
import {useSecretActions} from './secrets/useSecretActions.js';
import type {Secrets} from './secrets/useSecrets.js';
import {storeLabel} from './stores/storeChoice.js';
import {useChosenStore, useSwitchStore} from './stores/useChosenStore.js';
import {useCopyToStore} from './stores/useCopyToStore.js';
import {useListCommands} from './useListCommands.js';

/** The most rows the status line of the list and its forms takes (a longer sentence ends with …). */
const STATUS_ROWS = 3;

export type AppProps = {
	/** The personal store; S switches to the team stores registered beside it. */
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
	/** Whether colours are drawn (util/colour.ts's rule decides); styles such as inverse are drawn either way. */
	colour?: boolean;
};

export function App({colour = true, ...props}: AppProps) {
	return (
		<ColourContext.Provider value={colour}>
			<KeyRouter>
				<Screens {...props} />
			</KeyRouter>
		</ColourContext.Provider>
	);
}

function Screens({store, envsFiles, revealTimeoutMs, initial, clipboardClearMs, statusFadeMs = STATUS_FADE_MS}: Omit<AppProps, 'colour'>) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	// The store every screen works on (S switches it) and its secrets; run and jobs use the personal store.
	const stores = useChosenStore(store, initial);
	const {secrets, reload, store: chosen, isLatest} = stores;
	const [list, dispatch, liveList] = useLiveReducer(listReducer, () => initialListState(secrets.entries, rows, revealTimeoutMs));
	// Which screen and question keys belong to, as of the last key (ahead of the last frame): `live`.
	const [navigation, navigate, live] = useLiveReducer(navigationReducer, () => initialNavigation);
	const {screen, deleting, undoing, copying} = navigation;
	const [status, setStatus, dismissStatus] = useStatus(statusFadeMs);
	// The footer of a screen with modes of its own (the form's question, the run panel's steps).
	const [screenKeys, setScreenKeys] = useState<{kind: Screen['kind']; table: KeyTable<string>}>();
	const setScreen = useCallback(
		(next: Screen) => {
			navigate({type: 'show', screen: next});
			setScreenKeys(undefined);
		},
		[navigate],
	);
	const formKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'form', table}), []);
	const renameKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'rename', table}), []);
	const panelKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'run', table}), []);
	const jobsKeys = useCallback((table: KeyTable<string>) => setScreenKeys({kind: 'jobs', table}), []);
	const [quitting, setQuitting] = useState(false);
	const clearMs = clipboardClearMs ?? defaultClipboardClearMs();
	const copy = useClipboard(clearMs);
	const now = useNow();
	useRevealExpiry(list, dispatch);

	// Keep the status, header and footer, and one spare line: ink redraws the whole terminal once
	// its output is as tall as the terminal. The status of the list and its forms wraps, up to three rows.
	const shownStatus = screen.kind === 'list' || screen.kind === 'form' || screen.kind === 'rename' || secrets.error ? status : undefined;
	const shownRows = shownStatus ? statusRows(shownStatus, columns) : undefined;
	const statusHeight = shownRows ? Math.min(STATUS_ROWS, shownRows.length) : 1;
	const bodyHeight = Math.max(1, rows - 3 - statusHeight);
	const listHeight = Math.max(1, bodyHeight - listChromeHeight(list));
	useEffect(() => dispatch({type: 'resize', height: listHeight}), [listHeight, dispatch]);
	// A read the store's watch made (another process wrote); the actions load their own reads at once. An
	// older read that renders after a newer one was loaded (a delete's, after the undo that followed) is skipped.
	useEffect(() => {
		if (isLatest(secrets)) {
			dispatch({type: 'load', entries: secrets.entries});
		}
	}, [secrets, isLatest, dispatch]);
	useEffect(() => {
		if (quitting) {
			exit();
		}
	}, [quitting, exit]);

	const quit = useCallback(() => setQuitting(true), []);
	const ownsKeys = useCallback(() => listOwnsKeys(live.current), [live]);
	const toList = useCallback(() => setScreen({kind: 'list'}), [setScreen]);
	// The environments naming each secret: the definitions are read after the first frame (YAML is not
	// loaded at start); until then, and without definitions, none.
	const [uses, setUses] = useState<{of: (name: string) => SecretUse[]}>({of: () => []});
	// Definitions name a team secret `lab/NAME`.
	const usesRef = useRef(uses.of);
	usesRef.current = (name) => uses.of(stores.current().qualify(name));
	const usesOfShown = useCallback((name: string) => uses.of(chosen.qualify(name)), [uses, chosen]);
	useEffect(() => {
		let current = true;
		void import('../environments/definitions-file.js').then(({definitionsFor}) => {
			const defs = definitionsFor(store.dir, envsFiles);
			if (current && defs) {
				setUses({of: (name) => usesOf(defs, name)});
			}
		});
		return () => {
			current = false;
		};
	}, [store, envsFiles]);
	const askUndo = useCallback((name: string) => navigate({type: 'ask-undo', name}), [navigate]);
	const {save, rename, remove, undo, answerUndo, serial} = useSecretActions({store: stores.current, reload, dispatch, liveList, setStatus, onSaved: toList, askUndo, usesOf: usesRef});
	const switchStore = useSwitchStore(stores.next, dispatch, setStatus);
	const teamsNow = useCallback(() => stores.live.current.teams, [stores.live]);
	const copyToStore = useCopyToStore({current: stores.current, teams: teamsNow, teamStore: stores.teamStore, refresh: stores.refresh, setStatus, serial});
	const {onCommand, answer} = useListCommands({live, navigate, setScreen, liveList, setStatus, quit, copy, clipboardClearMs: clearMs, remove, undo, answerUndo, usesOf: usesRef, switchStore, copyToStore});
	const hasTeams = stores.choice.teams.length > 0;
	const label = storeLabel(stores.choice);

	if (quitting) {
		// An empty last frame: whatever ink does at unmount, it has no value to print.
		return null;
	}

	// Shown values on the list as it is now: a shown row the filter hides is not on screen.
	const shown = list.revealed.size === 0 ? 0 : list.visible.reduce((count, entry) => count + (list.revealed.has(entry.name) ? 1 : 0), 0);
	const header = headerText(list.entries.length, shown, list.order, columns, label);
	let body;
	let footer: KeyTable<string> | undefined;
	const ownKeys = screenKeys?.kind === screen.kind ? screenKeys.table : undefined;
	if (secrets.error) {
		footer = STORE_ERROR_KEYS;
		body = <StoreErrorScreen error={secrets.error} width={columns} height={bodyHeight} onQuit={quit} onSwitchStore={hasTeams ? switchStore : undefined} />;
	} else if (screen.kind === 'form') {
		footer = ownKeys ?? (screen.mode === 'edit' ? OVERWRITE_FORM_KEYS : FORM_KEYS);
		const editing = screen.mode === 'edit' ? list.entries.find((entry) => entry.name === screen.name) : undefined;
		body = (
			<FormScreen
				mode={screen.mode}
				name={screen.name}
				value={editing?.value}
				note={editing?.note}
				expires={editing?.expires}
				exists={(name) => chosen.has(name)}
				onSubmit={save}
				onCancel={toList}
				onKeys={formKeys}
				active
				width={columns}
				height={bodyHeight}
			/>
		);
	} else if (screen.kind === 'rename' && list.entries.some((entry) => entry.name === screen.name)) {
		footer = ownKeys ?? RENAME_KEYS;
		body = <RenameScreen name={screen.name} exists={(name) => chosen.has(name)} onSubmit={rename} onCancel={toList} onKeys={renameKeys} active width={columns} height={bodyHeight} />;
	} else if (screen.kind === 'detail' && list.entries.some((entry) => entry.name === screen.name)) {
		footer = DETAIL_KEYS;
		body = <DetailScreen entry={list.entries.find((entry) => entry.name === screen.name)!} onClose={toList} onQuit={quit} active width={columns} height={bodyHeight} />;
	} else if (screen.kind === 'details' && list.entries.some((entry) => entry.name === screen.name)) {
		footer = DETAILS_KEYS;
		const entry = list.entries.find((candidate) => candidate.name === screen.name)!;
		body = <DetailsScreen entry={entry} uses={usesOfShown(entry.name)} onClose={toList} onQuit={quit} width={columns} height={bodyHeight} now={now} />;
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
		footer = deleting !== undefined || undoing !== undefined ? CONFIRM_KEYS : copying ? (copying.step === 'pick' ? COPY_TO_STORE_KEYS : CONFIRM_KEYS) : list.filtering ? FILTER_KEYS : LIST_KEYS;
		body = <ListScreen list={list} live={liveList} dispatch={dispatch} onCommand={onCommand} active={!quitting} ownsKeys={ownsKeys} answer={answer} onKey={dismissStatus} width={columns} usesOf={usesOfShown} height={listHeight} now={now} qualify={chosen.qualify.bind(chosen)} />;
	}

	return (
		<Box flexDirection="column" width={columns}>
			<Text role="heading" wrap="truncate-end">
				{header.title}
				{header.store ? <Text role={chosen.team ? 'team' : undefined}>{header.store}</Text> : undefined}
				<Text role="hint">{header.summary}</Text>
			</Text>
			<Box height={bodyHeight} flexDirection="column" overflow="hidden">
				{/* A screen taller than the body is cut at the bottom; never squeezed so its rows overlap. */}
				<Box flexDirection="column" flexShrink={0}>
					{body}
				</Box>
			</Box>
			<StatusLine status={shownStatus} rows={shownRows} width={columns} maxRows={STATUS_ROWS} />
			{footer ? <Footer tables={[footer]} width={columns} has={screen.kind === 'list' || secrets.error ? {selection: selected(list) !== undefined, secrets: list.entries.length > 0, stores: hasTeams, overflow: secrets.error !== undefined && storeErrorRows(secrets.error, columns).length > bodyHeight} : undefined} /> : <Text> </Text>}
		</Box>
	);
}
