// `set NAME` at a terminal prompts with input hidden: typed in a real pseudo-terminal.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {PtySession} from '../../helpers/pty.js';
import {tempHome} from '../../helpers/temp.js';

describe('set at a terminal', () => {
	it('prompts, shows nothing of what is typed, and stores it', async () => {
		const home = tempHome();
		const session = new PtySession({home, args: ['set', 'TYPED']});
		await session.waitFor('Value for TYPED (input hidden');
		await session.type('hunter2-pässwörd');
		await session.press('\u007F', 'X', '\r');
		// Asked twice, as pass insert does.
		await session.waitFor('Retype the value for TYPED');
		await session.type('hunter2-pässwörX');
		await session.press('\r');
		expect(await session.exited).toBe(0);
		const stored = JSON.parse(fs.readFileSync(path.join(home, 'secrets.json'), 'utf8')) as {secrets: Record<string, {value: string}>};
		expect(stored.secrets.TYPED!.value).toBe('hunter2-pässwörX');
		const everything = (await session.everyBufferLine()).join('\n');
		expect(everything).not.toContain('hunter2');
		expect(everything).not.toContain('•');
		expect(everything).toContain('Saved TYPED.');
	});

	it('stores nothing when the two values differ, with a sentence and exit 1', async () => {
		const home = tempHome();
		const session = new PtySession({home, args: ['set', 'TYPED']});
		await session.waitFor('Value for TYPED (input hidden');
		await session.type('first-value');
		await session.press('\r');
		await session.waitFor('Retype the value for TYPED');
		await session.type('first-valeu');
		await session.press('\r');
		expect(await session.exited).toBe(1);
		expect(await session.text()).toContain('The two values typed for TYPED differ; nothing was stored. Run the command again.');
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('cancels on Ctrl+C with exit 130, storing nothing', async () => {
		const home = tempHome();
		const session = new PtySession({home, args: ['set', 'TYPED']});
		await session.waitFor('Value for TYPED');
		await session.type('abc');
		await session.press('\u0003');
		expect(await session.exited).toBe(130);
		expect(await session.text()).toContain('Cancelled; nothing was stored.');
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});
});
