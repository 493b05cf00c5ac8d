// Every text field of the TUI, in a real pseudo-terminal, fed keys the way a paste, fast typing or a
// slow SSH link delivers them: several in one read. One engine is behind all of them (ui/shared).
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEYS, type PtySession, delay} from '../../helpers/pty.js';
import {tempDir} from '../../helpers/temp.js';
import {glued, paste, startTui as start} from './start.js';

const TWO_LINES_REFUSED = 'The paste has 2 lines and this field takes one, so nothing was pasted.';

const SEQ = `
- name: counting
  executables:
    - label: seq
      instances:
        - command: 'seq 1 <<count>> | tail -n 1; echo "[<<count>>]"'
    - label: length
      instances:
        - command: 'printf %s <<args>> | wc -c'
`;

async function toArguments(session: PtySession, executable: 'seq' | 'length') {
	await session.press('r');
	await session.waitFor('Step 1/4');
	await delay(150);
	await session.press(KEYS.enter);
	await session.waitFor('Step 2/4');
	if (executable === 'length') {
		await session.press(KEYS.down);
	}

	await session.press(KEYS.enter, KEYS.enter);
	await session.waitFor('Step 4/4');
}

describe('the run panel fields', () => {
	it('types 3 and runs on Enter when "3" and Enter arrive in one read (it ran seq 1 \'3 \')', async () => {
		const {session} = await start({yaml: SEQ});
		await toArguments(session, 'seq');
		// The arguments field, then the placeholder: "3\r" is 3, then Enter on the last placeholder launches.
		await session.press(KEYS.enter);
		await glued(session, '3\r');
		const screen = await session.waitFor('exited with code 0', 10_000);
		expect(screen).toContain('[3]');
		expect(screen).not.toContain('[3 ]');
	});

	it('erases once per Backspace when four arrive in one read (it ran seq 1 \'30 \\177\\177\\177\\1775\')', async () => {
		const {session} = await start({yaml: SEQ});
		await toArguments(session, 'seq');
		await session.press(KEYS.enter);
		await session.type('30 five');
		await glued(session, '\u007F\u007F\u007F\u007F\u007F');
		// Arrows and text in one read: left, 1, End, 5 (the cursor moved back and forth in order).
		await glued(session, `${KEYS.left}1${KEYS.end}5`);
		await session.press(KEYS.enter);
		const screen = await session.waitFor('exited with code 0', 10_000);
		expect(screen).toContain('[3105]');
		expect(screen).toMatch(/^3105$/m);
	});

	it('takes a 10 KB paste into the arguments whole, and refuses a paste of two lines without running', async () => {
		const {session} = await start({yaml: SEQ});
		await toArguments(session, 'length');
		await paste(session, 'a\rb');
		await session.waitFor(TWO_LINES_REFUSED);
		expect(await session.text()).toContain('Step 4/4');
		await paste(session, 'x'.repeat(10 * 1024));
		await session.waitFor((screen) => !screen.includes(TWO_LINES_REFUSED) && screen.includes('xxxxxxxxxx'));
		// The shell field (Tab past the placeholders): Ctrl+U clears it, then the shell and Enter in one read.
		await session.press(KEYS.tab);
		await glued(session, '\u0015sh\r');
		const screen = await session.waitFor('exited with code 0', 10_000);
		expect(screen).toMatch(/^\s*10240$/m);
	});

	it('refuses two lines typed in one read into a one-line field (a paste where the terminal brackets none)', async () => {
		const {session} = await start({yaml: SEQ});
		await toArguments(session, 'seq');
		await session.press(KEYS.enter);
		await glued(session, '3\rrm -rf .\r');
		await session.waitFor(TWO_LINES_REFUSED);
		await delay(300);
		const screen = await session.text();
		expect(screen).toContain('Step 4/4');
		expect(screen).not.toContain('exited');
	});
});

describe('the add form and the filter', () => {
	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
		[200, 50],
	] as const) {
		it(`edits name and value with keys bunched in reads, and saves a 10 KB pasted value whole (${cols}×${rows})`, async () => {
			const {session, store} = await start({secrets: {OTHER: 'x'}, cols, rows});
			await session.press('a');
			await session.waitFor('Add a secret');
			// Backspaces, text and Enter in one read, then arrows and text.
			await glued(session, 'TOKENXX\u007F\u007F_2');
			await glued(session, `${KEYS.home}MY_${KEYS.end}\r`);
			await session.waitFor((screen) => /Value: /.test(screen));
			await paste(session, 'v'.repeat(10 * 1024));
			// Masked with the list's fixed mask, whatever the length.
			let screen = await session.waitFor('Value: ••••••••');
			expect(screen).not.toContain('•••••••••');
			await glued(session, '\u007F\u007Fend\r');
			screen = await session.waitFor('Saved MY_TOKEN_2');
			const value = store.get('MY_TOKEN_2')?.value ?? '';
			expect(value.length).toBe(10 * 1024 + 1);
			expect(value === 'v'.repeat(10 * 1024 - 2) + 'end').toBe(true);
			for (const line of screen.split('\n')) {
				expect([...line].length).toBeLessThanOrEqual(cols);
			}
		});
	}

	it('refuses a paste of two lines into the name, and a paste larger than a value may be', async () => {
		const {session, store} = await start({secrets: {OTHER: 'x'}});
		await session.press('a');
		await session.waitFor('Add a secret');
		await paste(session, 'A\rB');
		await session.waitFor(TWO_LINES_REFUSED);
		await glued(session, 'BIG\r');
		await paste(session, 'y'.repeat(1024 * 1024 + 1));
		await session.waitFor('The paste was 1048577 bytes: at most 1048576 bytes (1 MiB) fit in a field, so nothing was pasted.', 15_000);
		await glued(session, 'small\r');
		await session.waitFor('Saved BIG');
		expect(store.get('BIG')?.value).toBe('small');
	});

	it('filters with keys bunched in reads and refuses a paste of two lines', async () => {
		const {session} = await start({secrets: {alpha_one: '1', beta_two: '2', gamma: '3'}});
		await session.press('/');
		await glued(session, 'gam\u007F\u007F\u007Fbt');
		await glued(session, `${KEYS.left}e\r`);
		let screen = await session.waitFor('1 of 3');
		expect(screen).toContain('/bet');
		expect(screen).not.toContain('alpha_one');
		await session.press('/');
		await paste(session, 'a\rb');
		screen = await session.waitFor(TWO_LINES_REFUSED);
		expect(screen).toContain('/bet');
	});
});

describe('the sbatch options field', () => {
	it('edits the options with keys bunched in reads and refuses a paste of two lines', async () => {
		// A stand-in sbatch on the PATH: the panel then offers Ctrl+S; nothing is submitted here.
		const bin = tempDir();
		fs.writeFileSync(path.join(bin, 'sbatch'), '#!/bin/sh\nexit 1\n', {mode: 0o755});
		const {session} = await start({yaml: SEQ, env: {PATH: `${bin}:${process.env.PATH}`}});
		await toArguments(session, 'seq');
		await session.press(KEYS.enter);
		await session.type('3');
		await session.press('\u0013');
		await session.waitFor('sbatch options');
		await glued(session, '--time=5xx\u007F\u007F');
		await glued(session, `${KEYS.home}-p debug ${KEYS.end}`);
		await session.waitFor((screen) => /sbatch options -p debug --time=5/.test(screen));
		await paste(session, '--a\r--b');
		const screen = await session.waitFor(TWO_LINES_REFUSED);
		expect(screen).toMatch(/sbatch options -p debug --time=5 ?$/m);
	});
});
