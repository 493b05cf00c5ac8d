// A key that arrives just after a key that changes screen belongs to the new screen: it is never
// dropped, nor read by the screen that has just gone (issue 15, "input that never garbles"). Keys in
// separate reads a few milliseconds apart, as a fast typist or a slow link sends them.
import {describe, expect, it} from 'vitest';
import {KEYS, delay} from '../../helpers/pty.js';
import {startTui} from './start.js';

const LIST_FOOTER = 'Space reveal';
const DETAILS_FOOTER = 'Esc/i/q close';
const ROUNDS = 40;

describe('keys across a change of screen', () => {
	it('Esc closes the details and an i read a few ms later opens them again, every time', async () => {
		const secrets = Object.fromEntries(Array.from({length: 300}, (_, index) => [`S${String(index).padStart(3, '0')}`, `value-${index}`]));
		const {session} = await startTui({secrets, cols: 100, rows: 30});
		await session.waitFor(LIST_FOOTER);
		await session.press('i');
		await session.waitFor(DETAILS_FOOTER);
		for (let round = 0; round < ROUNDS; round++) {
			session.process.write(KEYS.escape);
			// 2 to 13 ms later, in a read of its own: after the Esc is read, while the list is drawn.
			await delay(2 + (round % 12));
			session.process.write('i');
			// Both keys read (the list may never be drawn: ink skips a frame replaced within 1/30 s).
			await delay(150);
			// The i reached the list, which opened the details: not dropped, not read by the details (i closes them).
			const screen = await session.waitFor(DETAILS_FOOTER, 3000).catch((error: Error) => {
				throw new Error(`round ${round}, i ${2 + (round % 12)} ms after Esc: ${error.message}`);
			});
			expect(screen).not.toContain(LIST_FOOTER);
		}
	});
});
