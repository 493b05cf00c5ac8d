// The run panel end to end: the built program in a real pseudo-terminal, opened with `r` from the list.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEYS, type PtySession, delay} from '../../helpers/pty.js';
import {openPanel, startTui} from '../../helpers/run-panel.js';

const TOKEN = 'e2e-9c1d4b7a-secret';
async function start(yaml: string, secrets: Record<string, string>): Promise<{session: PtySession; home: string}> {
	return startTui({yaml, secrets});
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
		await openPanel(session);
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
		await openPanel(session);
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

	it('hands the whole terminal to an interactive child with Ctrl+T and comes back when it ends', async () => {
		const {session, home} = await start(
			`
- name: ask
  executables:
    - label: name
      instances:
        - command: 'printf "your name? "; read -r name; echo "hello $name" > answer.txt'
`,
			{},
		);
		await openPanel(session);
		await session.press(KEYS.enter, KEYS.enter, KEYS.enter);
		await session.waitFor('Ctrl+T run in the terminal');
		await session.press('\u0014');
		// The child's prompt on a line of its own (step 4 shows the command, which holds the same words).
		await session.waitFor(/^your name\? *$/m, 10_000);
		await session.type('Ada');
		await session.press(KEYS.enter);
		// Its screen stays until Enter (as lazygit does).
		await session.waitFor('Press Enter to return to secrets-tui', 10_000);
		await session.press(KEYS.enter);
		const screen = await session.waitFor('exited with code 0', 10_000);
		expect(screen).toContain('Run panel · Output');
		expect(screen).toContain('It ran with the whole terminal');
		expect(fs.readFileSync(path.join(home, 'answer.txt'), 'utf8')).toBe('hello Ada\n');
		// The TUI has the keyboard again.
		await session.press(KEYS.escape);
		await session.waitFor('Step 4/4');
		expect(session.exitCode).toBeUndefined();
	});

	it('survives the Ctrl+C the terminal sends while a child has it, and shows the signal', async () => {
		const {session} = await start(
			`
- name: nap
  executables:
    - label: sleep
      instances:
        - command: 'echo napping; exec sleep 30'
`,
			{},
		);
		await openPanel(session);
		await session.press(KEYS.enter, KEYS.enter, KEYS.enter);
		await session.waitFor('Step 4/4');
		await session.press('\u0014');
		// The child's own line, on the terminal it was given (step 4 shows the command, which also says napping).
		await session.waitFor(/^napping$/m, 10_000);
		await session.press(KEYS.ctrlC);
		await session.waitFor('Press Enter to return to secrets-tui', 10_000);
		await session.press(KEYS.enter);
		const screen = await session.waitFor('stopped by SIGINT', 10_000);
		expect(screen).toContain('exit 130');
		expect(session.exitCode).toBeUndefined();
		// T runs it again in the terminal; the panel takes the terminal back again after.
		await session.press('T');
		await session.waitFor((text) => !text.includes('stopped by SIGINT') && /^napping$/m.test(text), 10_000);
		await session.press(KEYS.ctrlC);
		await session.waitFor((text) => text.split('Press Enter to return to secrets-tui').length === 3, 10_000);
		await session.press(KEYS.enter);
		await session.waitFor('stopped by SIGINT', 10_000);
	});

	it('never lets keys typed right after r act on the list behind the panel', async () => {
		const yaml = `
- name: api
  secrets: [API_TOKEN]
  executables:
    - label: call
      instances:
        - command: 'echo hello'
`;
		for (const write of [(session: PtySession) => session.process.write('r\r'), async (session: PtySession) => {
			session.process.write('r');
			await delay(1);
			session.process.write('\r');
		}]) {
			const {session} = await start(yaml, {API_TOKEN: TOKEN});
			await write(session);
			await session.waitFor('Step', 10_000);
			await delay(300);
			// Back to the list (Esc until it shows): the selected row must still be masked.
			for (let index = 0; index < 4 && !(await session.text()).includes('••••••••'); index++) {
				await session.press(KEYS.escape);
				await delay(200);
			}

			const screen = await session.waitFor('••••••••');
			expect(screen).not.toContain('1 shown');
			await expectNoValue(session, TOKEN);
			session.kill();
		}
	});
});

