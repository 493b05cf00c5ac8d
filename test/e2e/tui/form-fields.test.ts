// The add / edit form's note and expiry in the built TUI at 40×10, 100×30 and 200×50, with the keys of
// several fields glued in one write (a paste, or keys bunched by a slow link).
import {describe, expect, it} from 'vitest';
import {KEYS} from '../../helpers/pty.js';
import {glued, startTui} from './start.js';

describe.each([
	[40, 10],
	[100, 30],
	[200, 50],
])('the form at %i×%i', (cols, rows) => {
	it('adds a note and an expiry typed in one write across three fields; a bad date is refused with a sentence', async () => {
		const {session, store} = await startTui({secrets: {KEEP: 'k'}, cols, rows});
		await session.press('a');
		await session.waitFor('Name :');
		// (Text between two line breaks in one read is a paste, refused in a one-line field: Enter ends each write.)
		await glued(session, `NEW${KEYS.enter}`);
		await glued(session, `new-value${KEYS.tab}from the wiki${KEYS.tab}2027-13-01${KEYS.enter}`);
		let screen = await session.waitFor('is not a date');
		expect(screen.replaceAll(/\s+/g, ' ')).toContain('"2027-13-01" is not a date: give the expiry as YYYY-MM-DD, as in 2027-03-01.');
		expect(screen.split('\n').every((line) => [...line].length <= cols)).toBe(true);
		expect(store.get('NEW')).toBeUndefined();
		// Back to the month, mend it, save: arrows and text in one write.
		await glued(session, `${KEYS.left.repeat(3)}${'\u007F'.repeat(2)}03${KEYS.enter}`);
		await session.waitFor('Saved NEW');
		expect(store.get('NEW')).toMatchObject({value: 'new-value', note: 'from the wiki', expires: '2027-03-01'});

		// Edit starts with them; ↓ twice reaches the expiry, emptied: the secret keeps no expiry.
		await session.press('e');
		screen = await session.waitFor('Overwrite NEW');
		if (rows >= 20) {
			expect(screen).toContain('Note : from the wiki');
			expect(screen).toContain('Expiry: 2027-03-01');
		}

		await glued(session, `${KEYS.down}${KEYS.down}\u0015${KEYS.enter}`);
		await session.waitFor('Overwrite NEW? (y/N)');
		await session.press('y');
		await session.waitFor('Changed NEW');
		expect(store.get('NEW')).toMatchObject({value: 'new-value', note: 'from the wiki'});
		expect(store.get('NEW')?.expires).toBeUndefined();
		await session.press(KEYS.escape);
	});
});
