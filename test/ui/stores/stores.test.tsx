// Team stores in the TUI, rendered with ink-testing-library against real files: the switcher (S, the
// header, every screen on the chosen store, a store that fails its checks) and "copy to store…" (C).
// The team store's group is root's: these tests run as root (CI does), so no account is created.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {withLock} from '../../../source/store/lock.js';
import {SecretStore} from '../../../source/store/store.js';
import {addTeam} from '../../../source/store/teams.js';
import {MASK} from '../../../source/ui/shared/format.js';
import {tempDir, tempHome} from '../../helpers/temp.js';
import {requireRoot} from '../../helpers/users.js';
import {KEY, delay, lineWith, renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

const header = (frame: string) => frame.split('\n')[0] ?? '';
const selectedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('›')) ?? '';

/** A personal store with MINE (and `personal`), and, unless `teams` is 0, the team store lab with wandb. */
async function open({personal = {MINE: 'personal-value-1'} as Record<string, string>, team = {wandb: 'team-value-2'} as Record<string, string>, teams = 1} = {}) {
	requireRoot();
	const home = tempHome();
	const store = new SecretStore(path.join(home, 'secrets.json'));
	for (const [name, value] of Object.entries(personal)) {
		await store.set(name, value);
	}

	let folder = '';
	if (teams > 0) {
		folder = path.join(tempDir(), 'lab');
		addTeam(home, 'lab', folder, 'root');
		for (const [name, value] of Object.entries(team)) {
			await store.set(`lab/${name}`, value);
		}
	}

	const app = renderApp(home);
	cleanup.push(() => app.unmount());
	return {...app, home, folder, personal: store};
}

