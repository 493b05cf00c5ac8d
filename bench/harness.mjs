// Shared measuring tools for the benchmark suites: whole-process medians, paired with a baseline
// measured in the same run, so figures are ratios that survive a noisy machine.
import {spawnSync} from 'node:child_process';
import os from 'node:os';

export function timeProcess(command, args, {env = process.env, input, runs = 15} = {}) {
	const times = [];
	for (let index = 0; index < runs; index++) {
		const start = process.hrtime.bigint();
		const result = spawnSync(command, args, {env, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe']});
		const ms = Number(process.hrtime.bigint() - start) / 1e6;
		if (result.status !== 0) {
			throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
		}

		times.push(ms);
	}

	return median(times);
}

/** Runs `a` and `b` interleaved, `runs` times each, and returns both medians. */
export function paired(a, b, runs = 15) {
	const ta = [];
	const tb = [];
	for (let index = 0; index < runs; index++) {
		ta.push(timeOnce(a));
		tb.push(timeOnce(b));
	}

	return [median(ta), median(tb)];
}

function timeOnce({command, args, env = process.env, input}) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {env, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30});
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	}

	return ms;
}

export function median(values) {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function machine() {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export const ms = (value) => `${value.toFixed(1)} ms`;
export const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
