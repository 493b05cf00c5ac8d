// The form's note and expiry fields, rendered with ink-testing-library against a real store file.
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {tempHome} from '../../helpers/temp.js';
import {SecretStore} from '../../../source/store/store.js';
import {KEY, renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

async function open(extras: {note?: string; expires?: string} = {}) {
	const home = tempHome();
	await new SecretStore(path.join(home, 'secrets.json')).set('KEEP', 'k', extras);
	const app = renderApp(home);
	cleanup.push(() => app.unmount());
	return app;
}

describe('the form: note and expiry', () => {
	it('adds a secret with a note and an expiry, moving with Tab and ↓; a bad date is a sentence on its field', async () => {
		const app = await open();
		await app.waitFor('KEEP');
		await app.press('a');
		await app.waitFor('Add a secret');
		await app.type('NEW');
		await app.press(KEY.enter);
		await app.type('new-value');
		await app.press(KEY.tab);
		await app.waitFor('optional: one line kept with the secret');
		await app.type('from the wiki');
		await app.press(KEY.down);
		await app.waitFor('YYYY-MM-DD');
		await app.type('2027-02-30');
		await app.press(KEY.enter);
		await app.waitFor('"2027-02-30" is not a date: give the expiry as YYYY-MM-DD, as in 2027-03-01.');
		expect(app.store.get('NEW')).toBeUndefined();
		await app.press(KEY.backspace, KEY.backspace);
		await app.type('28');
		await app.press(KEY.enter);
		await app.waitFor('Saved NEW');
		expect(app.store.get('NEW')).toMatchObject({value: 'new-value', note: 'from the wiki', expires: '2027-02-28'});
	});

	it('edit starts with the note and expiry; emptying one removes it, ↑ and Shift+Tab go back', async () => {
		const app = await open({note: 'old note', expires: '2027-01-01'});
		await app.waitFor('KEEP');
		await app.press('e');
		const frame = await app.waitFor('Overwrite KEEP');
		expect(frame).toContain('Note : old note');
		expect(frame).toContain('Expiry: 2027-01-01');
		// Value → ↑ expiry (round) → Shift+Tab note: empty it.
		await app.press(KEY.up, '\u001B[Z');
		await app.waitFor('optional: one line kept');
		await app.press('\u0015');
		await app.waitFor((frame) => !frame.includes('old note'));
		await app.press(KEY.enter);
		await app.waitFor('Overwrite KEEP? (y/N)');
		await app.press('y');
		await app.waitFor('Changed KEEP');
		const saved = app.store.get('KEEP')!;
		expect(saved.note).toBeUndefined();
		expect(saved.expires).toBe('2027-01-01');
	});
});
