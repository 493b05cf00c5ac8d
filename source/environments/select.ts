// Which environment, executable and instance a run uses, by hpcflow's rules:
// - environments of one name are told apart by their `specifiers` (--spec KEY=VALUE); a name that several
//   environments share, with no --spec to settle it, is an error naming each one's specifiers;
// - the instance is the first whose num_cores holds the core count; without --cores hpcflow asks for
//   1 core, so the first instance holding 1, else the first instance.
import {UserError} from '../util/errors.js';
import {coresHold, describeCores} from './cores.js';
import type {Environment, EnvironmentsFile, Executable, Instance} from './definition.js';
import {didYouMean} from '../util/nearest.js';

export function describeSpecifiers(specifiers: Record<string, string>): string {
	const entries = Object.entries(specifiers);
	return entries.length === 0 ? 'no specifiers' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}

export function sameSpecifiers(a: Record<string, string>, b: Record<string, string>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

/** Every environment named `name` (several differ by their specifiers); none is a sentence with the nearest name. */
export function environmentsNamed(defs: EnvironmentsFile, name: string): Environment[] {
	const named = defs.environments.filter((candidate) => candidate.name === name);
	if (named.length === 0) {
		const several = defs.files !== undefined && defs.files.length > 1;
		const files = several ? defs.files!.join(', ') : defs.file;
		if (defs.environments.length === 0) {
			throw new UserError(`There is no environment ${name}: ${files} define${several ? '' : 's'} none.`);
		}

		const names = [...new Set(defs.environments.map((environment) => environment.name))];
		throw new UserError(`There is no environment ${name} in ${files}${didYouMean(name, names)}; ${several ? 'they define' : 'it defines'} ${names.join(', ')}.`);
	}

	return named;
}

/**
 * The environment `name` whose specifiers include `specs` (with `exact`, whose specifiers are exactly
 * `specs`: the run panel, which picked one environment from the list).
 */
export function findEnvironment(defs: EnvironmentsFile, name: string, specs: Record<string, string> = {}, exact = false): Environment {
	const named = environmentsNamed(defs, name);
	const several = defs.files !== undefined && defs.files.length > 1;
	const wanted = Object.entries(specs);
	const matching = named.filter((candidate) =>
		exact ? sameSpecifiers(candidate.specifiers, specs) : wanted.every(([key, value]) => candidate.specifiers[key] === value),
	);
	const candidates = named.map((candidate) => `(${describeSpecifiers(candidate.specifiers)})`).join(', ');
	if (matching.length === 0) {
		throw new UserError(
			`No environment ${name} has ${wanted.map(([key, value]) => `${key}=${value}`).join(', ')}; the environments named ${name} have ${candidates}.`,
		);
	}

	// Environments with the same name and the same specifiers: the first (envs warns about the others).
	const distinct = matching.filter((candidate, index) => matching.findIndex((other) => sameSpecifiers(other.specifiers, candidate.specifiers)) === index);
	if (distinct.length > 1) {
		const example = distinct.find((candidate) => Object.keys(candidate.specifiers).length > 0) ?? distinct[0]!;
		const hint = Object.entries(example.specifiers)
			.map(([key, value]) => `--spec ${key}=${value}`)
			.join(' ');
		throw new UserError(
			`${distinct.length} environments are named ${name} (${distinct.map((candidate) => describeSpecifiers(candidate.specifiers) + (several ? ` in ${candidate.file}` : '')).join('; ')}): choose one with --spec KEY=VALUE${hint ? `, as in ${hint}` : ''}.`,
		);
	}

	return matching[0]!;
}

export function findExecutable(environment: Environment, label: string | undefined): Executable {
	const labels = environment.executables.map((executable) => executable.label);
	if (environment.executables.length === 0) {
		throw new UserError(`The environment ${environment.name} defines no executables: add one under \`executables:\`.`);
	}

	if (label === undefined) {
		if (environment.executables.length === 1) {
			return environment.executables[0]!;
		}

		throw new UserError(`The environment ${environment.name} has several executables (${labels.join(', ')}): name one, as in \`secrets-tui run ${environment.name} ${labels[0]}\`.`);
	}

	const executable = environment.executables.find((candidate) => candidate.label === label);
	if (!executable) {
		throw new UserError(`The environment ${environment.name} has no executable ${label}${didYouMean(label, labels)}; it has ${labels.join(', ')}.`);
	}

	return executable;
}

export type InstanceChoice = {
	instance: Instance;
	/** Its index among the executable's instances. */
	index: number;
	/** The run's core count: --cores, else 1 when the instance holds 1, else the fewest it takes. */
	cores: number;
	/** Why this instance, for dry runs. */
	reason: string;
};

export function chooseInstance(environment: Environment, executable: Executable, cores: number | undefined): InstanceChoice {
	const where = `${environment.name}/${executable.label}`;
	if (cores !== undefined) {
		const index = executable.instances.findIndex((candidate) => coresHold(candidate.num_cores, cores));
		if (index === -1) {
			const ranges = executable.instances.map((candidate) => describeCores(candidate.num_cores)).join(', ');
			throw new UserError(`No instance of ${where} runs on ${cores} cores; its instances take ${ranges}.`);
		}

		return {instance: executable.instances[index]!, index, cores, reason: `the first whose num_cores holds ${cores}`};
	}

	const index = executable.instances.findIndex((candidate) => coresHold(candidate.num_cores, 1));
	if (index !== -1) {
		return {instance: executable.instances[index]!, index, cores: 1, reason: 'the first whose num_cores holds 1, as --cores is not given'};
	}

	const instance = executable.instances[0]!;
	return {instance, index: 0, cores: fewestCores(instance), reason: 'the first, as none holds 1 and --cores is not given'};
}

/** The instance given by its index (the run panel's pick), with its core count. */
export function instanceAt(environment: Environment, executable: Executable, index: number, cores: number | undefined): InstanceChoice {
	const instance = executable.instances[index];
	if (!instance) {
		const count = executable.instances.length;
		throw new UserError(`${environment.name}/${executable.label} has ${count} instance${count === 1 ? '' : 's'}; there is no instance ${index + 1}.`);
	}

	const chosen = cores ?? (coresHold(instance.num_cores, 1) ? 1 : fewestCores(instance));
	return {instance, index, cores: chosen, reason: 'chosen in the run panel'};
}

function fewestCores(instance: Instance): number {
	const range = instance.num_cores;
	if (range === undefined || range === null) {
		return 1;
	}

	return typeof range === 'number' ? range : range.start;
}