describe('the store switcher (S)', () => {
	it('names the store in the header once a team store is registered; S shows the team store’s list, S again the personal one', async () => {
		const app = await open();
		let frame = await app.waitFor('MINE');
		expect(header(frame)).toBe('secrets-tui  [S] personal  1 secret');
		// The header shows the key; the footer has no room for it at 100 columns.
		await app.press('S');
		frame = await app.waitFor((text) => header(text).includes('team lab'));
		expect(header(frame)).toBe('secrets-tui  [S] team lab  1 secret');
		expect(frame).toContain('wandb');
		expect(frame).not.toContain('MINE');
		await app.press('S');
		frame = await app.waitFor((text) => header(text).includes('personal'));
		expect(frame).toContain('MINE');
	});

	it('undoes a delete into the store it was made in, after S switched the list to another', async () => {
		const app = await open({personal: {MINE: 'personal-value-1', wandb: 'personal-wandb'}});
		await app.waitFor('MINE');
		await app.press('j', 'd');
		await app.waitFor('Delete wandb? (y/N)');
		await app.press('y');
		await app.waitFor('Deleted wandb · u undo');
		await app.press('S');
		await app.waitFor((text) => header(text).includes('team lab'));
		await app.press('u');
		// lab has a wandb of its own: the undo neither asks about it nor writes over it.
		await app.waitFor('Undone: wandb is back');
		expect(app.personal.get('wandb')?.value).toBe('personal-wandb');
		expect(app.personal.get('lab/wandb')?.value).toBe('team-value-2');
	});

	it('says nothing of stores without a team store, and S says how to register one', async () => {
		const app = await open({teams: 0});
		let frame = await app.waitFor('MINE');
		expect(header(frame)).toBe('secrets-tui  1 secret');
		expect(frame).not.toContain('[S]');
		await app.press('S');
		frame = await app.waitFor('There is no team store to switch to');
		expect(frame).toContain('secrets-tui store add NAME PATH');
		// One registered meanwhile (another terminal) is found at the next S.
		addTeam(app.home, 'lab', path.join(tempDir(), 'lab'), 'root');
		await app.personal.set('lab/later', 'later-value');
		await app.press('S');
		frame = await app.waitFor((text) => header(text).includes('team lab'));
		expect(frame).toContain('later');
		// An empty team store says how to add to it from a shell, with its name.
		await app.personal.delete('lab/later');
		frame = await app.waitFor('No secrets yet', 3000);
		expect(frame).toContain('secrets-tui set lab/GITHUB_TOKEN');
	});

	it('every screen works on the team store: reveal, open, details with who set it, add, edit, delete, copy, filter', async () => {
		const app = await open({team: {wandb: 'team-value-2', dbpass: 'team-db-3'}});
		await app.waitFor('MINE');
		await app.press('S');
		await app.waitFor((text) => header(text).includes('team lab'));
		await app.press(KEY.down, ' ');
		let frame = await app.waitFor('team-value-2');
		expect(selectedLine(frame)).toContain('wandb');
		await app.press('o');
		frame = await app.waitFor((text) => text.includes('team-value-2') && !text.includes('team-db-3'));
		expect(frame).toMatch(/wandb {2}1 line, updated .* by root/);
		await app.press(KEY.escape, 'i');
		frame = await app.waitFor('set by');
		expect(lineWith(frame, 'set by')).toMatch(/^set by +root$/);
		await app.press(KEY.escape, 'c');
		await app.waitFor('Copied wandb to the clipboard');
		// Add: it goes to the team store, recorded as set by this user.
		await app.press('a');
		await app.waitFor('Name');
		await app.type('NEW_ONE');
		await app.press(KEY.enter);
		await app.type('new-team-value');
		await app.press(KEY.enter);
		await app.waitFor('Saved NEW_ONE');
		expect(app.personal.get('lab/NEW_ONE')).toMatchObject({value: 'new-team-value', updatedBy: 'root'});
		expect(app.personal.get('NEW_ONE')).toBeUndefined();
		// Edit the selected one (NEW_ONE, just saved): the form starts with the team's value.
		await app.press('e');
		await app.waitFor('Overwrite');
		await app.press(KEY.ctrlT);
		await app.waitFor('new-team-value');
		await app.type('-2');
		await app.press(KEY.enter);
		await app.waitFor('Overwrite NEW_ONE? (y/N)');
		await app.press('y');
		await app.waitFor('Changed NEW_ONE');
		expect(app.personal.get('lab/NEW_ONE')?.value).toBe('new-team-value-2');
		await app.press('d');
		await app.waitFor('Delete NEW_ONE? (y/N)');
		await app.press('y');
		await app.waitFor('Deleted NEW_ONE');
		expect(app.personal.get('lab/NEW_ONE')).toBeUndefined();
		await app.press('/');
		await app.type('pass');
		frame = await app.waitFor('1 of 2');
		expect(selectedLine(frame)).toContain('dbpass');
		expect(frame).not.toMatch(/^. wandb/m);
	});

	it('acts on the new store with keys glued after S in one read: S+Enter shows the team’s value, S d y deletes the team’s secret', async () => {
		const app = await open({personal: {SAME: 'personal-same'}, team: {SAME: 'team-same'}});
		await app.waitFor('SAME');
		app.stdin.write('S\r');
		let frame = await app.waitFor('team-same');
		expect(header(frame)).toContain('team lab');
		expect(frame).not.toContain('personal-same');
		await app.press('S');
		frame = await app.waitFor((text) => header(text).includes('personal'));
		expect(lineWith(frame, 'SAME')).toContain(MASK);
		app.stdin.write('Sdy');
		await app.waitFor('Deleted SAME');
		expect(app.personal.get('lab/SAME')).toBeUndefined();
		expect(app.personal.get('SAME')?.value).toBe('personal-same');
	});

	it('a team store that fails its checks shows its sentence, and S switches back; the personal list is unaffected by it', async () => {
		const app = await open();
		fs.chmodSync(app.folder, 0o2775);
		let frame = await app.waitFor('MINE');
		expect(frame).not.toContain('outside the group');
		await app.press('j', 'k', 'S');
		frame = await app.waitFor('is open to users outside the group root');
		expect(header(frame)).toContain('team lab');
		expect(frame).toContain(`chmod o= '${app.folder}'`);
		expect(frame).toContain('S switch store');
		// Fixed meanwhile: the list comes back by itself; loosened again: the sentence again.
		fs.chmodSync(app.folder, 0o2770);
		await app.waitFor('wandb', 3000);
		fs.chmodSync(app.folder, 0o2777);
		await app.waitFor('is open to users outside the group root', 3000);
		await app.press('S');
		frame = await app.waitFor((text) => header(text).includes('personal') && text.includes('MINE'));
		expect(frame).not.toContain('outside the group');
	});
});

