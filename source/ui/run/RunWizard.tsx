// The steps and the output screen, driven by one key table per screen (../keys/runKeys.ts).
import React, {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {fieldEdit} from '../shared/fieldInput.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import type {DefinitionWarning, EnvironmentsFile} from '../../environments/definition.js';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {AddMissing} from './AddMissing.js';
import {missingSecrets} from './rows.js';
import {ARGUMENTS_SUBMIT_KEYS, ENVIRONMENT_MISSING_KEYS, PANEL_KEY_TABLES, type KeyScreen, type PanelAction} from '../keys/runKeys.js';
import {initialWizard, wizardReducer} from './wizard.js';
import type {Step} from './wizard-state.js';
import type {LaunchRequest} from '../shared/launch-request.js';
import {launchRequest} from './request.js';
import {coresView} from './cores-field.js';
import {coresProblem} from './wizard.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import {isActive} from './lifecycle.js';
import {useClock, useRun} from './useRun.js';
import {EnvironmentStep} from './EnvironmentStep.js';
import {ExecutableStep} from './ExecutableStep.js';
import {SecretsStep} from './SecretsStep.js';
import {ArgumentsStep} from './ArgumentsStep.js';
import {OutputView} from '../shared/OutputView.js';
import {visibleLines} from '../shared/output-buffer.js';
import {outputScroll} from '../shared/output-scroll.js';
import {StatusLine, statusRows} from '../shared/StatusLine.js';
import {runStatus} from './run-status.js';
import type {RunPanelProps} from './types.js';
import {describeShell} from '../../launch/shell.js';
import {chosenShell} from '../../launch/settings.js';

function defaultShellText(storeDir: string, configured: EnvironmentsFile['shell']): string {
	try {
		return describeShell(chosenShell(storeDir, configured));
	} catch {
		return '';
	}
}

/** The arguments step offers Ctrl+S (submit) where a batch scheduler is on the PATH. */
const TABLES_WITH_SUBMIT = {...PANEL_KEY_TABLES, arguments: ARGUMENTS_SUBMIT_KEYS};

const TITLES: Record<Step, string> = {
	environment: 'Step 1/4 · environment',
	executable: 'Step 2/4 · executable',
	secrets: 'Step 3/4 · secrets to inject',
	arguments: 'Step 4/4 · arguments',
	output: 'Output',
};

type Props = RunPanelProps & {
	defs: EnvironmentsFile;
	warnings: DefinitionWarning[];
	/** The batch scheduler found on the PATH ("Slurm"): the arguments step then offers to submit. */
	submitTo?: string;
	onSubmit?: (request: LaunchRequest) => void;
	/** Drawn by someone else for now (the submit screen): keeps its state, reads no key. */
	hidden?: boolean;
};

export function RunWizard({store, defs, warnings, width, height, onClose, onKeys, submitTo, onSubmit, hidden}: Props) {
	const tables = submitTo ? TABLES_WITH_SUBMIT : PANEL_KEY_TABLES;
	// Refreshed when a missing secret is added from the panel (`a` on the environment step).
	const [storedNames, setStoredNames] = useState(() => store.list().map((entry) => entry.name));
	const stored = useMemo(() => new Set(storedNames), [storedNames]);
	const [adding, setAdding] = useState<string>();
	// The same, at once: keys go to the form while it is open, and to the steps again the moment it closes
	// (this panel's key handler stays subscribed, so no key is lost between the two).
	const addingNow = useRef(false);
	// Keys act on `latest`, the state every earlier key has produced, not on the last render's.
	// The shell `run` would use (SECRETS_TUI_SHELL, settings.yaml beside the store, else bash/sh), to edit.
	const [wizard, dispatch, latest] = useLiveReducer(wizardReducer, () => initialWizard(defs.environments, storedNames, defaultShellText(store.home, defs.shell)));
	const runner = useRun(store, defs);
	const {start} = runner;
	// A launch follows the reducer's count of launches asked for.
	const launched = useRef(0);
	useEffect(() => {
		if (wizard.launches === launched.current) {
			return;
		}

		launched.current = wizard.launches;
		const request = launchRequest(latest.current);
		if (request) {
			start(request, latest.current.mode);
		}
	}, [wizard.launches, start, latest]);
	const active = isActive(runner.run);
	const now = useClock(runner.run.phase === 'running');
	const screen: KeyScreen = wizard.step === 'output' ? (active ? 'running' : 'ended') : wizard.step;
	const environment = defs.environments[wizard.environment];
	// The environment step offers `a` (add a missing secret) while the highlighted environment lacks any.
	const tableFor = (keyScreen: KeyScreen, environmentIndex: number): KeyTable<PanelAction> => {
		const highlighted = defs.environments[environmentIndex];
		return keyScreen === 'environment' && highlighted && missingSecrets(highlighted, stored).length > 0 ? ENVIRONMENT_MISSING_KEYS : tables[keyScreen];
	};

	const table = tableFor(screen, wizard.environment);
	useLayoutEffect(() => {
		// While hidden, the submit screen says which keys work; while adding, the form does.
		if (!hidden && !adding) {
			onKeys?.(table);
		}
	}, [table, onKeys, hidden, adding]);
	const added = useCallback(
		(saved: string | undefined) => {
			// After every handler of this read has run: the Esc that closed the form must not reach the steps too.
			queueMicrotask(() => {
				addingNow.current = false;
			});
			setAdding(undefined);
			if (saved !== undefined) {
				const names = store.list().map((entry) => entry.name);
				setStoredNames(names);
				dispatch({type: 'stored', names});
			}
		},
		[store, dispatch],
	);
	const choice = wizard.choices[wizard.choice];
	const executable = choice && environment ? environment.executables[choice.executable] : undefined;
	const cores = wizard.step === 'arguments' && wizard.coresField && environment && executable && choice ? coresView(environment, executable, choice.instance, wizard.cores) : undefined;
	// The instance the run will use: the cores field's pick, else the one picked on the list.
	const instance = cores?.instance ?? (choice && executable ? executable.instances[choice.instance] : undefined);
	// Title, then the body, then the launcher's warnings and the status line (output only); the app draws the footer.
	const shownWarnings = wizard.step === 'output' ? runner.warnings.slice(0, 2) : [];
	// The status sentence is never cut: it takes the rows it needs at this width (its "scrolled up N"
	// is measured with a one-row status first; the output gets the rows left).
	const outputRowsFor = (statusHeight: number) => Math.max(1, height - 1 - shownWarnings.length - statusHeight - (runner.mode === 'terminal' ? 1 : 0));
	const runState = runStatus(runner.run, runner.output, now, visibleLines(runner.output, outputRowsFor(1), width).scroll);
	const status = wizard.step === 'output' ? statusRows(runState, width) : [];
	const bodyRows = Math.max(1, height - 1 - (wizard.step === 'output' ? shownWarnings.length + status.length : 0));
	const outputRows = outputRowsFor(status.length);

	const handle = (command: PanelAction) => {
		const current = latest.current;
		const scrolling = current.step === 'output';
		switch (command) {
			case 'up':
			case 'down':
			case 'pageUp':
			case 'pageDown': {
				const step = command === 'up' ? -1 : command === 'down' ? 1 : command === 'pageUp' ? -bodyRows : bodyRows;
				if (scrolling) {
					runner.scroll(outputScroll(command, outputRows, width));
				} else {
					dispatch({type: 'move', delta: step});
				}

				return;
			}

			case 'first':
			case 'last': {
				if (scrolling) {
					runner.scroll(outputScroll(command, outputRows, width));
				} else {
					dispatch({type: 'move-to', where: command});
				}

				return;
			}

			case 'accept': {
				dispatch({type: 'accept'});
				return;
			}

			case 'back': {
				if (current.step === 'environment') {
					onClose();
				} else {
					dispatch({type: 'back'});
				}

				return;
			}

			case 'toggle':
			case 'toggleAll': {
				dispatch({type: command === 'toggle' ? 'toggle' : 'toggle-all'});
				return;
			}

			case 'nextField':
			case 'previousField': {
				dispatch({type: 'move', delta: command === 'nextField' ? 1 : -1});
				return;
			}

			case 'stop': {
				runner.stop();
				return;
			}

			case 'rerun': {
				dispatch({type: 'rerun'});
				return;
			}

			case 'submit': {
				if (coresProblem(current) !== undefined) {
					// No instance takes the cores typed: the field says why, and nothing is submitted.
					dispatch({type: 'check'});
					return;
				}

				const request = launchRequest(current);
				if (request && current.step === 'arguments') {
					onSubmit?.(request);
				}

				return;
			}

			case 'handover': {
				dispatch(current.step === 'output' ? {type: 'rerun', mode: 'terminal'} : {type: 'launch-in-terminal'});
				return;
			}

			case 'wrap': {
				runner.scroll(outputScroll(command, outputRows, width));
				return;
			}

			case 'addMissing': {
				const name = defs.environments[current.environment] ? missingSecrets(defs.environments[current.environment]!, stored)[0] : undefined;
				addingNow.current = name !== undefined;
				setAdding(name);
				return;
			}
		}
	};

	// Each read as the text field engine splits it (keys that arrive together act one by one: "3\r" types
	// 3 and then is Enter); on the arguments step, text keys edit the focused field.
	useFieldInput(
		(step) => {
			const {step: screenStep} = latest.current;
			if (addingNow.current) {
				return;
			}

			if (step.type === 'paste') {
				dispatch({type: 'paste', text: step.text, bytes: step.bytes});
				return;
			}

			const {input, key} = step;
			// Ctrl+C goes to a running child first, even when the screen has not caught up with the launch.
			if (key.ctrl && input === 'c' && runner.stop()) {
				return;
			}

			const keyScreen: KeyScreen = screenStep === 'output' ? (runner.hasChild() ? 'running' : 'ended') : screenStep;
			const command = matchKey(tableFor(keyScreen, latest.current.environment), input, key);
			if (command) {
				handle(command);
				return;
			}

			const edit = keyScreen === 'arguments' ? fieldEdit(input, key) : undefined;
			if (edit) {
				dispatch({type: 'edit', edit});
			}
		},
		// Inactive while a child has the whole terminal: ink then leaves raw mode and reads no key.
		{isActive: !runner.handingOver && !hidden},
	);

	if (hidden) {
		return null;
	}

	if (runner.handingOver) {
		// One unchanging frame, so ink writes nothing while the child has the terminal.
		return <Text>The program has the terminal; the TUI comes back when it ends.</Text>;
	}

	const heading = [environment?.name, wizard.step === 'environment' ? undefined : executable?.label].filter(Boolean).join(' / ');
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text role="heading" wrap="truncate">
				Run panel · {TITLES[wizard.step]}
				{wizard.step === 'environment' ? '' : <Text role="hint"> · {heading}</Text>}
			</Text>
			<Box flexDirection="column" height={bodyRows} overflow="hidden">
				{adding === undefined ? null : <AddMissing store={store} name={adding} width={width} height={bodyRows} onDone={added} onKeys={onKeys} />}
				{wizard.step === 'environment' && adding === undefined ? <EnvironmentStep environments={defs.environments} cursor={wizard.environment} stored={stored} warnings={warnings} rows={bodyRows} /> : null}
				{wizard.step === 'executable' && environment ? <ExecutableStep environment={environment} choices={wizard.choices} cursor={wizard.choice} rows={bodyRows} /> : null}
				{wizard.step === 'secrets' ? <SecretsStep secrets={wizard.secrets} cursor={wizard.secret} stored={stored} rows={bodyRows} /> : null}
				{wizard.step === 'arguments' ? (
					<ArgumentsStep
						args={wizard.args}
						placeholders={wizard.placeholders}
						params={wizard.params}
						shell={wizard.shell}
						cores={cores}
						field={wizard.field}
						cursor={wizard.cursor}
						command={instance?.command.split('\n')[0] ?? ''}
						submitTo={submitTo}
						error={wizard.fieldError}
						rows={bodyRows}
						width={width}
					/>
				) : null}
				{wizard.step === 'output' ? (
					runner.run.phase === 'failed' ? (
						<Text role="failure" wrap="wrap">
							{runner.run.message}
						</Text>
					) : (
						<>
							{runner.mode === 'terminal' ? <Text role="hint">It ran with the whole terminal: its output went there, not redacted, and is not kept here.</Text> : null}
							<OutputView output={runner.output} rows={outputRows} width={width} />
						</>
					)
				) : null}
			</Box>
			{shownWarnings.map((warning, index) => (
				<Text key={index} role="warning" wrap="truncate">
					warning: {warning}
				</Text>
			))}
			{wizard.step === 'output' ? <StatusLine status={runState} rows={status} width={width} /> : null}
		</Box>
	);
}
