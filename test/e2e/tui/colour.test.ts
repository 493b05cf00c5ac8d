// The built TUI in a real terminal, 100×30: with NO_COLOR=1 or --no-color it writes no colour code at
// all, yet the expired secret is marked in words and the selection by `›` and inverse; with colour on
// the expired name is red.
import {describe, expect, it} from 'vitest';
import type {PtySession} from '../../helpers/pty.js';
import {colourParameters} from '../../helpers/sgr.js';
import {startTui} from './start.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The cell where `text` starts on the screen. */
async function cellOf(session: PtySession, text: string) {
	const lines = await session.screen();
	const row = lines.findIndex((line) => line.includes(text));
	const buffer = session.term.buffer.active;
	return buffer.getLine(buffer.viewportY + row)!.getCell(lines[row]!.indexOf(text))!;
}

async function openWithExpiry(options: Parameters<typeof startTui>[0]) {
	const {session, store} = await startTui({cols: 100, rows: 30, ...options});
	await store.set('AOLD', 'old-value-long', {expires: day(-2)});
	await store.set('BSOON', 'soon-value-long', {expires: day(3)});
	await store.set('CPLAIN', 'plain-value-long');
	const screen = await session.waitFor('CPLAIN', 10_000);
	return {session, screen};
}

describe('colour in a real terminal', () => {
	const cases: Array<[string, Parameters<typeof startTui>[0]]> = [
		['NO_COLOR=1', {env: {NO_COLOR: '1'}}],
		['--no-color, FORCE_COLOR=1 notwithstanding', {args: ['--no-color'], env: {NO_COLOR: undefined as unknown as string, FORCE_COLOR: '1'}}],
	];
	for (const [label, options] of cases) {
		it(`with ${label}: no colour code, the expired secret marked in words, the selection by › and inverse`, async () => {
			const {session, screen} = await openWithExpiry(options);
			const lines = screen.split('\n');
			expect(lines.find((line) => line.includes('AOLD'))).toMatch(/^› AOLD +•+ expired +\S/);
			expect(lines.find((line) => line.includes('BSOON'))).toMatch(/^ {2}BSOON +•+ expiring/);
			expect(lines.find((line) => line.includes('CPLAIN'))).not.toMatch(/expir/);
			expect((await cellOf(session, 'AOLD')).isInverse()).toBeTruthy();
			expect((await cellOf(session, 'BSOON')).isInverse()).toBeFalsy();
			// The selection moves: the mark and the inverse go with it.
			await session.press('j');
			await session.waitFor(/^› BSOON/m);
			expect((await cellOf(session, 'BSOON')).isInverse()).toBeTruthy();
			expect((await cellOf(session, 'AOLD')).isInverse()).toBeFalsy();
			expect(colourParameters(session.raw)).toEqual([]);
			// Not a screen without colour codes because nothing was styled: the mask is dim.
			expect((await cellOf(session, '••')).isDim()).toBeTruthy();
		});
	}

	it('with colour on (FORCE_COLOR=1, no NO_COLOR): the expired name red, the mark too', async () => {
		const {session} = await openWithExpiry({env: {NO_COLOR: undefined as unknown as string, FORCE_COLOR: '1'}});
		expect(colourParameters(session.raw)).toContain(31);
		const cell = await cellOf(session, 'expired');
		expect(cell.isFgPalette() ? cell.getFgColor() : -1).toBe(1);
	});
});
