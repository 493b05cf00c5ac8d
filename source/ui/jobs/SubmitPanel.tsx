// The run panel's "submit to Slurm": the choices made in the panel become a batch job whose script holds
// names only (secrets-tui run reads the values on the compute node). A field takes extra sbatch options;
// Enter submits; then the job shows with its state and output.
import React, {useEffect, useLayoutEffect, useMemo, useRef} from 'react';
import {Box} from 'ink';
import {Text} from '../shared/Text.js';
import {isUserError} from '../../util/errors.js';
import type {EnvironmentsFile} from '../../environments/definition.js';
import {shellJoin} from '../../launch/quote.js';
import type {SecretStore} from '../../store/store.js';
import {coresForInstance, prepareJob, type PreparedJob} from '../../submit/prepare.js';
import type {Scheduler} from '../../submit/scheduler.js';
import {submitJob} from '../../submit/submit.js';
import type {JobChoices} from '../../submit/job-script.js';
import {matchKey, type KeyTable} from '../keys/binding.js';
import {fieldEdit} from '../shared/fieldInput.js';
import {TextField} from '../shared/TextField.js';
import {useFieldInput} from '../shared/useFieldInput.js';
import type {LaunchRequest} from '../shared/launch-request.js';
import {useLiveReducer} from '../shared/useLiveReducer.js';
import {splitWords} from '../../launch/words.js';
import {JobPane} from './JobPane.js';
import {SUBMIT_KEYS} from '../keys/jobsKeys.js';
import {initialSubmit, submitReducer} from './submitState.js';

export type SubmitPanelProps = {
	request: LaunchRequest;
	defs: EnvironmentsFile;
	store: SecretStore;
	scheduler: Scheduler;
	width: number;
	height: number;
	onBack: () => void;
	onKeys?: (keys: KeyTable<string>) => void;
};

export function SubmitPanel({request, defs, store, scheduler, width, height, onBack, onKeys}: SubmitPanelProps) {
	const [state, dispatch, latest] = useLiveReducer(submitReducer, () => initialSubmit);
	const choices = useMemo(() => choicesOf(request, defs), [request, defs]);
	// What would be submitted with no extra options: shown, and any problem said before Enter.
	const preview = useMemo(() => attempt(() => prepareJob({defs, choices: choices.value!, instance: request.instance, exactSpecs: true, extra: [], store, cwd: process.cwd(), scheduler}), choices.error), [defs, choices, store, scheduler, request.instance]);
	const submitted = useRef(0);
	useLayoutEffect(() => {
		// Once submitted, the job's view says its own keys.
		if (state.phase !== 'submitted') {
			onKeys?.(SUBMIT_KEYS);
		}
	}, [state.phase, onKeys]);
	useEffect(() => {
		if (state.submits === submitted.current) {
			return;
		}

		submitted.current = state.submits;
		const extra = splitWords(latest.current.options);
		const cwd = process.cwd();
		const prepared = attempt(() => prepareJob({defs, choices: choices.value!, instance: request.instance, exactSpecs: true, extra, store, cwd, scheduler}), choices.error);
		if (!prepared.value) {
			dispatch({type: 'failed', message: prepared.error!});
			return;
		}

		submitJob(prepared.value, {scheduler, cwd, extra, storeDir: store.home}).then(
			(record) => dispatch({type: 'submitted', record}),
			(error: unknown) => dispatch({type: 'failed', message: isUserError(error) ? error.message : `Could not submit: ${(error as Error).message}`}),
		);
	}, [state.submits, latest, dispatch, defs, choices, store, scheduler, request.instance]);

	// Each read as the text field engine splits it: the screen's keys, then text keys edit the options.
	useFieldInput(
		(step) => {
			const {phase} = latest.current;
			if (step.type === 'paste') {
				dispatch({type: 'paste', text: step.text, bytes: step.bytes});
				return;
			}

			const action = matchKey(SUBMIT_KEYS, step.input, step.key);
			if (action === 'back') {
				if (phase === 'failed') {
					dispatch({type: 'back'});
				} else if (phase === 'options') {
					onBack();
				}
			} else if (phase !== 'options') {
				// Keys wait for the submission to settle.
			} else if (action === 'submit') {
				dispatch({type: 'submit'});
			} else {
				const edit = fieldEdit(step.input, step.key);
				if (edit) {
					dispatch({type: 'edit', edit});
				}
			}
		},
		{isActive: state.phase !== 'submitted'},
	);

	if (state.phase === 'submitted' && state.record) {
		return <JobPane record={state.record} scheduler={scheduler} width={width} height={height} active onBack={onBack} onKeys={onKeys} />;
	}

	const changed = secretsChanged(request);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text role="heading" wrap="truncate">
				Run panel · Submit to {scheduler.name}
				<Text role="hint">
					{' · '}
					{request.environment.name} / {request.executable}
				</Text>
			</Text>
			<Box flexDirection="column" height={Math.max(1, height - 1)} overflow="hidden">
				<Text role="hint" wrap="truncate">
					{'  '}A batch job runs secrets-tui there; it reads the secrets from the store on the compute node. The job script holds names only.
				</Text>
				{preview.value ? <Preview prepared={preview.value} options={state.options} /> : null}
				<TextField label="› sbatch options " value={state.options} cursor={state.cursor} focus={state.phase === 'options'} placeholder="(none: e.g. --partition=debug --time=1:00:00)" width={width} />
				{state.phase === 'options' && state.message ? (
					<Text role="failure" wrap="wrap">
						{state.message}
					</Text>
				) : null}
				{changed ? (
					<Text role="warning" wrap="wrap">
						The job gets the environment&apos;s own secrets ({request.environment.secrets.map((mapping) => mapping.secret).join(', ') || 'none'}): the changes made on the secrets step apply when it runs here.
					</Text>
				) : null}
				{state.phase === 'submitting' ? <Text role="progress">Submitting…</Text> : null}
				{state.phase === 'failed' || (state.phase === 'options' && preview.error) ? (
					<Text role="failure" wrap="wrap">
						{state.phase === 'failed' ? state.message : preview.error}
					</Text>
				) : null}
			</Box>
		</Box>
	);
}

