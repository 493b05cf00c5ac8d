// The TUI's delete question and rename status name the environments that use a secret, rendered with
// ink-testing-library against a real store and definitions file: one that uses the secret only through a
// template (`{template: PATH, file: VAR}`, the template naming it) counts as much as one that names it.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {KEY, renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

const YAML = `- name: netrc_env
  secrets:
    - {template: netrc.tmpl, file: NETRC}
  executables: []
- name: plain_env
  secrets: [OTHER]
  executables: []
`;

async function open() {
	const home = tempHome();
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const at = '2025-01-02T03:04:05.000Z';
	const secrets = {OTHER: {value: 'o', created: at, updated: at}, 'rclone-pass': {value: 'p', created: at, updated: at}};
	fs.writeFileSync(path.join(home, 'secrets.json'), JSON.stringify({version: 1, secrets}), {mode: 0o600});
	const work = tempDir();
	fs.writeFileSync(path.join(work, 'netrc.tmpl'), 'machine example.com password {{ secrets["rclone-pass"] }}\n');
	fs.writeFileSync(path.join(work, 'environments.yaml'), YAML);
	const app = renderApp(home, {envsFiles: [path.join(work, 'environments.yaml')]});
	cleanup.push(() => app.unmount());
	await app.waitFor('rclone-pass');
	// The definitions are read after the first frame: the details of OTHER show them once they are in.
	await app.press('i');
	await app.waitFor('plain_env (environments.yaml)');
	await app.press(KEY.escape);
	await app.press('j');
	await app.waitFor(/^› rclone-pass/m);
	return app;
}

describe('environments that use a secret through a template', () => {
	it('are named in the delete question', async () => {
		const app = await open();
		await app.press('d');
		const frame = await app.waitFor('(y/N)');
		expect(frame).toContain('Delete rclone-pass? netrc_env uses it. (y/N)');
		await app.press('n');
		await app.waitFor('Kept rclone-pass');
	});

	it('are named in the status after a rename', async () => {
		const app = await open();
		await app.press('R');
		await app.waitFor('New name: rclone-pass');
		await app.type('word');
		await app.press(KEY.enter);
		const frame = await app.waitFor('Renamed rclone-pass → rclone-password');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('netrc_env (environments.yaml) still names rclone-pass');
	});
});
