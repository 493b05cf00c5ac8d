// `u` in the built TUI at 40×10, 100×30 and 200×50: a delete, an overwrite and a rename come back whole
// (times, note, expiry), with `d`,`y`,`u` glued in one write as a paste or a slow link delivers them.
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {KEYS} from '../../helpers/pty.js';
import {glued, selectedRow, startTui} from './start.js';

const onDisk = (file: string, name: string): unknown => (JSON.parse(fs.readFileSync(file, 'utf8')) as {secrets: Record<string, unknown>}).secrets[name];

describe.each([
	[40, 10],
	[100, 30],
	[200, 50],
])('u at %i×%i', (cols, rows) => {
	/** The TUI on KEEP and wandb (with a note and expiry), wandb selected; `before`: wandb as stored. */
	async function onWandb() {
		const {session, store} = await startTui({secrets: {KEEP: 'k'}, cols, rows});
		await store.set('wandb', 'wandb-value', {note: 'team key', expires: '2099-03-01'});
		await session.waitFor('wandb', 10_000);
		const before = onDisk(store.file, 'wandb');
		await session.press('j');
		await session.waitFor((screen) => selectedRow(screen).startsWith('› wandb'));
		return {session, store, before};
	}

	it('undoes a delete typed as d, y, u in one write, and an overwrite, each whole', async () => {
		const {session, store, before} = await onWandb();
		await glued(session, 'dyu');
		let screen = await session.waitFor('Undone: wandb is back');
		expect(selectedRow(screen)).toMatch(/^› wandb/);
		expect(onDisk(store.file, 'wandb')).toEqual(before);

		await session.press('d', 'y');
		screen = await session.waitFor('Deleted wandb');
		// The status offers the undo, whole at every width.
		expect(screen).toContain('Deleted wandb · u undo');
		expect(screen).not.toMatch(/^[› ] wandb/m);
		await session.press('u');
		screen = await session.waitFor('Undone: wandb is back');
		// Typed key by key too, the secret brought back is the one selected (the delete's later frame
		// used to load its older read over the undo's and leave the selection where the delete had put it).
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(selectedRow(await session.waitFor('Undone: wandb is back'))).toMatch(/^› wandb/);
		expect(onDisk(store.file, 'wandb')).toEqual(before);

		await session.press('e');
		await session.waitFor('Overwrite wandb');
		await glued(session, `-new${KEYS.enter}`);
		await session.waitFor('(y/N)');
		await session.press('y');
		await session.waitFor('Changed wandb');
		expect(store.get('wandb')?.value).toBe('wandb-value-new');
		await session.press('u');
		await session.waitFor('Undone: wandb has its earlier value');
		expect(onDisk(store.file, 'wandb')).toEqual(before);
		expect((await session.screen()).every((line) => [...line].length <= cols)).toBe(true);
	});

	it('undoes a rename typed as R, Ctrl+U, a name and Enter in one write: the old name comes back whole, selected', async () => {
		const {session, store, before} = await onWandb();
		await glued(session, 'R\u0015wk\r');
		let screen = await session.waitFor('Renamed wandb → wk · u undo');
		expect(selectedRow(screen)).toMatch(/^› wk/);
		await session.press('u');
		screen = await session.waitFor('Undone: wk is wandb again');
		expect(selectedRow(screen)).toMatch(/^› wandb/);
		expect(onDisk(store.file, 'wandb')).toEqual(before);
		expect(onDisk(store.file, 'wk')).toBeUndefined();
		expect(screen.split('\n').every((line) => [...line].length <= cols)).toBe(true);
	});
});
