// The run panel with hpcflow-style definitions: environments of one name listed with their specifiers,
// each run as itself, and the shell field (a login shell whose ~/.bash_profile defines what setup calls).
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {KEY, makeStore, renderPanel, writeDefinitions} from './panel-helpers.js';
import {tempDir} from '../../helpers/temp.js';

const unmount: Array<() => void> = [];
const savedHome = process.env.HOME;
afterEach(() => {
	for (const done of unmount.splice(0)) {
		done();
	}

	process.env.HOME = savedHome;
});

async function open(yaml: string) {
	const store = await makeStore({});
	const panel = renderPanel(store, writeDefinitions(yaml));
	unmount.push(() => panel.unmount());
	return panel;
}

const VERSIONS = `
- name: matlab_env
  specifiers: {version: R2023b}
  executables: &exes
    - label: run
      instances:
        - command: echo "running <<num_cores>> $MATLAB_VERSION"
          num_cores: 1
  setup: export MATLAB_VERSION=R2023b
- name: matlab_env
  specifiers: {version: R2024a}
  setup: export MATLAB_VERSION=R2024a
  executables: *exes
`;

describe('run panel and hpcflow definitions', () => {
	it('lists environments of one name with their specifiers, and runs the one chosen', async () => {
		const panel = await open(VERSIONS);
		const frame = await panel.waitFor('Step 1/4');
		expect(frame).toContain('matlab_env (version=R2023b)');
		expect(frame).toContain('matlab_env (version=R2024a)');
		await panel.press(KEY.down, KEY.enter, KEY.enter, KEY.enter, KEY.enter);
		expect(await panel.waitFor('exited with code 0')).toContain('running 1 R2024a');
	});

	it("runs setup in the shell field's shell: bash --login reads ~/.bash_profile, whose function setup calls", async () => {
		const home = tempDir('secrets-tui-user-home-');
		fs.writeFileSync(path.join(home, '.bash_profile'), 'load_site_tools() { export SITE_TOOLS="loaded $1"; }\n');
		process.env.HOME = home;
		const panel = await open(`
- name: site
  setup: load_site_tools v2
  executables:
    - label: show
      instances:
        - command: echo "tools=$SITE_TOOLS"
`);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter);
		let frame = await panel.waitFor('Step 4/4');
		expect(frame).toMatch(/shell\s+bash/);
		// Plain bash has no load_site_tools: the setup fails and the command does not run.
		await panel.press(KEY.enter);
		frame = await panel.waitFor(/exited with code 127/);
		expect(frame).toContain('The setup of site failed with status 127; its command did not run.');
		expect(frame).not.toContain('tools=');
		await panel.press(KEY.escape);
		await panel.waitFor('Step 4/4');
		await panel.press(KEY.tab);
		await panel.type(' --login');
		frame = await panel.waitFor('bash --login');
		await panel.press(KEY.enter);
		expect(await panel.waitFor(/exited with code 0/)).toContain('tools=loaded v2');
	});

	it("reads a fitting matflow configuration's sources with no --envs: each environment's file, a mistyped key's warning, the configuration's login shell", async () => {
		const home = tempDir('secrets-tui-user-home-');
		fs.mkdirSync(path.join(home, '.matflow-new'));
		const source = path.join(home, '.matflow-new', 'envs.yaml');
		fs.writeFileSync(
			path.join(home, '.matflow-new', 'config.yaml'),
			'configs:\n  here:\n    invocation:\n      match: {}\n    config:\n      environment_sources: [envs.yaml]\n      default_shell: bash\n      shells:\n        bash:\n          defaults:\n            executable_args: [--login]\n',
		);
		fs.writeFileSync(source, '- name: site\n  secret: [TOKEN]\n  executables:\n    - label: show\n      instances:\n        - command: echo hi\n');
		process.env.HOME = home;
		const saved = {MATFLOW_CONFIG_DIR: process.env.MATFLOW_CONFIG_DIR, SECRETS_TUI_ENVS: process.env.SECRETS_TUI_ENVS};
		delete process.env.MATFLOW_CONFIG_DIR;
		delete process.env.SECRETS_TUI_ENVS;
		try {
			const store = await makeStore({});
			const panel = renderPanel(store, undefined, {width: 200, height: 20});
			unmount.push(() => panel.unmount());
			let frame = await panel.waitFor('Step 1/4');
			expect(frame).toContain(`from ${source}`);
			expect(frame).toContain('did you mean `secrets:`?');
			await panel.press(KEY.enter, KEY.enter, KEY.enter);
			frame = await panel.waitFor('Step 4/4');
			expect(frame).toMatch(/shell\s+bash --login/);
		} finally {
			Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)));
		}
	});

	it('shows a template entry beside the secret files, with the names it holds and the missing ones marked', async () => {
		const store = await makeStore({TOKEN: 'token-value-123'});
		const file = writeDefinitions('- name: fetch\n  secrets:\n    - {template: netrc.tmpl, file: NETRC}\n  executables:\n    - label: show\n      instances:\n        - command: cat "$NETRC"\n');
		const templateFile = path.join(path.dirname(file), 'netrc.tmpl');
		fs.writeFileSync(templateFile, 'password {{ secrets.TOKEN }} {{ secrets.OTHER }}\n');
		const panel = renderPanel(store, file, {width: 200, height: 20});
		unmount.push(() => panel.unmount());
		let frame = await panel.waitFor('Step 1/4');
		expect(frame).toContain(`template ${templateFile} (TOKEN, OTHER) → file, path in $NETRC (missing)`);
		await panel.press(KEY.enter, KEY.enter);
		frame = await panel.waitFor('Step 3/4');
		expect(frame).toContain(`template ${templateFile} (TOKEN, OTHER) → file, path in $NETRC`);
	});
});
