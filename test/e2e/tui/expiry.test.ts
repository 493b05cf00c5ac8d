// The list marks expired secrets red and those expiring within 14 days magenta (yellow is unreadable on a
// light background: ui/shared/colour.ts); the details say when.
import {describe, expect, it} from 'vitest';
import type {PtySession} from '../../helpers/pty.js';
import {startTui} from './start.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The palette colour (0-15) the terminal draws the first letter of `name` in, or -1 for the default. */
async function nameColour(session: PtySession, name: string): Promise<number> {
	const lines = await session.screen();
	const row = lines.findIndex((line) => line.slice(2).startsWith(name + ' '));
	const buffer = session.term.buffer.active;
	const cell = buffer.getLine(buffer.viewportY + row)!.getCell(2)!;
	return cell.isFgPalette() ? cell.getFgColor() : -1;
}

describe('expiry in the TUI', () => {
	it('draws expired names red, expiring ones magenta, others plain; the details say when', async () => {
		const {session, store} = await startTui({cols: 120, rows: 20, env: {NO_COLOR: undefined as unknown as string, FORCE_COLOR: '1'}});
		await store.set('OLD', 'old-value-long', {expires: day(-2)});
		await store.set('SOON', 'soon-value-long', {expires: day(3), note: 'ask the admin'});
		await store.set('LATER', 'later-value-long', {expires: day(60)});
		await session.waitFor('SOON', 10_000);
		expect(await nameColour(session, 'OLD')).toBe(1);
		expect(await nameColour(session, 'SOON')).toBe(5);
		expect(await nameColour(session, 'LATER')).toBe(-1);
		await session.press('j', 'j');
		const screen = await session.waitFor(/› SOON/);
		expect(screen).toContain(`expires  ${day(3)}, expires in 3 days`);
		expect(screen).toContain('note     ask the admin');
	});
});
