// `o` shows a value whole at any width: every character, wrapped, scrolled with the usual keys, with
// `line X of Y`; the form's Ctrl+T shows a value of several lines the same way.
import {describe, expect, it} from 'vitest';
import {KEYS} from '../../helpers/pty.js';
import {paste, startTui} from './start.js';

const LONG = Array.from({length: 20_000}, (_, index) => String(index % 10).repeat(9) + '|').join('').slice(0, 200_000);

/** The value rows on the screen: between the title row and the `line X of Y` row. */
function valueRowsOn(screen: string): string[] {
	const lines = screen.split('\n');
	const end = lines.findIndex((line) => /^line \d+ of \d+/.test(line));
	return lines.slice(2, end);
}

describe('o (the value whole)', () => {
	for (const [cols, rows] of [
		[40, 10],
		[100, 30],
		[200, 50],
	] as const) {
		it(`wraps a 200,000-character line at ${cols}×${rows} and scrolls to its end`, async () => {
			const {session} = await startTui({secrets: {LONG}, cols, rows});
			await session.press('o');
			const total = Math.ceil(LONG.length / cols);
			let screen = await session.waitFor(`line 1 of ${total}`, 15_000);
			const shown = valueRowsOn(screen);
			expect(shown.length).toBeGreaterThan(0);
			expect(shown.join('')).toBe(LONG.slice(0, shown.length * cols));
			expect(shown.join('')).not.toContain('…');
			await session.press('G');
			screen = await session.waitFor(new RegExp(`line ${total - shown.length + 1} of ${total}`));
			expect(valueRowsOn(screen).join('')).toBe(LONG.slice((total - shown.length) * cols));
			await session.press(KEYS.pageUp);
			await session.waitFor(`line ${total - 2 * shown.length + 1} of ${total}`);
			await session.press('g', 'j');
			screen = await session.waitFor(`line 2 of ${total}`);
			expect(valueRowsOn(screen)[0]).toBe(LONG.slice(cols, 2 * cols));
		});
	}

	it('shows a URL whole at 40 columns', async () => {
		const url = 'https://hpc.example.ac.uk/api/v2/projects/materials/jobs?token_scope=read&expires=2027-03-01';
		const {session} = await startTui({secrets: {URL: url}, cols: 40, rows: 10});
		await session.press('o');
		const screen = await session.waitFor('line 1 of 3');
		expect(valueRowsOn(screen).join('')).toBe(url);
	});
});

describe('the form shows a value of several lines whole (Ctrl+T)', () => {
	it('wraps it below the field and scrolls it with PgDn/PgUp', async () => {
		const lines = Array.from({length: 30}, (_, index) => `line-${String(index + 1).padStart(2, '0')}-${'k'.repeat(50)}`);
		const {session} = await startTui({secrets: {OTHER: 'x'}, cols: 40, rows: 20});
		await session.press('a');
		await session.waitFor('Add a secret');
		await session.type('PEM');
		await session.press(KEYS.enter);
		await paste(session, lines.join('\r'));
		await session.press(KEYS.ctrlT);
		// 30 lines of 58 characters take two rows each at 40 columns.
		let screen = await session.waitFor('line 1 of 60');
		expect(screen).toContain('line-01-' + 'k'.repeat(32));
		await session.press(KEYS.pageDown);
		screen = await session.waitFor(/line (?!1 )\d+ of 60/);
		const first = Number(/line (\d+) of 60/.exec(screen)![1]);
		// Each line takes two rows: the first line starting in view.
		expect(screen).toContain(`line-${String(Math.ceil((first + 1) / 2)).padStart(2, '0')}-`);
		expect(screen).not.toContain('line-01-');
		await session.press(KEYS.pageUp);
		await session.waitFor('line 1 of 60');
		await session.press(KEYS.enter);
		await session.waitFor('Saved PEM');
	});
});
