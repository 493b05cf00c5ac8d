// The TUI on a store at the size limit (about a million secrets, just under 128 MiB): it starts, scrolls
// to the end and back, filters, and quits clean.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {LARGE_COUNT, largeName, writeLargeStore} from '../../helpers/large-store.js';
import {KEYS, PtySession, delay} from '../../helpers/pty.js';

const sessions: PtySession[] = [];
const made: string[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}

	for (const dir of made.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

const selectedRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('›')) ?? '';
/** Minutes only on a shared machine under load: every step reads or sorts a million names. */
const SLOW = 240_000;

describe(`the TUI on a store of ${LARGE_COUNT.toLocaleString('en')} secrets`, () => {
	it('starts, scrolls to the end and back, filters and quits', {timeout: SLOW}, async () => {
		const base = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-large-'));
		made.push(base);
		const home = path.join(base, 'home');
		writeLargeStore(home);
		const session = new PtySession({home, cwd: home, cols: 100, rows: 30});
		sessions.push(session);
		const settled = async (match: Parameters<PtySession['waitFor']>[0]) => {
			const screen = await session.waitFor(match, SLOW / 4);
			await delay(60);
			return screen;
		};

		await settled((s) => selectedRow(s).includes(largeName(0)));
		await session.press('G');
		await settled((s) => selectedRow(s).includes(largeName(LARGE_COUNT - 1)));
		await session.press('g');
		await settled((s) => selectedRow(s).includes(largeName(0)));
		await session.press(KEYS.pageDown);
		await settled((s) => !selectedRow(s).includes(largeName(0)) && selectedRow(s).startsWith('› S00000'));
		await session.press('/');
		await session.type('S0765432');
		const filtered = await settled((s) => selectedRow(s).includes(largeName(765_432)) && !s.includes(largeName(0)));
		expect(filtered).not.toContain(largeName(765_433));
		// Clearing the filter keeps the selection, now among all the names again.
		await session.press(KEYS.escape);
		await settled((s) => selectedRow(s).includes(largeName(765_432)) && s.includes(largeName(765_431)));
		await session.press('q');
		expect(await session.exited).toBe(0);
	});
});
