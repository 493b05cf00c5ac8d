// Missing secrets show on the run panel's first step, and `a` adds them without leaving the panel.
import {describe, expect, it} from 'vitest';
import {KEYS, delay, type PtySession} from '../../helpers/pty.js';
import {SIZES, openPanel, startTui} from '../../helpers/run-panel.js';

/** Waits for the screen, then a person's reaction time: a new screen's key handler subscribes after its first frame. */
async function settle(session: PtySession, match: string | RegExp): Promise<string> {
	const screen = await session.waitFor(match);
	await delay(150);
	return screen;
}

const YAML = `
- name: ghe
  secrets: [ghe-token, API_TOKEN, {secret: wandb, env: WANDB_API_KEY}]
  executables:
    - label: check
      instances:
        - command: 'echo "ghe=\${#ghe_token} wandb=\${#WANDB_API_KEY}"'
`;

describe('missing secrets in the run panel', () => {
	for (const {cols, rows} of SIZES) {
		it(`says "2 missing" beside the environment and adds each with a, in the panel (${cols}×${rows})`, async () => {
			const {session} = await startTui({yaml: YAML, secrets: {API_TOKEN: 'api-value-1234'}, cols, rows});
			await openPanel(session);
			let screen = await settle(session, 'a add missing');
			expect(screen).toMatch(/› ghe · 2 missing/);
			await session.press('a');
			screen = await settle(session, 'Add a secret');
			expect(screen).toMatch(/Name : ghe-token/);
			await session.press(KEYS.enter);
			await session.type('ghe-value-98765');
			await session.press(KEYS.enter);
			screen = await settle(session, /› ghe · 1 missing/);
			await session.press('a');
			screen = await settle(session, /Name : wandb/);
			await session.press(KEYS.enter);
			await session.type('wandb-value-4321');
			await session.press(KEYS.enter);
			screen = await session.waitFor((text) => text.includes('Step 1/4') && !text.includes('missing') && text.includes('Enter next'));
			// Nothing is missing now: `a` is no longer offered.
			expect(screen).not.toContain('a add missing');
			await delay(150);
			// And the run has both, read from the store.
			for (const step of ['Step 2/4', 'Step 3/4', 'Step 4/4']) {
				await session.press(KEYS.enter);
				await settle(session, step);
			}

			await session.press(KEYS.enter);
			screen = await session.waitFor('exited with code 0', 10_000);
			expect(screen).toContain('ghe=15 wandb=16');
		});
	}

	it('goes back to the panel unchanged on Esc', async () => {
		const {session} = await startTui({yaml: YAML});
		await openPanel(session);
		await settle(session, 'a add missing');
		await session.press('a');
		await settle(session, 'Add a secret');
		await session.press(KEYS.escape);
		const screen = await session.waitFor('Step 1/4');
		expect(screen).toMatch(/› ghe · 3 missing/);
		expect(session.exitCode).toBeUndefined();
	});
});
