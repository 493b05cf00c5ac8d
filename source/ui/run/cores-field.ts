// The run panel's cores field: offered when the executable declares instances for different core
// counts. Empty, the run uses the instance picked on the executable step (as today); a number N picks the
// instance and fills <<num_cores>> as `run --cores N` does: the same chooseInstance.
import type {Environment, Executable, Instance} from '../../environments/definition.js';
import {CORES_RULE, coresPhrase} from '../../environments/cores.js';
import {chooseInstance, instanceAt, type InstanceChoice} from '../../environments/select.js';

/** Whether to offer the field: several instances, or one that takes a range of core counts. */
export function offersCores(executable: Executable): boolean {
	const [first, ...others] = executable.instances;
	return others.length > 0 || (first !== undefined && typeof first.num_cores === 'object' && first.num_cores !== null);
}

/** The field's text as a count: undefined when empty; a sentence when it is not a whole number of 1 or more. */
export function parseCores(text: string): {cores?: number} | {problem: string} {
	const trimmed = text.trim();
	if (trimmed === '') {
		return {};
	}

	const cores = Number(trimmed);
	return /^\d+$/.test(trimmed) && cores >= 1 ? {cores} : {problem: `The cores field takes ${CORES_RULE}.`};
}

export type CoresOutcome = {choice: InstanceChoice; typed: boolean} | {problem: string};

/** The instance and core count the field gives (`picked`: the executable step's instance), or why none. */
export function coresOutcome(environment: Environment, executable: Executable, picked: number, text: string): CoresOutcome {
	const parsed = parseCores(text);
	if ('problem' in parsed) {
		return parsed;
	}

	try {
		return parsed.cores === undefined ? {choice: instanceAt(environment, executable, picked, undefined), typed: false} : {choice: chooseInstance(environment, executable, parsed.cores), typed: true};
	} catch (error) {
		// chooseInstance's sentence: "No instance of E/X runs on N cores; its instances take 1, 2-64."
		return {problem: (error as Error).message};
	}
}

/** What the field's note says: which instance applies and what fills <<num_cores>>. */
export function coresNote(outcome: CoresOutcome, executable: Executable): string {
	if ('problem' in outcome) {
		return outcome.problem;
	}

	const {choice} = outcome;
	return `instance ${choice.index + 1} of ${executable.instances.length} (${coresPhrase(choice.instance.num_cores)}); <<num_cores>> is ${choice.cores}`;
}

/** The cores field as the arguments step draws it, and the instance whose command the step shows. */
export type CoresView = {value: string; placeholder: string; note: string; error: boolean; instance: Instance};

export function coresView(environment: Environment, executable: Executable, picked: number, text: string): CoresView {
	const outcome = coresOutcome(environment, executable, picked, text);
	const fallback = coresOutcome(environment, executable, picked, '');
	const shown = 'problem' in outcome ? fallback : outcome;
	return {
		value: text,
		placeholder: 'problem' in fallback ? '' : `(${fallback.choice.cores}, as picked)`,
		note: coresNote(outcome, executable),
		error: 'problem' in outcome,
		instance: 'problem' in shown ? executable.instances[picked]! : shown.choice.instance,
	};
}
