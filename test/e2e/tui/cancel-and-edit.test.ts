// Ctrl+C closes a form or a question as Esc does (the TUI stays, nothing is written) and quits only
// from the list; `e` starts from the current value, masked with the list's fixed mask.
import {describe, expect, it} from 'vitest';
import {KEYS} from '../../helpers/pty.js';
import {startTui} from './start.js';

describe('Ctrl+C', () => {
	it('cancels the add form, keeping the TUI open and writing nothing; on the list it quits', async () => {
		const {session, store} = await startTui({secrets: {KEEP: 'k'}});
		await session.press('a');
		await session.waitFor('Add a secret');
		await session.type('TYPED');
		await session.press(KEYS.enter);
		await session.type('typed-value');
		await session.press(KEYS.ctrlC);
		const screen = await session.waitFor((text) => !text.includes('Add a secret') && text.includes('KEEP'));
		expect(screen).not.toContain('TYPED');
		expect(session.exitCode).toBeUndefined();
		expect(store.list().map((entry) => entry.name)).toEqual(['KEEP']);
		await session.press(KEYS.ctrlC);
		expect(await session.exited).toBe(0);
	});

	it('answers a question no: the delete question and the overwrite question', async () => {
		const {session, store} = await startTui({secrets: {KEEP: 'k'}});
		await session.press('d');
		await session.waitFor('Delete KEEP? (y/N)');
		await session.press(KEYS.ctrlC);
		await session.waitFor('Kept KEEP');
		expect(session.exitCode).toBeUndefined();
		await session.press('e');
		await session.waitFor('Overwrite KEEP');
		await session.type('2');
		await session.press(KEYS.enter);
		await session.waitFor('Overwrite KEEP? (y/N)');
		await session.press(KEYS.ctrlC);
		// Back in the form, which says the secret was kept; Ctrl+C again closes the form.
		await session.waitFor('KEEP was kept as it is');
		await session.press(KEYS.ctrlC);
		await session.waitFor((text) => !text.includes('Overwrite KEEP'));
		expect(session.exitCode).toBeUndefined();
		expect(store.get('KEEP')?.value).toBe('k');
	});
});

describe('e (edit)', () => {
	it('starts with the current value, masked with the fixed mask; Ctrl+T shows it; saving asks', async () => {
		const url = 'https://example.org/a/long/pat';
		const {session, store} = await startTui({secrets: {URL: url}, cols: 40, rows: 10});
		await session.press('e');
		let screen = await session.waitFor('Overwrite URL');
		expect(screen).toContain('Value: ••••••••');
		expect(screen).not.toContain('•••••••••');
		expect(screen).not.toContain('example');
		await session.press(KEYS.ctrlT);
		// At 40 columns the field shows the end of the value, where the cursor is.
		screen = await session.waitFor('long/pat');
		await session.press(KEYS.backspace, KEYS.backspace, KEYS.backspace);
		await session.type('path');
		await session.waitFor('long/path');
		await session.press(KEYS.home);
		await session.waitFor('Value: https://');
		await session.press(KEYS.enter);
		await session.waitFor('(y/N)');
		await session.press('y');
		await session.waitFor('Changed URL');
		expect(store.get('URL')?.value).toBe('https://example.org/a/long/path');
	});
});
