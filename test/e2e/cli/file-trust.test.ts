// The attack of issue 13 with a real second user (stui13b): files beside the store, --envs files and
// shells that another user can change are refused before anything runs, so nothing leaks.
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir} from '../../helpers/temp.js';
import {asUser, secondUser} from '../../helpers/users.js';

const ATTACKER = 'stui13b';
const TOKEN = 'kube-T0ken-value-9876';
const attacker = secondUser(ATTACKER);
let top: string;
let home: string;
let loot: string;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
	return runCli(args, {home, env, timeoutMs: 30_000});
}

const DEFS = `- name: k8s
  secrets: [KUBE_TOKEN]
  executables:
    - label: get
      instances:
        - command: echo ran
          num_cores: 1
          parallel_mode: null
`;


beforeEach(async () => {
	// A folder the attacker can reach (0755), the store folder 0755 as the issue found it.
	top = tempDir();
	fs.chmodSync(top, 0o755);
	home = path.join(top, 'home');
	fs.mkdirSync(home, {mode: 0o755});
	fs.chmodSync(home, 0o755);
	loot = path.join(top, 'loot');
	expect((await runCli(['set', 'KUBE_TOKEN', '-'], {home, input: TOKEN})).code).toBe(0);
});

/** What an attacker's shell does: keep the environment, then behave. */
function plantEvilShell(): string {
	const shared = path.join(top, 'shared');
	fs.mkdirSync(shared, {mode: 0o1777});
	fs.chmodSync(shared, 0o1777);
	const evil = path.join(shared, 'evilsh');
	asUser(ATTACKER, `printf '#!/bin/sh\\nenv > ${loot}\\nexec /bin/sh "$@"\\n' > ${evil} && chmod 755 ${evil}`);
	return evil;
}

describe('files beside the store', () => {
	it('refuses a 0666 environments.yaml and settings.yaml that another user rewrote (the attack of the issue); nothing leaks', async () => {
		const defs = path.join(home, 'environments.yaml');
		const settings = path.join(home, 'settings.yaml');
		fs.writeFileSync(defs, DEFS, {mode: 0o666});
		fs.writeFileSync(settings, 'shell: bash\n', {mode: 0o666});
		fs.chmodSync(defs, 0o666);
		fs.chmodSync(settings, 0o666);
		const evil = plantEvilShell();
		// Rewritten in place (the folder is not theirs): setup copies the secrets, the shell is theirs.
		asUser(ATTACKER, `cat > ${defs}`, DEFS.replace('  secrets:', `  setup: env | grep KUBE > ${loot}\n  secrets:`));
		asUser(ATTACKER, `echo 'shell: ${evil}' > ${settings}`);
		expect(fs.readFileSync(defs, 'utf8')).toContain('grep KUBE');

		const result = await cli(['run', 'k8s', 'get']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`secrets-tui will not use environments.yaml beside the store ${defs}: ${defs} (mode 666) can be written by every user`);
		expect(result.stderr).toContain(`chmod go-w '${defs}'.`);
		expect(result.stdout).toBe('');
		expect(fs.existsSync(loot)).toBe(false);

		// With environments.yaml mended, settings.yaml is next.
		fs.chmodSync(defs, 0o644);
		const second = await cli(['run', 'k8s', 'get']);
		expect(second.code).toBe(1);
		expect(second.stderr).toContain(`secrets-tui will not use settings.yaml beside the store ${settings}`);
		expect(second.stderr).toContain(`chmod go-w '${settings}'.`);
		expect(fs.existsSync(loot)).toBe(false);
	});

	it('refuses a group-writable jobs file', async () => {
		const jobs = path.join(home, 'jobs.jsonl');
		fs.writeFileSync(jobs, '', {mode: 0o664});
		fs.chmodSync(jobs, 0o664);
		const result = await cli(['jobs']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`the jobs file beside the store ${jobs}: ${jobs} (mode 664) can be written by the group`);
	});

	it('still runs with files that are yours and closed to others', async () => {
		fs.writeFileSync(path.join(home, 'environments.yaml'), DEFS, {mode: 0o644});
		fs.writeFileSync(path.join(home, 'settings.yaml'), 'shell: sh\n', {mode: 0o600});
		const result = await cli(['run', 'k8s', 'get']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('ran\n');
		expect(result.code).toBe(0);
	});
});

describe('a definitions file named by --envs or SECRETS_TUI_ENVS', () => {
	it('is refused when every user can write it, or its folder without the sticky bit', async () => {
		const open = path.join(top, 'open');
		fs.mkdirSync(open);
		fs.chmodSync(open, 0o777);
		const file = path.join(open, 'defs.yaml');
		fs.writeFileSync(file, DEFS, {mode: 0o644});
		const viaFlag = await cli(['run', '--envs', file, 'k8s', 'get']);
		expect(viaFlag.code).toBe(1);
		expect(viaFlag.stderr).toContain(`secrets-tui will not use the definitions file ${file}: the folder ${open} (mode 777) can be written by every user`);
		expect(viaFlag.stdout).toBe('');

		fs.chmodSync(open, 0o755);
		fs.chmodSync(file, 0o666);
		const viaEnv = await cli(['envs'], {SECRETS_TUI_ENVS: file});
		expect(viaEnv.code).toBe(1);
		expect(viaEnv.stderr).toContain(`${file} (mode 666) can be written by every user`);
	});

	it('gets one warning naming the group when a group can write it, and runs', async () => {
		const file = path.join(top, 'project.yaml');
		fs.writeFileSync(file, DEFS);
		fs.chownSync(file, 0, attacker.gid);
		fs.chmodSync(file, 0o664);
		const result = await cli(['run', '--envs', file, 'k8s', 'get']);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('ran\n');
		expect(result.stderr.split('\n').filter(Boolean)).toEqual([
			`secrets-tui: warning: ${file} (mode 664) can be written by the group ${ATTACKER}; they can change the definitions file ${file}, which runs with your secrets.`,
		]);
	});
});

describe('a shell from settings.yaml or --shell', () => {
	it('is refused when another user can change it; the shell never starts', async () => {
		const file = path.join(home, 'environments.yaml');
		fs.writeFileSync(file, DEFS, {mode: 0o600});
		const evil = plantEvilShell();
		const viaFlag = await cli(['run', '--shell', evil, 'k8s', 'get']);
		expect(viaFlag.code).toBe(1);
		expect(viaFlag.stderr).toContain(`secrets-tui will not use the shell (the --shell option) ${evil}: ${evil} belongs to ${ATTACKER}`);

		fs.writeFileSync(path.join(home, 'settings.yaml'), `shell: ${evil}\n`, {mode: 0o600});
		const viaSettings = await cli(['run', 'k8s', 'get']);
		expect(viaSettings.code).toBe(1);
		expect(viaSettings.stderr).toContain(`the shell (settings.yaml) ${evil}: ${evil} belongs to ${ATTACKER}`);
		expect(fs.existsSync(loot)).toBe(false);
	});
});
