// Every command works on a store at the size limit: about a million small secrets in just under 128 MiB
// (`list` and `list -v` once crashed from about 130,000 secrets with RangeError: Math.max(...names)).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../helpers/cli.js';
import {LARGE_COUNT, largeName, largeValue, writeLargeStore} from '../../helpers/large-store.js';
import {tempDir} from '../../helpers/temp.js';

const last = LARGE_COUNT - 1;
let home: string;

beforeAll(() => {
	// Made here, not with tempDir (removed after each test): every test below uses this one store.
	home = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-large-')), 'home');
	writeLargeStore(home);
	fs.writeFileSync(
		path.join(home, 'environments.yaml'),
		`- name: big
  secrets:
    - ${largeName(1)}
    - TOKEN=${largeName(last)}
  executables:
    - label: check
      instances:
        - command: 'test "$${largeName(1)}" = ${largeValue(1)} && test "$TOKEN" = ${largeValue(last)}'
          num_cores: 1
          parallel_mode: null
`,
		{mode: 0o600},
	);
	return () => fs.rmSync(path.dirname(home), {recursive: true, force: true});
});

/** Each command takes seconds on a quiet machine; a shared one under load (30 on 2 cores) is given minutes. */
const SLOW = 480_000;
const EACH = 150_000;

describe(`a store of ${LARGE_COUNT.toLocaleString('en')} secrets, just under 128 MiB`, () => {
	it('list and list -v show every secret', {timeout: SLOW}, async () => {
		for (const args of [['list'], ['list', '-v']]) {
			const result = await runCli(args, {home, timeoutMs: EACH});
			expect(result.stderr, args.join(' ')).toBe('');
			expect(result.code).toBe(0);
			const lines = result.stdout.trimEnd().split('\n');
			expect(lines).toHaveLength(LARGE_COUNT + 1);
			expect(lines[1]).toMatch(new RegExp(`^${largeName(0)}  `));
			expect(lines.at(-1)).toMatch(new RegExp(`^${largeName(last)}  `));
			if (args.includes('-v')) {
				expect(lines.at(-1)!.endsWith(`  ${largeValue(last)}`)).toBe(true);
			}
		}
	});

	it('get, set, delete and import', {timeout: SLOW}, async () => {
		const get = await runCli(['get', largeName(last)], {home, timeoutMs: EACH});
		expect(get.stdout).toBe(`${largeValue(last)}\n`);
		expect((await runCli(['set', 'NEW_ONE', 'new-value'], {home, timeoutMs: EACH})).code).toBe(0);
		const dotenv = path.join(tempDir(), 'more.env');
		fs.writeFileSync(dotenv, 'IMPORTED_ONE=imported-value\n');
		const imported = await runCli(['import', dotenv], {home, timeoutMs: EACH});
		expect(imported.stderr).toBe('');
		expect(imported.stdout).toBe('Imported 1 secret: IMPORTED_ONE.\n');
		const deleted = await runCli(['delete', 'NEW_ONE'], {home, timeoutMs: EACH});
		expect(deleted.stderr).toBe('');
		expect(deleted.code).toBe(0);
		const {secrets} = JSON.parse(fs.readFileSync(path.join(home, 'secrets.json'), 'utf8')) as {secrets: Record<string, {value: string}>};
		expect(Object.keys(secrets)).toHaveLength(LARGE_COUNT + 1);
		expect(secrets.IMPORTED_ONE?.value).toBe('imported-value');
		expect(secrets.NEW_ONE).toBeUndefined();
		expect(secrets[largeName(last)]?.value).toBe(largeValue(last));
	});

	it('exec, run and envs', {timeout: SLOW}, async () => {
		const exec = await runCli(['exec', '--secret', largeName(500_000), '--', 'sh', '-c', `test "$${largeName(500_000)}" = ${largeValue(500_000)}`], {home, timeoutMs: EACH});
		expect(exec.stderr).toBe('');
		expect(exec.code).toBe(0);
		const run = await runCli(['run', 'big', 'check'], {home, timeoutMs: EACH});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const envs = await runCli(['envs'], {home, timeoutMs: EACH});
		expect(envs.code).toBe(0);
		expect(envs.stdout).toContain(`secrets: ${largeName(1)}, TOKEN=${largeName(last)}`);
	});
});
