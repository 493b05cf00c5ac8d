// Team stores in the built TUI, in a real pseudo-terminal at 40×10 and 100×30: a group (stui17tg) whose
// member (stui17ta) made the team store lab and set a secret in it; root (these tests run as root, as CI
// does) registers it by path beside a personal store in a temp SECRETS_TUI_HOME, switches to it (S,
// also glued with Enter in one write), reads who set it, and copies a personal secret there (C) that the
// member then reads.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addTeam} from '../../../source/store/teams.js';
import {KEYS} from '../../helpers/pty.js';
import {tempDir} from '../../helpers/temp.js';
import {fileAccounts, projectFolder, runAs} from '../../helpers/users.js';
import {glued, selectedRow, startTui} from './start.js';

const GROUP = 'stui17tg';
const MEMBER = 'stui17ta';
const accounts = fileAccounts(GROUP, [MEMBER]);

async function member(args: string[], input?: string): Promise<string> {
	const result = await runAs(MEMBER, accounts.cli, args, {input});
	expect(result.stderr.replace(/^(Created|Registered|Saved)[^\n]*\n/gm, '')).toBe('');
	expect(result.code).toBe(0);
	return result.stdout;
}

/** The member's team store lab with wandb in it; returns its folder. */
async function labStore(): Promise<string> {
	fs.rmSync(`/home/${MEMBER}/.secrets-tui`, {recursive: true, force: true});
	const folder = path.join(projectFolder(tempDir(), GROUP), 'lab-secrets');
	await member(['store', 'add', 'lab', folder, '--group', GROUP]);
	await member(['set', 'lab/wandb', '-'], 'wandb-key-1234');
	return folder;
}

/** Root registers the member's folder by path beside its personal store (no more environment). */
const register = (folder: string) => (home: string) => {
	addTeam(home, 'lab', folder, undefined);
	return {};
};

const header = (screen: string) => screen.split('\n')[0] ?? '';

describe('team stores in the TUI', () => {
	it('at 100×30: S (glued with Enter) shows the team store revealed, details say who set it, C copies a personal secret the member then reads', async () => {
		const folder = await labStore();
		const {session} = await startTui({secrets: {MINE: 'personal-value-5678'}, prepare: register(folder)});
		let screen = await session.waitFor('MINE');
		expect(header(screen)).toBe('secrets-tui  [S] personal  1 secret');
		// S and Enter in one write: Enter reveals the team store's first value, not a personal one.
		await glued(session, 'S\r');
		screen = await session.waitFor('wandb-key-1234');
		expect(header(screen)).toBe('secrets-tui  [S] team lab  1 secret, 1 shown');
		expect(selectedRow(screen)).toContain('wandb');
		expect(screen).not.toContain('MINE');
		await session.press('i');
		screen = await session.waitFor('set by');
		expect(screen).toMatch(new RegExp(`^set by +${MEMBER}$`, 'm'));
		await session.press(KEYS.escape);
		await session.waitFor('Space reveal');
		await session.press('S');
		screen = await session.waitFor((text) => header(text).startsWith('secrets-tui  [S] personal'));
		expect(screen).toContain('MINE');
		expect(screen).not.toContain('personal-value-5678');
		await session.press('C');
		await session.waitFor('Copy MINE to which store? 1 lab');
		await session.press('1');
		await session.waitFor('Copy MINE to lab/MINE? (y/N)');
		await session.press('y');
		await session.waitFor('Copied MINE to lab/MINE');
		expect(await member(['get', 'lab/MINE'])).toBe('personal-value-5678\n');
		expect(await member(['list', '--store', 'lab'])).toMatch(/^MINE .* by root$/m);
		session.process.write('q');
		expect(await session.exited).toBe(0);
	});

	it('at 40×10: the header, a team store that fails its checks (its sentence, S back), and the copy question fit', async () => {
		const folder = await labStore();
		const {session} = await startTui({secrets: {MINE: 'personal-value-5678'}, cols: 40, rows: 10, prepare: register(folder)});
		let screen = await session.waitFor('MINE');
		expect(header(screen)).toBe('secrets-tui  [S] personal  1 secret');
		await session.press('C');
		screen = await session.waitFor('Copy MINE to which store? 1 lab');
		expect(screen).toContain('1-9 store');
		await session.press('1');
		await session.waitFor('Copy MINE to lab/MINE? (y/N)');
		await session.press('n');
		await session.waitFor('Copied nothing');
		fs.chmodSync(folder, 0o2775);
		await glued(session, 'S\r');
		screen = await session.waitFor('is open to');
		expect(header(screen)).toBe('secrets-tui  [S] team lab  0 secrets');
		expect(screen.trimEnd().split('\n').at(-1)).toMatch(/^↑↓ scroll {2}S switch store +q quit$/);
		// Six rows do not hold the sentence: the fix, last, scrolls into view.
		expect(screen).not.toContain('chmod o=');
		// Glued in one write, as a slow link or key repeat under load delivers them: each scrolls a line.
		await glued(session, 'jjjjjj');
		screen = await session.waitFor('The list reloads when the file');
		expect(screen).toContain('can run: chmod o=');
		await session.press('S');
		screen = await session.waitFor((text) => header(text).startsWith('secrets-tui  [S] personal') && text.includes('MINE'));
		expect(screen).not.toContain('outside');
		fs.chmodSync(folder, 0o2770);
		expect(await member(['list', '--store', 'lab', '--names'])).toBe('wandb\n');
		session.process.write('q');
		expect(await session.exited).toBe(0);
	});
});
