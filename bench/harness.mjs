// Shared measuring tools for the benchmark suites: whole-process medians, paired with a baseline
// measured in the same run, so figures are ratios that survive a noisy machine.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

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

/** One whole run; `stdinFile` is opened as the child's stdin, else `input` (text) is piped, else none. */
export function timeOnce({command, args, env = process.env, input, stdinFile}) {
	const stdin = stdinFile ? fs.openSync(stdinFile, 'r') : input === undefined ? 'ignore' : 'pipe';
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {env, input, stdio: [stdin, 'ignore', 'pipe'], maxBuffer: 1 << 30});
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (typeof stdin === 'number') {
		fs.closeSync(stdin);
	}

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
