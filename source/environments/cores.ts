// hpcflow's num_cores: a number, or {start, stop, step} with stop included; none means any.
import type {CoreRange, Instance} from './definition.js';

export function coresHold(range: Instance['num_cores'], cores: number): boolean {
	if (range === undefined || range === null) {
		return true;
	}

	if (typeof range === 'number') {
		return range === cores;
	}

	const step = range.step ?? 1;
	return cores >= range.start && cores <= range.stop && (cores - range.start) % step === 0;
}

export function describeCores(range: number | CoreRange | null | undefined): string {
	if (range === undefined || range === null) {
		return 'any number of cores';
	}

	if (typeof range === 'number') {
		return `${range}`;
	}

	return `${range.start}-${range.stop}${range.step && range.step !== 1 ? ` in steps of ${range.step}` : ''}`;
}

/** A count or range with its noun, for people: `1 core`, `2-64 cores`, `any number of cores`. */
export function coresPhrase(range: number | CoreRange | null | undefined): string {
	return range === undefined || range === null ? describeCores(range) : `${describeCores(range)} core${range === 1 ? '' : 's'}`;
}

/** What --cores and the run panel's cores field take. */
export const CORES_RULE = 'a whole number of cores, 1 or more';
