// Issue 13: one hostile string (OSC 0 and 52, CSI colour and blink, C1 CSI, a bidi override, a zero-width
// space, DEL, BEL) as a secret value, an environment name, an executable label, a specifier, a setup line,
// a job name, a scheduler's state and argv, through every command of the built program: no ESC, BEL or C1
// byte and no bidi or zero-width character reaches stdout or stderr, only their printable escapes. The
// only exception is a child's own output through exec/run, which is the child's business (not tested here).
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {runCli, type CliResult} from '../../helpers/cli.js';
import {FORBIDDEN, HOSTILE, SHOWN, fakeSlurm, hostileDefinitions} from '../../helpers/hostile.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const DEFS = hostileDefinitions('[TOKEN, ABSENT]');

let home: string;
let work: string;
let bin: string;

function cli(args: string[], input?: string): Promise<CliResult> {
	return runCli(args, {home, cwd: work, env: {PATH: `${bin}:/usr/bin:/bin`}, ...(input === undefined ? {} : {input})});
}

/** Neither stream holds a forbidden byte; `shown` says the payload was there, escaped (not just dropped). */
function expectPrintable(result: CliResult, shown = true): void {
	expect(result.stdout).not.toMatch(FORBIDDEN);
	expect(result.stderr).not.toMatch(FORBIDDEN);
	if (shown) {
		expect(result.stdout + result.stderr).toContain(SHOWN[0]);
	}
}

function script(name: string, body: string): void {
	fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, {mode: 0o755});
}

beforeEach(async () => {
	home = tempHome();
	work = tempDir();
	bin = tempDir();
	fs.mkdirSync(home, {mode: 0o700});
	fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS);
	expect((await runCli(['set', 'TOKEN', '-'], {home, input: 'token-value'})).code).toBe(0);
	// Not the same text as the names: envs and dry runs would show it as [secret:EVIL].
	expect((await runCli(['set', 'EVIL', '-'], {home, input: `value:${HOSTILE}`})).code).toBe(0);
	// A stand-in Slurm: scontrol says the job's name, state and output file are the hostile string.
	fakeSlurm(bin, HOSTILE, HOSTILE, `/tmp/out-${HOSTILE}`);
});

describe('text from definitions', () => {
	it('envs', async () => expectPrintable(await cli(['envs'])));
	it('envs --names (what shell completion reads)', async () => {
		const result = await cli(['envs', '--names']);
		expectPrintable(result);
		expect(result.stdout.trim().split('\n')).toHaveLength(1);
	});
	it('run --dry-run: stdout and its stderr problem line', async () => {
		const result = await cli(['run', HOSTILE, HOSTILE, '--spec', `version=${HOSTILE}`, '--dry-run', '--', HOSTILE]);
		expect(result.stderr).toContain('ABSENT');
		expectPrintable(result);
		expect(result.stderr).toContain(SHOWN[0]);
	});
	it('run without --dry-run: the refusal', async () => expectPrintable(await cli(['run', HOSTILE, HOSTILE, '--spec', `version=${HOSTILE}`])));
	it('run of an environment that does not exist, named in argv', async () => expectPrintable(await cli(['run', `nope${HOSTILE}`])));
	it('submit --dry-run', async () => expectPrintable(await cli(['submit', HOSTILE, HOSTILE, '--spec', `version=${HOSTILE}`, '--dry-run', '--', HOSTILE])));
	it('--envs FILE named in argv', async () => expectPrintable(await cli(['envs', '--envs', `/nonexistent/${HOSTILE}`])));
});

