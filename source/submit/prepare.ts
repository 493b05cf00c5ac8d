// Turns run choices into a job ready to submit: everything `run` checks is checked here first (missing
// secrets, unfilled placeholders, an instance for the cores), so nothing reaches the queue when anything
// is missing. The values are read only to check that they exist, and that none of them is in the job.
import fs from 'node:fs';
import {UserError} from '../util/errors.js';
import type {Environment, EnvironmentsFile, Executable, Instance} from '../environments/definition.js';
import {planRun} from '../launch/plan.js';
import {secretWrittenIn} from '../launch/redact.js';
import type {SecretStore} from '../store/store.js';
import {coresHold} from '../environments/cores.js';
import {chooseInstance} from '../environments/select.js';
import {jobScript, runArgv, type JobChoices} from './job-script.js';
import type {Resources, Scheduler} from './scheduler.js';

export type SubmitRequest = {
	defs: EnvironmentsFile;
	choices: JobChoices;
	/** The run panel's picks: an instance by index, and the environment by all its specifiers. */
	instance?: number;
	exactSpecs?: boolean;
	/** Options passed to the scheduler as they are (`--partition=debug`). */
	extra: readonly string[];
	store: SecretStore;
	cwd: string;
	scheduler: Scheduler;
	/** Where node and secrets-tui's cli.js are (default: this process's). */
	node?: string;
	cli?: string;
};

export type PreparedJob = {
	script: string;
	/** The submit command line; the script goes to its stdin. */
	command: string[];
	environment: string;
	executable: string;
	resources: Resources;
	warnings: string[];
};

export function prepareJob(request: SubmitRequest): PreparedJob {
	const {choices, defs} = request;
	const {envsFiles: _envsFiles, ...runChoices} = choices;
	const plan = planRun({
		...runChoices,
		args: [...choices.args],
		defs,
		store: request.store,
		cwd: request.cwd,
		...(request.instance === undefined ? {} : {instance: request.instance}),
		...(request.exactSpecs ? {exactSpecs: true} : {}),
	});
	// planRun chose the environment, the executable and the instance (by hpcflow's rules, as run does).
	const {environment, executable, instance, cores} = plan.chosen!;
	const resources = resourcesFor(instance, cores);
	// A shell chosen by a matflow/hpcflow configuration goes along as --shell: the configuration's `match`
	// (login nodes' hostnames, often) may not fit the compute node.
	const fromConfiguration = choices.shell === undefined && defs.shell !== undefined && plan.shell?.from === defs.shell.from;
	const run = runArgv(fromConfiguration ? {...choices, shell: plan.shell!.words.join(' ')} : choices);
	const script = jobScript({node: request.node ?? process.execPath, cli: request.cli ?? cliPath(), home: request.store.dir, cwd: request.cwd, run});
	const command = request.scheduler.submitCommand({jobName: `${environment.name}.${executable.label}`, resources, extra: request.extra});
	const secret = secretWrittenIn(plan.values, [script, ...command]);
	if (secret !== undefined) {
		throw new UserError(
			`The value of the secret ${secret} is written in the job (in a --param, an argument or a ${request.scheduler.submitProgram} option); a job script must hold names only, so nothing was submitted. Pass it through the environment's secrets instead.`,
		);
	}

	return {script, command, environment: environment.name, executable: executable.label, resources, warnings: plan.warnings};
}

/** The run's cores (--cores, else what the instance takes at least) when more than one: Slurm's default is one. */
function resourcesFor(instance: Instance, cores: number): Resources {
	const mpi = typeof instance.parallel_mode === 'string' && instance.parallel_mode.toUpperCase() === 'MPI';
	return cores > 1 ? {cores, mpi} : {mpi};
}

/** This program's cli.js, through any symlink (npm link puts one on the PATH). */
function cliPath(): string {
	return fs.realpathSync(process.argv[1]!);
}

/**
 * The --cores that makes `run` pick this instance (the run panel picks instances, `run` picks by cores):
 * undefined for the one `run` picks without --cores; else the smallest N this instance holds that no earlier one does.
 */
export function coresForInstance(environment: Environment, executable: Executable, index: number): number | undefined {
	if (chooseInstance(environment, executable, undefined).index === index) {
		return undefined;
	}

	const {instances} = executable;
	const instance = instances[index];
	const range = instance?.num_cores;
	const candidates: number[] = [];
	if (typeof range === 'number') {
		candidates.push(range);
	} else if (range) {
		for (let cores = range.start; cores <= range.stop && candidates.length < 4096; cores += range.step ?? 1) {
			candidates.push(cores);
		}
	} else {
		for (let cores = 1; cores <= 4096; cores++) {
			candidates.push(cores);
		}
	}

	const cores = candidates.find((candidate) => instances.findIndex((other) => coresHold(other.num_cores, candidate)) === index);
	if (cores === undefined) {
		throw new UserError(`This instance cannot be submitted: every number of cores it takes picks an earlier instance of the same executable. Reorder the instances, or submit with \`secrets-tui submit … --cores N\`.`);
	}

	return cores;
}
