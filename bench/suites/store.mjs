// The store's subcommands at 1,000 and 10,000 secrets, paired against `node -e ''` in the same run.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {paired, ms, ratio} from '../harness.mjs';

const TARGETS = {get: 1.5, set: 1.6};

function seed(cli, count) {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-bench-'));
	const env = {...process.env, SECRETS_TUI_HOME: path.join(home, 'store')};
	const dotenv = Array.from({length: count}, (_, index) => `SECRET_${String(index).padStart(5, '0')}=value-${index}-${'x'.repeat(32)}`).join('\n');
	fs.writeFileSync(path.join(home, 'seed.env'), dotenv);
	const seeded = spawnSync(process.execPath, [cli, 'import', path.join(home, 'seed.env')], {env});
	if (seeded.status !== 0) {
		throw new Error(String(seeded.stderr));
	}

	return {home, env};
}

export async function run({cli}) {
	const baseline = {command: process.execPath, args: ['-e', '']};
	const rows = [];
	const loadBefore = os.loadavg()[0];
	for (const count of [1000, 10_000]) {
		const {home, env} = seed(cli, count);
		try {
			for (const [label, args, target] of [
				['`get SECRET_00500`', ['get', 'SECRET_00500'], TARGETS.get],
				['`list`', ['list']],
				['`list --json`', ['list', '--json']],
				['`set NEW value --overwrite`', ['set', 'NEW', 'value', '--overwrite'], TARGETS.set],
			]) {
				const [base, measured] = paired(baseline, {command: process.execPath, args: [cli, ...args], env}, 21);
				const verdict = target === undefined || count !== 1000 ? '' : measured / base <= target ? `≤ ${target}×: met` : `≤ ${target}×: not met`;
				rows.push(`| ${count.toLocaleString('en')} | ${label} | ${ms(measured)} | ${ms(base)} | **${ratio(measured, base)}** | ${verdict} |`);
			}
		} finally {
			fs.rmSync(home, {recursive: true, force: true});
		}
	}

	return [
		'## Store subcommands (1,000 and 10,000 secrets)',
		'',
		"Median of 21 runs each, interleaved with `node -e ''`. Targets at 1,000 secrets: `get` at most 1.5×, `set --overwrite` at most 1.6×. `set` reads the store once under the lock and writes it once (with an fsync of the file and of its folder), through secrets-tui's own writer and lock (no conf, no proper-lockfile).",
		'',
		`Load average (1 min) at the start and end of this suite: ${loadBefore.toFixed(1)} and ${os.loadavg()[0].toFixed(1)}; a loaded machine inflates the baseline and the ratios alike, so compare figures measured under similar load.`,
		'',
		"| secrets | command | median | `node -e ''` | ratio | target |",
		'|---|---|---|---|---|---|',
		...rows,
	].join('\n');
}
