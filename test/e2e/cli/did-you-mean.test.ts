// A mistyped command, option, secret, environment or executable gets the nearest known name in its sentence.
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {runCli} from '../../helpers/cli.js';
import {tempHome} from '../../helpers/temp.js';

let home: string;
const cli = (args: string[]) => runCli(args, {home});

beforeEach(async () => {
	home = tempHome();
	expect((await runCli(['set', 'GITHUB_TOKEN', '-'], {home, input: 'ghp_value-123456'})).code).toBe(0);
	fs.writeFileSync(
		path.join(home, 'environments.yaml'),
		"- name: python_env\n  executables:\n    - label: python_script\n      instances:\n        - command: 'true'\n",
	);
});

describe('did you mean', () => {
	it('names the nearest command', async () => {
		const result = await cli(['delet', 'GITHUB_TOKEN']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^secrets-tui: There is no command "delet" \(did you mean delete\?\); the commands are /);
	});

	it('names the nearest option', async () => {
		const result = await cli(['exec', '--secrets', 'GITHUB_TOKEN', '--', 'true']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Unknown option --secrets for secrets-tui exec (did you mean --secret?);');
	});

	it('names the secret that differs only in case, or by a typo, for get, delete and exec', async () => {
		expect((await cli(['get', 'github_token'])).stderr).toContain('There is no secret named github_token in ');
		expect((await cli(['get', 'github_token'])).stderr).toContain('(did you mean GITHUB_TOKEN?); `secrets-tui list` shows the names.');
		expect((await cli(['delete', 'GITHUB_TOKNE'])).stderr).toContain('(did you mean GITHUB_TOKEN?)');
		const exec = await cli(['exec', '--secret', 'github_token', '--', 'true']);
		expect(exec.stderr).toContain(': github_token (did you mean GITHUB_TOKEN?). Add it with `secrets-tui set github_token`');
		// Nothing near: no guess.
		expect((await cli(['get', 'wandb'])).stderr).not.toContain('did you mean');
	});

	it('names the nearest environment and executable', async () => {
		expect((await cli(['run', 'pyhton_env'])).stderr).toContain('There is no environment pyhton_env in ');
		expect((await cli(['run', 'pyhton_env'])).stderr).toContain('(did you mean python_env?); it defines python_env.');
		expect((await cli(['run', 'python_env', 'python_scirpt'])).stderr).toContain('has no executable python_scirpt (did you mean python_script?); it has python_script.');
	});
});