describe('copy to store (C)', () => {
	it('asks which store, then y/N; any other key copies nothing; y copies the value, note and expiry', async () => {
		const app = await open();
		await app.personal.set('MINE', 'personal-value-1', {overwrite: true, note: 'the W&B key', expires: '2031-02-03'});
		await app.waitFor('MINE');
		await app.press('C');
		let frame = await app.waitFor('Copy MINE to which store? 1 lab');
		expect(frame).toContain('1-9 store');
		await app.press('x');
		await app.waitFor('Copied nothing');
		await app.press('C');
		await app.waitFor('which store?');
		await app.press(KEY.escape);
		await app.waitFor('Copied nothing');
		await app.press('C');
		await app.waitFor('which store?');
		await app.press('1');
		frame = await app.waitFor('Copy MINE to lab/MINE? (y/N)');
		expect(frame).toContain('y yes');
		await app.press('n');
		await app.waitFor('Copied nothing');
		expect(app.personal.get('lab/MINE')).toBeUndefined();
		await app.press('C', '1', 'y');
		await app.waitFor('Copied MINE to lab/MINE, with its note and expiry');
		expect(app.personal.get('lab/MINE')).toMatchObject({value: 'personal-value-1', note: 'the W&B key', expires: '2031-02-03', updatedBy: 'root'});
		expect(app.personal.get('MINE')?.value).toBe('personal-value-1');
		// On the team store, C says it copies a personal secret.
		await app.press('S');
		frame = await app.waitFor((text) => header(text).includes('team lab'));
		expect(frame).toContain('MINE');
		await app.press('C');
		await app.waitFor('C copies a secret of your personal store');
	});

	it('asks before replacing a name the team store has already; no keeps it, y replaces it', async () => {
		const app = await open({personal: {wandb: 'my-newer-key'}, team: {wandb: 'team-value-2'}});
		await app.waitFor('wandb');
		await app.press('C', '1');
		await app.waitFor('lab/wandb exists; replace it? (y/N)');
		await app.press(KEY.enter);
		await app.waitFor('Copied nothing; lab/wandb is unchanged');
		expect(app.personal.get('lab/wandb')?.value).toBe('team-value-2');
		await app.press('C', '1');
		await app.waitFor('lab/wandb exists');
		await app.press('y');
		await app.waitFor('Replaced lab/wandb with your wandb');
		expect(app.personal.get('lab/wandb')?.value).toBe('my-newer-key');
	});

	it('joins the one queue of writes: a copy asked after a delete is written after it, even when the delete waits for its lock', async () => {
		const app = await open({personal: {MINE: 'personal-value-1', OTHER: 'o'}});
		await app.waitFor('OTHER');
		const personalFile = app.store.file;
		const teamFile = path.join(app.folder, 'secrets.json');
		// Another writer holds the personal store's lock: the delete waits for it.
		let release!: () => void;
		let taken!: () => void;
		const lockTaken = new Promise<void>((resolve) => {
			taken = resolve;
		});
		const holding = withLock(personalFile, async () => {
			taken();
			await new Promise<void>((resolve) => {
				release = resolve;
			});
		});
		await lockTaken;
		await app.press('d');
		await app.waitFor('Delete MINE? (y/N)');
		await app.press('y');
		// Answered (the list's keys are back); the status keeps the question until the delete is written.
		await app.waitFor('d delete');
		// The list still shows MINE selected (the delete has not been written): C copies it.
		await app.press('C', '1');
		await app.waitFor('Copy MINE to lab/MINE? (y/N)');
		await app.press('y');
		await app.waitFor(/Copying MINE to lab\/MINE…|Copied MINE/);
		// Time enough for a copy outside the queue to be written ahead of the delete; in the queue it waits whatever the time.
		await delay(300);
		expect(app.personal.get('lab/MINE')).toBeUndefined();
		expect(app.frame()).toContain('Copying MINE to lab/MINE…');
		release();
		await holding;
		await app.waitFor('Copied MINE to lab/MINE');
		expect(app.personal.get('MINE')).toBeUndefined();
		expect(app.personal.get('lab/MINE')?.value).toBe('personal-value-1');
		expect(fs.statSync(personalFile, {bigint: true}).mtimeNs).toBeLessThan(fs.statSync(teamFile, {bigint: true}).mtimeNs);
	});

	it('says so, and copies nothing, when the team store fails its checks or there is none', async () => {
		const app = await open();
		fs.chmodSync(app.folder, 0o2775);
		await app.waitFor('MINE');
		await app.press('C', '1');
		await app.waitFor('is open to users outside the group root');
		fs.chmodSync(app.folder, 0o2770);
		expect(app.personal.get('lab/MINE')).toBeUndefined();
		const alone = await open({teams: 0});
		await alone.waitFor('MINE');
		await alone.press('C');
		await alone.waitFor('There is no team store to copy to');
	});
});
