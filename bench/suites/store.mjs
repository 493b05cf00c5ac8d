// The store's subcommands at 1,000, 10,000 and 100,000 secrets, paired against `node -e ''` in the same
// run, with each command's peak memory against the store's size and node's own.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {paired, ms, ratio, timeOnce, median} from '../harness.mjs';

/** Targets (ratio to `node -e ''`) by store size; issue 18. */
const TARGETS = {
	1000: {get: 1.2, list: 1.2, set: 1.3},
	100_000: {get: 3, list: 4, set: 5},
};

/** A store written straight in its format (importing 100,000 secrets one by one would measure import). */
function seed(count) {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-bench-'));
	const store = path.join(home, 'store');
	fs.mkdirSync(store, {mode: 0o700});
	const now = new Date().toISOString();
	const secrets = {};
	for (let index = 0; index < count; index++) {
		secrets[`SECRET_${String(index).padStart(6, '0')}`] = {value: `value-${index}-${'x'.repeat(32)}`, created: now, updated: now};
	}

	fs.writeFileSync(path.join(store, 'secrets.json'), JSON.stringify({version: 1, secrets}, null, '\t') + '\n', {mode: 0o600});
	return {home, env: {...process.env, SECRETS_TUI_HOME: store, SECRETS_TUI_CACHE: path.join(home, 'cache')}, size: fs.statSync(path.join(store, 'secrets.json')).size};
}

/** Peak resident memory (VmHWM, MiB) of one run, read by GNU time's %M (KiB). */
function peakMiB(command, env) {
	const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command], {env, stdio: ['ignore', 'ignore', 'pipe']});
	const line = String(result.stderr).trim().split('\n').at(-1);
	return Number(line) / 1024;
}

export async function run({cli}) {
	const baseline = {command: process.execPath, args: ['-e', '']};
	const rows = [];
	const memoryRows = [];
	const haveTime = fs.existsSync('/usr/bin/time');
	const nodePeak = haveTime ? median([0, 1, 2].map(() => peakMiB([process.execPath, '-e', ''], process.env))) : NaN;
	for (const count of [1000, 10_000, 100_000]) {
		const {home, env, size} = seed(count);
		try {
			for (const [key, label, args] of [
				['get', '`get SECRET_000500`', ['get', 'SECRET_000500']],
				['list', '`list`', ['list']],
				['list', '`list --json`', ['list', '--json']],
				['set', '`set NEW value --overwrite`', ['set', 'NEW', 'value', '--overwrite']],
			]) {
				const runs = count === 100_000 ? 11 : 21;
				const [base, measured] = paired(baseline, {command: process.execPath, args: [cli, ...args], env}, runs);
				const target = label === '`list --json`' ? undefined : TARGETS[count]?.[key];
				const verdict = target === undefined ? '' : measured / base <= target ? `≤ ${target}×: met` : `≤ ${target}×: **missed**`;
				rows.push(`| ${count.toLocaleString('en')} | ${label} | ${ms(measured)} | ${ms(base)} | **${ratio(measured, base)}** | ${verdict} |`);
				if (haveTime && count === 100_000) {
					timeOnce({command: process.execPath, args: [cli, ...args], env});
					const peak = median([0, 1, 2].map(() => peakMiB([process.execPath, cli, ...args], env)));
					const limit = (2 * size) / 2 ** 20 + nodePeak;
					memoryRows.push(`| ${label} | ${peak.toFixed(1)} MiB | ${(size / 2 ** 20).toFixed(1)} MiB | ${limit.toFixed(1)} MiB | ${peak <= limit ? 'met' : '**missed**'} |`);
				}
			}
		} finally {
			fs.rmSync(home, {recursive: true, force: true});
		}
	}

	return [
		'## Store subcommands (1,000, 10,000 and 100,000 secrets)',
		'',
		"Median of 21 runs each (11 at 100,000), interleaved with `node -e ''`, with the code caches warm (every run after the first after an install). Targets: at 1,000 secrets `get` and `list` at most 1.2×, `set --overwrite` at most 1.3×; at 100,000 `get` 3×, `list` 4×, `set` 5×. `set` reads the store once under the lock and writes it once (with an fsync of the file and of its folder), through secrets-tui's own writer and lock.",
		'',
		"| secrets | command | median | `node -e ''` | ratio | target |",
		'|---|---|---|---|---|---|',
		...rows,
		'',
		`Peak memory (VmHWM, GNU time's %M, median of 3) at 100,000 secrets, against the target: twice the store's size plus \`node -e ''\`'s own peak (${nodePeak.toFixed(1)} MiB):`,
		'',
		"| command | peak | store file | target | |",
		'|---|---|---|---|---|',
		...memoryRows,
	].join('\n');
}
