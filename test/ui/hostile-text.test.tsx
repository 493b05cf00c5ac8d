// Issue 13, the TUI: the hostile string as a value, an environment name, a label, a specifier, a command,
// a child's output, a job's names and a scheduler's state, on every screen. Every frame ink-testing-library
// saw is checked: none holds a byte of the payload (its ESC sequences, C1, bidi, zero-width, DEL, BEL), and
// the screens show the payload's printable escapes instead.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {HOSTILE, fakeSlurm, hostileDefinitions, withoutPayload} from '../helpers/hostile.js';
import {tempDir, tempHome} from '../helpers/temp.js';
import {writeStore} from './entries.js';
import {KEY, delay, renderApp} from './render.js';

const CTRL_S = '\u0013';
const cleanup: Array<() => void> = [];
let bin: string;
const path0 = process.env.PATH;

beforeEach(() => {
	// A stand-in Slurm on the PATH: sbatch takes the job as 42, scontrol reports a hostile state.
	bin = tempDir();
	fakeSlurm(bin, HOSTILE);
	process.env.PATH = `${bin}:${path0}`;
});

afterEach(() => {
	process.env.PATH = path0;
	for (const done of cleanup.splice(0)) {
		done();
	}
});

function open(secrets: Record<string, string>, definitions?: string) {
	const home = tempHome();
	writeStore(home, secrets);
	let envsFile: string | undefined;
	if (definitions) {
		envsFile = path.join(home, 'environments.yaml');
		fs.writeFileSync(envsFile, definitions);
	}

	const app = renderApp(home, envsFile ? {envsFiles: [envsFile]} : {});
	cleanup.push(() => app.unmount());
	return {...app, home};
}

/** Every frame drawn so far is free of the payload. */
function expectClean(frames: readonly string[]): void {
	const dirty = frames.find((frame) => !withoutPayload(frame));
	expect(dirty).toBeUndefined();
}

describe('hostile text on every screen', () => {
	it('the list (value shown), the details, the form and its error, the help, the status line', async () => {
		// The second line is the payload's tail, short enough to show whole in the details.
		const app = open({EVIL: `value:${HOSTILE}\nline two ${HOSTILE.slice(HOSTILE.indexOf('red'))}`, TOKEN: 't'});
		await app.waitFor('EVIL');
		await app.press(' ');
		let frame = await app.waitFor('value:evil');
		expect(frame).toContain('value:evil\\x1b]0;PWNED\\x07');
		await app.press('o');
		frame = await app.waitFor('line two');
		expect(frame).toContain('\\u009b31m\\u202ereversed\\u200bhidden\\x7fdel\\x07bel');
		await app.press(KEY.escape);
		await app.waitFor((text) => !text.includes('line two'));
		// The form: a pasted name with a bidi override and a zero-width space is refused, shown escaped.
		await app.press('a');
		await app.waitFor('Add a secret');
		await app.type('N\u202EX\u200BY');
		await app.press(KEY.enter);
		frame = await app.waitFor('is not a valid name');
		expect(frame).toContain('N\\u202eX\\u200bY');
		await app.press(KEY.escape);
		await app.waitFor((text) => !text.includes('Add a secret'));
		await app.press('?');
		await app.waitFor('Move the selection up.');
		await app.press(KEY.escape);
		await delay(100);
		expectClean(app.frames);
	});

	it('the run panel: every step, the child’s output, the submit panel, the job, the jobs list', async () => {
		const app = open({TOKEN: 'token-value'}, hostileDefinitions('[TOKEN]', `printf '%s\\n' "${HOSTILE}" <<args>>`));
		await app.waitFor('TOKEN');
		await app.press('r');
		let frame = await app.waitFor('Step 1/4');
		expect(frame).toContain('evil\\x1b]0;PWNED\\x07');
		await app.press(KEY.enter);
		frame = await app.waitFor('Step 2/4');
		expect(frame).toContain('\\u202ereversed');
		await app.press(KEY.enter);
		await app.waitFor('Step 3/4');
		await app.press(KEY.enter);
		await app.waitFor('Step 4/4');
		await app.press(KEY.enter);
		frame = await app.waitFor('exited with code 0');
		// The child's own escape sequences are taken out as a terminal would act on them; the rest shows escaped.
		expect(frame).toContain('\\u009b31m\\u202ereversed\\u200bhidden\\x7fdel\\x07bel');
		// Back to the last step, then Ctrl+S: the submit panel, then the job's pane with scontrol's state.
		await app.press(KEY.escape);
		await app.waitFor('Step 4/4');
		await delay(150);
		await app.press(CTRL_S);
		frame = await app.waitFor('Submit to Slurm');
		await app.press(KEY.enter);
		frame = await app.waitFor('42');
		await app.waitFor('\\u202ereversed');
		await app.press(KEY.escape);
		await delay(200);
		expectClean(app.frames);
	});

	it('the jobs list: names from the jobs file, the state from scontrol', async () => {
		const app = open({TOKEN: 't'});
		fs.writeFileSync(
			path.join(app.home, 'jobs.jsonl'),
			JSON.stringify({id: '42', scheduler: 'slurm', environment: HOSTILE, executable: HOSTILE, submitted: new Date().toISOString(), output: `/tmp/out-${HOSTILE}`, cwd: '/tmp'}) + '\n',
		);
		await app.waitFor('TOKEN');
		await app.press('J');
		await app.waitFor('42  evil\\x1b]0;PWNED\\x07');
		await app.press(KEY.enter);
		await app.waitFor('Slurm job 42 · evil\\x1b]0;PWNED\\x07');
		await delay(200);
		expectClean(app.frames);
	});

	it('the store error screen: a store path that holds the payload', async () => {
		const home = path.join(tempDir(), `home-${HOSTILE}`);
		writeStore(home, {TOKEN: 't'});
		fs.writeFileSync(path.join(home, 'secrets.json'), '{"version": 1, "secrets": {');
		const app = renderApp(home);
		cleanup.push(() => app.unmount());
		await app.waitFor('home-evil\\x1b]0;PWNED\\x07');
		expectClean(app.frames);
	});
});
