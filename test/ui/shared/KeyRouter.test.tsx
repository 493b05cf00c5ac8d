// The one key reader (KeyRouter + useKeys): each key reaches the screen the keys before it left, and
// raw mode stays on while one screen replaces another.
import {afterEach, describe, expect, it} from 'vitest';
import {tempHome} from '../../helpers/temp.js';
import {writeStore} from '../entries.js';
import {KEY, delay, renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

function open() {
	const home = tempHome();
	writeStore(home, {alpha: 'value-a', beta: 'value-b'});
	const app = renderApp(home);
	cleanup.push(() => app.unmount());
	return app;
}

const LIST_FOOTER = 'Space reveal';
const DETAILS_FOOTER = 'Esc/i/q close';

describe('keys and screens', () => {
	it('hands a key read before the new screen is drawn to the new screen: i then i opens and closes the details', async () => {
		const app = open();
		await app.waitFor(LIST_FOOTER);
		// Two reads in one go: the second comes before React has drawn the details.
		app.stdin.write('i');
		app.stdin.write('i');
		await delay(200);
		const frame = await app.waitFor(LIST_FOOTER);
		expect(frame).not.toContain(DETAILS_FOOTER);
		// j then i: the list moves to beta, then opens beta's details.
		app.stdin.write('j');
		app.stdin.write('i');
		const details = await app.waitFor(DETAILS_FOOTER);
		expect(details.split('\n')[1]).toBe('beta');
	});

	it('never leaves raw mode while one screen replaces another', async () => {
		const app = open();
		const calls: boolean[] = [];
		// ink-testing-library's stdin takes no argument; ink passes one.
		const stdin = app.stdin as unknown as {setRawMode: (on: boolean) => void};
		const setRawMode = stdin.setRawMode.bind(stdin);
		stdin.setRawMode = (on: boolean) => {
			calls.push(on);
			setRawMode(on);
		};

		await app.waitFor(LIST_FOOTER);
		await app.press('i');
		await app.waitFor(DETAILS_FOOTER);
		await app.press(KEY.escape);
		await app.waitFor(LIST_FOOTER);
		await app.press('?');
		await app.waitFor((text) => !text.includes(LIST_FOOTER));
		await app.press(KEY.escape, 'o');
		await app.waitFor('value-a');
		await app.press(KEY.escape);
		await app.waitFor(LIST_FOOTER);
		// On since the first frame; neither turned off nor on again by any change of screen.
		expect(calls).toEqual([]);
	});
});