describe('text from a scheduler', () => {
	it('jobs: the names from the jobs file and the state from scontrol', async () => {
		fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS.replace('secrets: [TOKEN, ABSENT]', 'secrets: [TOKEN]'));
		const submitted = await cli(['submit', HOSTILE, HOSTILE, '--spec', `version=${HOSTILE}`, '--', 'x']);
		expect(submitted.stdout).toBe('42\n');
		expectPrintable(submitted, false);
		const listed = await cli(['jobs']);
		expectPrintable(listed);
		expect(listed.stdout).toContain('\\u202e');
		const json = await cli(['jobs', '--json']);
		expectPrintable(json, false);
		const [row] = JSON.parse(json.stdout) as Array<{state: string; environment: string}>;
		expect(row!.state).toBe(HOSTILE);
		expect(row!.environment).toBe(HOSTILE);
	});

	it('submit: what sbatch says when it refuses', async () => {
		fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS.replace('secrets: [TOKEN, ABSENT]', 'secrets: [TOKEN]'));
		script('sbatch', `cat > /dev/null; echo 'sbatch: error: ${HOSTILE}' >&2; exit 1`);
		const result = await cli(['submit', HOSTILE, HOSTILE, '--spec', `version=${HOSTILE}`, '--', 'x']);
		expect(result.code).toBe(1);
		expectPrintable(result);
	});
});

describe('text from the store and argv', () => {
	it('list --values, list --json --values, list --names', async () => {
		const values = await cli(['list', '--values']);
		expectPrintable(values);
		for (const part of SHOWN) {
			expect(values.stdout).toContain(part);
		}

		const json = await cli(['list', '--json', '--values']);
		expectPrintable(json, false);
		expect((JSON.parse(json.stdout) as Array<{name: string; value: string}>).find((row) => row.name === 'EVIL')!.value).toBe(`value:${HOSTILE}`);
		expectPrintable(await cli(['list', '--names']), false);
	});

	it('export --format json stays the same JSON, printable; export --format dotenv and inject to a pipe go as they are', async () => {
		const json = await cli(['export', 'EVIL', '--format', 'json']);
		expectPrintable(json, false);
		expect(Object.values(JSON.parse(json.stdout) as object).flat().join()).toContain(`value:${HOSTILE}`);
		const template = path.join(work, 'config.tmpl');
		fs.writeFileSync(template, 'token: {{ secrets.EVIL }}\n');
		const injected = await cli(['inject', '-i', template]);
		expect(injected.code).toBe(0);
		expect(injected.stdout).toContain(`value:${HOSTILE}`);
	});

	it('get to a pipe gives the value as it is (for scripts)', async () => {
		expect((await cli(['get', 'EVIL'])).stdout).toBe(`value:${HOSTILE}\n`);
	});

	it('exec of a program that cannot start', async () => {
		const result = await cli(['exec', '--', `/nonexist${HOSTILE}`]);
		expect(result.code).toBe(127);
		expectPrintable(result);
	});

	const refused: Array<[string, string[]]> = [
		['get NAME', ['get', HOSTILE]],
		['set NAME', ['set', HOSTILE, '-']],
		['delete NAME', ['delete', HOSTILE]],
		['rename OLD NEW', ['rename', HOSTILE, 'B']],
		['rename to a bad NEW', ['rename', 'A', HOSTILE]],
		['exec --secret NAME', ['exec', '--secret', HOSTILE, '--', 'true']],
		['import FILE', ['import', `/nonexistent/${HOSTILE}`]],
		['an unknown command', [`frobnicate${HOSTILE}`]],
		['an extra argument', ['list', HOSTILE]],
		['an unknown option', ['list', `--${HOSTILE}`]],
	];
	for (const [what, args] of refused) {
		it(`refuses ${what} with a printable sentence`, async () => {
			const result = await cli(args, 'v');
			expect(result.code).not.toBe(0);
			expectPrintable(result);
		});
	}

	it('import of a file with a hostile name and a hostile entry', async () => {
		const file = path.join(work, `in${HOSTILE}.env`);
		fs.writeFileSync(file, `A${HOSTILE}=v\n`);
		const result = await cli(['import', file]);
		expect(result.code).not.toBe(0);
		expectPrintable(result);
		fs.writeFileSync(file, `B${HOSTILE}=\nGOOD=v\n`);
		expectPrintable(await cli(['import', file]));
	});
});
