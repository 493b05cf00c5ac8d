// The run panel's wizard state and actions, as types: the reducer (wizard.ts) and its helpers (fields.ts,
// rows.ts) all read them from here, so none of them imports another in a circle.
import type {Environment, SecretMapping} from '../../environments/definition.js';
import type {TextEdit} from '../shared/textEdit.js';

export type Step = 'environment' | 'executable' | 'secrets' | 'arguments' | 'output';
export const STEPS: readonly Step[] = ['environment', 'executable', 'secrets', 'arguments', 'output'];

/** One row of the executable step: an executable's instance. */
export type Choice = {executable: number; instance: number};

/** One row of the secrets checklist. */
export type SecretRow = SecretMapping & {declared: boolean; checked: boolean};

export type WizardState = {
	step: Step;
	environments: readonly Environment[];
	/** Every stored secret's name, sorted. */
	stored: readonly string[];
	/** The cursor of each list step. */
	environment: number;
	choice: number;
	secret: number;
	/** Built when a step is accepted. */
	choices: Choice[];
	secrets: SecretRow[];
	args: string;
	placeholders: string[];
	params: Record<string, string>;
	/**
	 * The cores field's text (cores-field.ts): empty, the instance picked on the executable step; a number N,
	 * the instance `run --cores N` picks, with <<num_cores>> N. After the placeholders, before the shell.
	 */
	cores: string;
	/** Whether the arguments step has the cores field: the executable has instances for different core counts. */
	coresField: boolean;
	/**
	 * The shell for setup and command, as `run --shell` takes it (`bash --login`); starts as the one `run`
	 * would use. The last field of the arguments step, after the placeholders (and cores): Tab reaches it,
	 * Enter on the placeholders' last field launches before it.
	 */
	shell: string;
	/** The focused field of the arguments step: 0 is the arguments, then one per placeholder, then cores (when offered), then the shell. */
	field: number;
	/** The text cursor in the focused field. */
	cursor: number;
	/** Why the last paste into a field was refused, or why the cores cannot run (until the next edit or step). */
	fieldError?: string;
	/** What the later steps were built for, so going back and forward again keeps the choices. */
	builtFor: {environment?: number; choice?: number};
	/**
	 * Counts the launches asked for (the last Enter, or R). The panel starts a run when it changes: keys
	 * typed faster than the screen redraws still launch exactly once, with the choices in this state.
	 */
	launches: number;
	/** Where the last launch asked for runs: in the panel (redacted), or with the whole terminal. */
	mode: LaunchMode;
};

export type LaunchMode = 'panel' | 'terminal';

export type WizardAction =
	| {type: 'move'; delta: number}
	| {type: 'move-to'; where: 'first' | 'last'}
	| {type: 'accept'}
	| {type: 'back'}
	| {type: 'toggle'}
	| {type: 'toggle-all'}
	/** An edit of the focused field (the text field engine's). */
	| {type: 'edit'; edit: TextEdit}
	/** A paste into the focused field: one line only, within the value limit. */
	| {type: 'paste'; text: string; bytes: number}
	| {type: 'stored'; names: readonly string[]}
	| {type: 'rerun'; mode?: LaunchMode}
	/** Before a submission: a cores field no instance accepts is focused, with the reason. */
	| {type: 'check'}
	| {type: 'launch-in-terminal'};
