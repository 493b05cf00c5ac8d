// The store's subcommands at 1,000 secrets, paired against `node -e ''` in the same run.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {paired, ms, ratio} from '../harness.mjs';

export async function run({cli}) {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-bench-'));
	try {
		const env = {...process.env, SECRETS_TUI_HOME: home};
		const dotenv = Array.from({length: 1000}, (_, index) => `SECRET_${String(index).padStart(4, '0')}=value-${index}-${'x'.repeat(32)}`).join('\n');
		fs.writeFileSync(path.join(home, 'seed.env'), dotenv);
		const seeded = spawnSync(process.execPath, [cli, 'import', path.join(home, 'seed.env')], {env});
		if (seeded.status !== 0) {
			throw new Error(String(seeded.stderr));
		}

		const baseline = {command: process.execPath, args: ['-e', '']};
		const rows = [];
		for (const [label, args] of [
			['`secrets-tui get SECRET_0500`', ['get', 'SECRET_0500']],
			['`secrets-tui list`', ['list']],
			['`secrets-tui list --json`', ['list', '--json']],
			['`secrets-tui set NEW value --overwrite`', ['set', 'NEW', 'value', '--overwrite']],
		]) {
			const [base, measured] = paired(baseline, {command: process.execPath, args: [cli, ...args], env}, 21);
			rows.push(`| ${label} | ${ms(measured)} | ${ms(base)} | **${ratio(measured, base)}** |`);
		}

		return [
			'## Store subcommands (1,000 secrets)',
			'',
			'Median of 21 runs each, interleaved with `node -e \'\'`. Target for `get`: at most 1.5×.',
			'',
			'| command | median | `node -e \'\'` | ratio |',
			'|---|---|---|---|',
			...rows,
		].join('\n');
	} finally {
		fs.rmSync(home, {recursive: true, force: true});
	}
}
