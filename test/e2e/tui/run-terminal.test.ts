// `T`/Ctrl+T hands the whole terminal to the program; when it ends, its output stays on the screen
// until Enter is pressed (as lazygit does), then the TUI comes back.
import {describe, expect, it} from 'vitest';
import {KEYS, delay} from '../../helpers/pty.js';
import {openPanel, startTui} from '../../helpers/run-panel.js';

describe('running with the whole terminal', () => {
	it('keeps short output on the screen until Enter, then returns to the panel', async () => {
		const {session} = await startTui({
			yaml: `
- name: quick
  executables:
    - label: hello
      instances:
        - command: 'echo "short output from the child"; exit 4'
`,
		});
		await openPanel(session);
		await session.press(KEYS.enter, KEYS.enter, KEYS.enter);
		await session.waitFor('Step 4/4');
		await session.press('\u0014');
		let screen = await session.waitFor('Press Enter to return to secrets-tui', 10_000);
		expect(screen).toMatch(/^short output from the child$/m);
		// It waits: no key, no return.
		await delay(700);
		screen = await session.text();
		expect(screen).toContain('Press Enter to return to secrets-tui');
		expect(screen).not.toContain('Run panel');
		await session.press(KEYS.enter);
		screen = await session.waitFor('exited with code 4', 10_000);
		expect(screen).toContain('It ran with the whole terminal');
		// T (again, in the terminal) waits the same way; Ctrl+C there returns too, and never quits the TUI.
		await session.press('T');
		// The normal screen still holds the first run's lines: wait for the second prompt.
		await session.waitFor((text) => text.split('Press Enter to return to secrets-tui').length === 3, 10_000);
		await session.press(KEYS.ctrlC);
		await session.waitFor('exited with code 4', 10_000);
		await session.press(KEYS.escape);
		await session.waitFor('Step 4/4');
		expect(session.exitCode).toBeUndefined();
	});
});
