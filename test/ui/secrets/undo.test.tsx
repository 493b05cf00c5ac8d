// `u` on the list, rendered with ink-testing-library against a real store file: a delete or an
// overwrite of this session comes back whole; a name re-created meanwhile is asked about first.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {tempHome} from '../../helpers/temp.js';
import {KEY, renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

const WANDB = {value: 'wandb-value', created: '2025-01-02T03:04:05.000Z', updated: '2025-06-07T08:09:10.000Z', note: 'team key', expires: '2099-03-01'};

function open() {
	const home = tempHome();
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const secrets = {KEEP: {value: 'k', created: WANDB.created, updated: WANDB.created}, wandb: WANDB};
	fs.writeFileSync(path.join(home, 'secrets.json'), JSON.stringify({version: 1, secrets}), {mode: 0o600});
	const app = renderApp(home);
	cleanup.push(() => app.unmount());
	return app;
}

const onDisk = (app: ReturnType<typeof open>, name: string): unknown => (JSON.parse(fs.readFileSync(app.store.file, 'utf8')) as {secrets: Record<string, unknown>}).secrets[name];

describe('u (undo)', () => {
	it('brings a deleted secret back with its times, note and expiry; the status offers it', async () => {
		const app = open();
		await app.waitFor('wandb');
		await app.press('j', 'd');
		await app.waitFor('Delete wandb? (y/N)');
		await app.press('y');
		const frame = await app.waitFor('Deleted wandb · u undo');
		expect(frame).not.toMatch(/^[› ] wandb/m);
		expect(onDisk(app, 'wandb')).toBeUndefined();
		await app.press('u');
		await app.waitFor('Undone: wandb is back');
		expect(onDisk(app, 'wandb')).toEqual(WANDB);
		await app.press('u');
		await app.waitFor('Nothing to undo');
	});

	it('puts back the value an edit overwrote, and undoes two deletes newest first', async () => {
		const app = open();
		await app.waitFor('wandb');
		await app.press('j', 'e');
		await app.waitFor('Overwrite wandb');
		await app.type('-new');
		await app.press(KEY.enter);
		await app.waitFor('(y/N)');
		await app.press('y');
		await app.waitFor('Changed wandb · u undo');
		expect(app.store.get('wandb')?.value).toBe('wandb-value-new');
		await app.press('u');
		await app.waitFor('Undone: wandb has its earlier value');
		expect(onDisk(app, 'wandb')).toEqual(WANDB);
		await app.press('g', 'd', 'y');
		await app.waitFor('Deleted KEEP');
		await app.press('d', 'y');
		await app.waitFor('Deleted wandb');
		await app.press('u');
		await app.waitFor('Undone: wandb is back · u undo');
		await app.press('u');
		await app.waitFor('Undone: KEEP is back');
		expect(app.store.list().map((entry) => entry.name)).toEqual(['KEEP', 'wandb']);
	});

	it('asks before putting a deleted secret back over one added again since: y writes (and is undoable), n keeps it', async () => {
		const app = open();
		await app.waitFor('wandb');
		await app.press('j', 'd', 'y');
		await app.waitFor('Deleted wandb');
		// Another terminal adds wandb again.
		await app.store.set('wandb', 'added-again');
		await app.waitFor(/^[› ] wandb/m);
		await app.press('u');
		await app.waitFor('wandb was added again since. Put the deleted one back over it? (y/N)');
		expect(app.store.get('wandb')?.value).toBe('added-again');
		await app.press('y');
		await app.waitFor('Undone: wandb is back · u undo');
		expect(onDisk(app, 'wandb')).toEqual(WANDB);
		// The one written over comes back with u, too.
		await app.press('u');
		await app.waitFor('Undone: wandb has its earlier value');
		expect(app.store.get('wandb')?.value).toBe('added-again');

		await app.press('d', 'y');
		await app.waitFor('Deleted wandb');
		await app.store.set('wandb', 'added-once-more');
		await app.waitFor(/^[› ] wandb/m);
		await app.press('u');
		await app.waitFor('(y/N)');
		await app.press('n');
		await app.waitFor('Kept wandb as it is; that undo is dropped.');
		expect(app.store.get('wandb')?.value).toBe('added-once-more');
	});

	it('renames back: the old name as it was (times, note, expiry), the new name gone or holding what it held', async () => {
		const app = open();
		await app.waitFor('wandb');
		await app.press('j', 'R');
		await app.waitFor('New name: wandb');
		await app.type('-key');
		await app.press(KEY.enter);
		let frame = await app.waitFor('Renamed wandb → wandb-key · u undo');
		expect(onDisk(app, 'wandb')).toBeUndefined();
		await app.press('u');
		frame = await app.waitFor('Undone: wandb-key is wandb again');
		expect(frame).toMatch(/^› wandb /m);
		expect(onDisk(app, 'wandb')).toEqual(WANDB);
		expect(onDisk(app, 'wandb-key')).toBeUndefined();
		// Over an existing name (after y): u puts both back.
		const keep = onDisk(app, 'KEEP');
		await app.press('R');
		await app.waitFor('New name: wandb');
		for (let index = 0; index < 'wandb'.length; index++) {
			await app.press(KEY.backspace);
		}

		await app.type('KEEP');
		await app.press(KEY.enter);
		await app.waitFor('(y/N)');
		await app.press('y');
		await app.waitFor('Renamed wandb → KEEP (replaced) · u undo');
		expect(app.store.get('KEEP')?.value).toBe('wandb-value');
		await app.press('u');
		await app.waitFor('Undone: KEEP is wandb again');
		expect(onDisk(app, 'wandb')).toEqual(WANDB);
		expect(onDisk(app, 'KEEP')).toEqual(keep);
	});

	it('writes nothing when the new name changed since the rename, and says so', async () => {
		const app = open();
		await app.waitFor('wandb');
		await app.press('j', 'R');
		await app.waitFor('New name: wandb');
		await app.type('2');
		await app.press(KEY.enter);
		await app.waitFor('Renamed wandb → wandb2 · u undo');
		// Another terminal changes wandb2.
		await app.store.set('wandb2', 'changed-since', {overwrite: true});
		const before = fs.readFileSync(app.store.file, 'utf8');
		await app.press('u');
		await app.waitFor((frame) => frame.replaceAll(/\s+/g, ' ').includes('Cannot undo the rename of wandb to wandb2: wandb2 changed since. Nothing was changed; that undo is dropped.'));
		expect(fs.readFileSync(app.store.file, 'utf8')).toBe(before);
		await app.press('u');
		await app.waitFor('Nothing to undo');
	});
});