function Preview({prepared, options}: {prepared: PreparedJob; options: string}) {
	const command = [...prepared.command, ...splitWords(options)];
	return (
		<>
			<Text wrap="truncate">
				{'  '}
				{shellJoin(command)} <Text role="hint">&lt; job script</Text>
			</Text>
			<Text role="hint" wrap="truncate">
				{'  '}
				{prepared.script.trimEnd().split('\n').at(-1)}
			</Text>
		</>
	);
}

function choicesOf(request: LaunchRequest, defs: EnvironmentsFile): {value?: JobChoices; error?: string} {
	return attempt(() => {
		const executable = request.environment.executables.find((candidate) => candidate.label === request.executable)!;
		// `run` on the compute node picks the instance by --cores and the environment by its specifiers.
		const cores = request.cores ?? coresForInstance(request.environment, executable, request.instance);
		return {
			environment: request.environment.name,
			specs: request.environment.specifiers,
			executable: request.executable,
			...(cores === undefined ? {} : {cores}),
			// An empty field is an unfilled placeholder: planRun says which.
			params: Object.fromEntries(Object.entries(request.params).filter(([, value]) => value !== '')),
			args: request.args,
			...(request.shell === undefined ? {} : {shell: request.shell}),
			envsFiles: defs.files,
		};
	});
}

function attempt<T>(make: () => T, earlier?: string): {value?: T; error?: string} {
	if (earlier) {
		return {error: earlier};
	}

	try {
		return {value: make()};
	} catch (error) {
		if (isUserError(error)) {
			return {error: error.message};
		}

		throw error;
	}
}

/** Whether the secrets step's checklist differs from the environment's own secrets. */
function secretsChanged(request: LaunchRequest): boolean {
	const key = (mapping: {secret: string; kind: string; variable: string}) => `${mapping.kind}:${mapping.variable}=${mapping.secret}`;
	const own = request.environment.secrets.map(key).sort().join('\n');
	return own !== request.mappings.map(key).sort().join('\n');
}
