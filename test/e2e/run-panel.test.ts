// The run panel end to end: the built program in a real pseudo-terminal, opened with `r` from the list.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {KEYS, PtySession} from '../helpers/pty.js';
import {tempHome} from '../helpers/temp.js';

const TOKEN = 'e2e-9c1d4b7a-secret';
const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

async function start(yaml: string, secrets: Record<string, string>): Promise<{session: PtySession; home: string}> {
	const home = tempHome();
	const store = new SecretStore(path.join(home, 'secrets.json'));
	await store.setMany(Object.entries(secrets).map(([name, value]) => ({name, value})));
	fs.writeFileSync(path.join(home, 'environments.yaml'), yaml);
	const session = new PtySession({home, cols: 100, rows: 30});
	sessions.push(session);
	await session.waitFor('secrets-tui', 15_000);
	return {session, home};
}

/** Every line either buffer holds (screen and scrollback) must show the marker's side of things only. */
async function expectNoValue(session: PtySession, value: string) {
	const lines = await session.everyBufferLine();
	for (const line of lines) {
		expect(line).not.toContain(value);
		// No piece of it either: the halves written apart must not show.
		expect(line).not.toContain(value.slice(0, 8));
		expect(line).not.toContain(value.slice(8));
	}
}

describe('run panel in a terminal', () => {
	it('launches by Enter presses from `r` and shows live output, redacted even when written in pieces', async () => {
		const {session} = await start(
			`
- name: api
  secrets: [API_TOKEN]
  executables:
    - label: call
      instances:
        - command: 'echo "first line"; printf "token: %s" "\${API_TOKEN:0:8}"; sleep 0.3; printf "%s\\n" "\${API_TOKEN:8}"; sleep 0.5; echo done'
`,
			{API_TOKEN: TOKEN},
		);
		await session.press('r');
		await session.waitFor('Step 1/4');
		await session.press(KEYS.enter, KEYS.enter, KEYS.enter, KEYS.enter);
		// Live: the first line shows while the child still runs.
		await session.waitFor((screen) => screen.includes('first line') && /running \d+s/.test(screen), 10_000);
		const screen = await session.waitFor('exited with code 0', 10_000);
		expect(screen).toContain('token: [secret:API_TOKEN]');
		expect(screen).toContain('done');
		await expectNoValue(session, TOKEN);
		// Esc twice… back to the list, and the TUI is still there.
		await session.press(KEYS.escape, KEYS.escape, KEYS.escape, KEYS.escape, KEYS.escape);
		await session.waitFor('API_TOKEN');
		expect(session.exitCode).toBeUndefined();
	});

	it('stops a long-running child with Ctrl+C and stays open, showing the signal', async () => {
		const {session} = await start(
			`
- name: long
  executables:
    - label: wait
      instances:
        - command: 'echo waiting; exec sleep 30'
`,
			{},
		);
		await session.press('r');
		await session.waitFor('Step 1/4');
		await session.press(KEYS.enter, KEYS.enter, KEYS.enter, KEYS.enter);
		await session.waitFor((screen) => screen.includes('waiting') && /running \d+s/.test(screen), 10_000);
		await session.press(KEYS.ctrlC);
		const screen = await session.waitFor('stopped by SIGINT', 10_000);
		expect(screen).toContain('exit 130');
		expect(session.exitCode).toBeUndefined();
		// Still the TUI: R runs it again, Esc goes back.
		await session.press('R');
		await session.waitFor(/running \d+s/);
		await session.press(KEYS.ctrlC);
		await session.waitFor('stopped by SIGINT');
		await session.press(KEYS.escape);
		await session.waitFor('Step 4/4');
		expect(session.exitCode).toBeUndefined();
	});
});
