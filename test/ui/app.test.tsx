// Every interaction of the list screen, rendered with ink-testing-library against a real store file.
import fs from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {MASK} from '../../source/ui/shared/format.js';
import {tempHome} from '../helpers/temp.js';
import {readValues, writeStore} from './entries.js';
import {KEY, delay, lineWith, renderApp} from './render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

function open(secrets: Record<string, string> | undefined, props: Parameters<typeof renderApp>[1] = {}) {
	const home = tempHome();
	if (secrets) {
		writeStore(home, secrets);
	}

	const app = renderApp(home, props);
	cleanup.push(() => app.unmount());
	return {...app, home};
}

const selectedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('›')) ?? '';

describe('the list', () => {
	it('shows rows sorted by name with one fixed mask, whatever the value length, and the update time', async () => {
		const app = open({ZED: 'a', ALPHA: 'a much longer value than the other one', MID: 'mid'});
		const frame = await app.waitFor('ALPHA');
		const rows = frame.split('\n').filter((line) => /ALPHA|MID|ZED/.test(line));
		expect(rows.map((row) => row.match(/ALPHA|MID|ZED/)![0])).toEqual(['ALPHA', 'MID', 'ZED']);
		for (const row of rows) {
			expect(row).toContain(MASK);
			expect(row).toMatch(/ago|just now/);
			expect(row.replaceAll(/\s+/g, ' ')).not.toMatch(/•{9}/);
		}

		expect(frame).not.toContain('a much longer');
		expect(selectedLine(frame)).toContain('ALPHA');
		expect(frame).toContain('3 secrets');
	});

	it('moves with arrows, j/k, g/G, PgUp/PgDn and keeps the selection in the window', async () => {
		const secrets = Object.fromEntries(Array.from({length: 60}, (_, index) => [`K${String(index).padStart(2, '0')}`, `v${index}`]));
		const app = open(secrets);
		await app.waitFor('K00');
		await app.press('j', KEY.down);
		await app.waitFor((frame) => selectedLine(frame).includes('K02'));
		await app.press('k');
		await app.waitFor((frame) => selectedLine(frame).includes('K01'));
		await app.press('G');
		let frame = await app.waitFor((frame) => selectedLine(frame).includes('K59'));
		expect(frame).not.toContain('K00');
		await app.press('g');
		frame = await app.waitFor((frame) => selectedLine(frame).includes('K00'));
		expect(frame).not.toContain('K59');
		await app.press(KEY.pageDown);
		frame = await app.waitFor((frame) => selectedLine(frame).includes('K20'));
		await app.press(KEY.pageUp, KEY.up);
		await app.waitFor((frame) => selectedLine(frame).includes('K00'));
	});

	it('renders only the rows that fit (a window of 10,000)', async () => {
		const secrets = Object.fromEntries(Array.from({length: 10_000}, (_, index) => [`N${String(index).padStart(5, '0')}`, 'x']));
		const app = open(secrets);
		const frame = await app.waitFor('N00000');
		expect(frame.split('\n').length).toBeLessThanOrEqual(24);
		expect(frame).toContain('10000 secrets');
		await app.press('G');
		await app.waitFor((frame) => selectedLine(frame).includes('N09999'));
	});

	it('shows how to add the first secret when the store is empty', async () => {
		const app = open(undefined);
		const frame = await app.waitFor('No secrets yet');
		expect(frame).toContain('Press a to add the first one');
	});

	it('shows the error sentence of a damaged store instead of crashing', async () => {
		const home = tempHome();
		fs.mkdirSync(home, {recursive: true, mode: 0o700});
		fs.writeFileSync(`${home}/secrets.json`, '{not json', {mode: 0o600});
		const app = renderApp(home);
		cleanup.push(() => app.unmount());
		await app.waitFor(/is damaged at line 1, column 2/);
	});

	it('shows the sentence for a store other users can read', async () => {
		const home = tempHome();
		writeStore(home, {A: 'a'});
		fs.chmodSync(`${home}/secrets.json`, 0o644);
		const app = renderApp(home);
		cleanup.push(() => app.unmount());
		await app.waitFor(/can be read or written by other users/);
		fs.chmodSync(`${home}/secrets.json`, 0o600);
		await app.waitFor((frame) => frame.includes('1 secret') && !frame.includes('other users'), 3000);
	});

	it('picks up a change made by another process within two seconds', async () => {
		const app = open({FIRST: 'one'});
		await app.waitFor('FIRST');
		await delay(50);
		writeStore(app.home, {FIRST: 'one', SECOND: 'two'});
		const started = Date.now();
		await app.waitFor('SECOND', 2000);
		expect(Date.now() - started).toBeLessThan(2000);
	});
});

describe('reveal', () => {
	it('Space and Enter toggle only the selected row', async () => {
		const app = open({A: 'alpha-value', B: 'beta-value'});
		await app.waitFor('B ');
		await app.press(' ');
		let frame = await app.waitFor('alpha-value');
		expect(frame).not.toContain('beta-value');
		expect(lineWith(frame, 'B ')).toContain(MASK);
		await app.press(KEY.enter);
		frame = await app.waitFor((frame) => !frame.includes('alpha-value'));
		await app.press('j', KEY.enter);
		frame = await app.waitFor('beta-value');
		expect(frame).not.toContain('alpha-value');
	});

	it('v shows and masks every row', async () => {
		const app = open({A: 'alpha-value', B: 'beta-value'});
		await app.waitFor('A ');
		await app.press('v');
		await app.waitFor((frame) => frame.includes('alpha-value') && frame.includes('beta-value'));
		await app.press('v');
		await app.waitFor((frame) => !frame.includes('alpha-value') && !frame.includes('beta-value'));
	});

	it('masks again after the reveal timeout', async () => {
		const app = open({A: 'alpha-value'}, {revealTimeoutMs: 300});
		await app.waitFor('A ');
		await app.press(' ');
		await app.waitFor('alpha-value');
		await app.waitFor((frame) => !frame.includes('alpha-value') && frame.includes(MASK), 2000);
	});

	it('shows the first line of a multi-line value with how many more lines, and the whole value in the detail view', async () => {
		const app = open({CERT: 'line-one\nline-two\nline-three'});
		await app.waitFor('CERT');
		await app.press(' ');
		const frame = await app.waitFor('line-one (+2 lines)');
		expect(frame).not.toContain('line-two');
		await app.press('o');
		const detail = await app.waitFor('line-three');
		expect(detail).toContain('line-two');
		expect(detail).toContain('3 lines');
		await app.press(KEY.escape);
		await app.waitFor((frame) => !frame.includes('line-three') && frame.includes('CERT'));
	});

	it('never sends a value’s control characters to the terminal', async () => {
		const app = open({EVIL: 'x\u001B[2Jy\u0007z'});
		await app.waitFor('EVIL');
		await app.press(' ');
		const frame = await app.waitFor('x\\x1b[2Jy\\x07z');
		expect(frame).not.toContain('\u0007');
	});
});

describe('filter', () => {
	it('/ filters by name substring as you type and Esc clears it', async () => {
		const app = open({GITHUB_TOKEN: 'g', GITLAB_TOKEN: 'l', NPM_TOKEN: 'n'});
		await app.waitFor('NPM_TOKEN');
		await app.press('/');
		await app.type('git');
		let frame = await app.waitFor((frame) => !frame.includes('NPM_TOKEN'));
		expect(frame).toContain('GITHUB_TOKEN');
		expect(frame).toContain('GITLAB_TOKEN');
		expect(frame).toContain('2 of 3');
		await app.type('hu');
		frame = await app.waitFor((frame) => !frame.includes('GITLAB_TOKEN'));
		await app.press(KEY.backspace, KEY.backspace);
		await app.waitFor('GITLAB_TOKEN');
		await app.type('zz');
		await app.waitFor('No secret name contains “gitzz”');
		await app.press(KEY.escape);
		frame = await app.waitFor('NPM_TOKEN');
		expect(frame).toContain('GITHUB_TOKEN');
	});

	it('loses no character typed faster than frames are drawn', async () => {
		const app = open({GITHUB_TOKEN: 'g', NPM_TOKEN: 'n'});
		await app.waitFor('NPM_TOKEN');
		await app.press('/');
		for (const character of 'github') {
			app.stdin.write(character);
		}

		await app.waitFor((frame) => frame.includes('/github') && !frame.includes('NPM_TOKEN'));
		await app.press(KEY.escape, 'a');
		await app.waitFor('Add a secret');
		for (const character of 'FAST_NAME') {
			app.stdin.write(character);
		}

		await app.waitFor('Name : FAST_NAME');
	});

	it('a key right after Enter on the filter goes to the list, not the filter', async () => {
		const app = open({A_ONE: '1', B_ONE: '2', B_TWO: '3'});
		await app.waitFor('A_ONE');
		for (const key of ['/', 'b', '_', KEY.enter, 'j']) {
			app.stdin.write(key);
		}

		const frame = await app.waitFor((frame) => selectedLine(frame).includes('B_TWO'));
		expect(frame).toContain('/b_ ');
	});

	it('keys that arrive together act one after another on the latest state', async () => {
		const app = open({A: 'one', B: 'two', C: 'three'});
		await app.waitFor('C ');
		// "je" in one read: move down, then overwrite the row below (B), not the row of the last frame.
		app.stdin.write('je');
		await app.waitFor('Overwrite B');
		// The field starts with B's value: Ctrl+U clears it, then the new value and Enter, in one read.
		app.stdin.write('\u0015new\r');
		await app.waitFor('Overwrite B? (y/N)');
		await app.press('y');
		await app.waitFor('Changed B');
		expect(readValues(app.home).B).toBe('new');
		// "dy" in one read deletes the selected row.
		app.stdin.write('dy');
		await app.waitFor('Deleted B');
		expect(readValues(app.home)).toEqual({A: 'one', C: 'three'});
		// A name, Enter and a value in one read.
		await app.press('a');
		await app.waitFor('Add a secret');
		app.stdin.write('FAST\rvalue');
		await app.waitFor('•••••');
		await app.press(KEY.enter);
		await app.waitFor('Saved FAST');
		expect(readValues(app.home).FAST).toBe('value');
	});

	it('keeps the line breaks of a multi-line value pasted into the form', async () => {
		const app = open({});
		await app.waitFor('No secrets yet');
		await app.press('a');
		await app.waitFor('Add a secret');
		await app.type('PEM');
		await app.press(KEY.enter);
		app.stdin.write('line one\rline two\r');
		await app.waitFor('Saved PEM');
		expect(readValues(app.home).PEM).toBe('line one\nline two');
	});

	it('Enter keeps the filter and the list keys work on the filtered rows', async () => {
		const app = open({A_ONE: '1', B_ONE: '2', B_TWO: '3'});
		await app.waitFor('A_ONE');
		await app.press('/');
		await app.type('b_');
		await app.press(KEY.enter, 'j', ' ');
		const frame = await app.waitFor((frame) => lineWith(frame, 'B_TWO').includes(' 3 '));
		expect(frame).not.toContain('A_ONE');
		expect(frame).toContain('/b_');
	});
});

describe('forms', () => {
	it('adds a secret: name, then a masked value, Enter saves; the status says so', async () => {
		const app = open({EXISTING: 'x'});
		await app.waitFor('EXISTING');
		await app.press('a');
		await app.waitFor('Add a secret');
		await app.type('NEW_KEY');
		await app.press(KEY.enter);
		await app.type('hunter2');
		let frame = await app.waitFor('•••••••');
		expect(frame).not.toContain('hunter2');
		await app.press(KEY.ctrlT);
		frame = await app.waitFor('hunter2');
		await app.press(KEY.ctrlT);
		await app.waitFor((frame) => !frame.includes('hunter2'));
		await app.press(KEY.enter);
		frame = await app.waitFor('Saved NEW_KEY');
		expect(selectedLine(frame)).toContain('NEW_KEY');
		expect(readValues(app.home)).toEqual({EXISTING: 'x', NEW_KEY: 'hunter2'});
	});

	it('shows the name and value rules inline and keeps the form open', async () => {
		const app = open({});
		await app.waitFor('No secrets yet');
		await app.press('a');
		await app.waitFor('Add a secret');
		await app.type('9lives');
		await app.press(KEY.enter);
		await app.waitFor('"9lives" is not a valid name');
		await app.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
		await app.type('LIVES');
		await app.press(KEY.enter, KEY.enter);
		await app.waitFor('The value is empty');
		expect(readValues(app.home)).toEqual({});
		await app.press(KEY.escape);
		await app.waitFor('No secrets yet');
	});

	it('asks before adding over an existing name: n keeps the old value, y overwrites', async () => {
		const app = open({TAKEN: 'old'});
		await app.waitFor('TAKEN');
		await app.press('a');
		await app.waitFor('Add a secret');
		await app.type('TAKEN');
		await app.press(KEY.enter);
		await app.type('new');
		await app.press(KEY.enter);
		await app.waitFor('Overwrite TAKEN? (y/N)');
		await app.press('n');
		await app.waitFor('TAKEN exists and was kept');
		expect(readValues(app.home)).toEqual({TAKEN: 'old'});
		// Back on the name: Enter goes to the value, Enter asks again; any key but y is a no.
		await app.press(KEY.enter, KEY.enter);
		await app.waitFor('Overwrite TAKEN? (y/N)');
		await app.press(KEY.enter);
		await app.waitFor('TAKEN exists and was kept');
		expect(readValues(app.home)).toEqual({TAKEN: 'old'});
		await app.press(KEY.enter, KEY.enter);
		await app.waitFor('Overwrite TAKEN? (y/N)');
		await app.press('y');
		await app.waitFor('Changed TAKEN');
		expect(readValues(app.home)).toEqual({TAKEN: 'new'});
	});

	it('e overwrites the selected secret with its name fixed, after y', async () => {
		const app = open({A: 'one', B: 'two'});
		await app.waitFor('B ');
		await app.press('j', 'e');
		await app.waitFor('Overwrite B');
		// The field starts with the current value, the cursor at its end: Ctrl+W erases it (a word).
		await app.press(KEY.ctrlT);
		await app.waitFor('Value: two');
		await app.press('\u0017');
		await app.type('three');
		await app.press(KEY.enter);
		await app.waitFor('Overwrite B? (y/N)');
		await app.press('y');
		await app.waitFor('Changed B');
		expect(readValues(app.home)).toEqual({A: 'one', B: 'three'});
	});

	it('Esc cancels the form without writing', async () => {
		const app = open({A: 'one'});
		await app.waitFor('A ');
		await app.press('e');
		await app.waitFor('Overwrite A');
		await app.type('changed');
		await app.press(KEY.escape);
		await app.waitFor((frame) => !frame.includes('Overwrite') && frame.includes('A '));
		expect(readValues(app.home)).toEqual({A: 'one'});
	});

	it('d deletes only after y', async () => {
		const app = open({A: 'one', B: 'two'});
		await app.waitFor('B ');
		await app.press('d');
		await app.waitFor('Delete A? (y/N)');
		await app.press('n');
		await app.waitFor('Kept A');
		expect(readValues(app.home)).toEqual({A: 'one', B: 'two'});
		await app.press('d', 'y');
		await app.waitFor('Deleted A');
		await app.waitFor((frame) => !frame.includes('A ') || !/^. A /m.test(frame));
		expect(readValues(app.home)).toEqual({B: 'two'});
	});
});

describe('copy, help, run panel, quit', () => {
	it('c copies with OSC 52 and clears the clipboard later (outside tmux: an empty OSC 52)', async () => {
		// Inside tmux the clear deletes tmux's buffer instead (test/e2e/tui/clipboard-tmux.test.ts).
		const tmux = process.env.TMUX;
		delete process.env.TMUX;
		cleanup.push(() => {
			if (tmux !== undefined) {
				process.env.TMUX = tmux;
			}
		});
		const app = open({TOKEN: 'copy-me'}, {clipboardClearMs: 200});
		await app.waitFor('TOKEN');
		await app.press('c');
		await app.waitFor('Copied TOKEN to the clipboard');
		const written = () => app.stdout.frames.join('');
		expect(written()).toContain(`\u001B]52;c;${Buffer.from('copy-me').toString('base64')}\u0007`);
		await delay(400);
		expect(written()).toContain('\u001B]52;c;\u0007');
	});

	it('? shows every key from the key tables, and the footer the current screen’s', async () => {
		const app = open({A: 'a'});
		const frame = await app.waitFor('A ');
		expect(frame).toContain('? help');
		expect(frame).toContain('a add');
		await app.press('?');
		const help = await app.waitFor('Secret list');
		expect(help).toContain('Move the selection up.');
		expect(help).toContain('case-insensitive substring');
		await app.press(KEY.escape);
		await app.waitFor((frame) => !frame.includes('Move the selection up.'));
	});

	it('r opens the run panel; the list ignores keys while it is open; Esc closes it', async () => {
		const app = open({A: 'a', B: 'b'});
		await app.waitFor('B ');
		await app.press('r');
		await app.waitFor('Run panel');
		await app.press('j', 'j', 'q', KEY.ctrlC);
		await delay(50);
		expect(app.frame()).toContain('Run panel');
		await app.press(KEY.escape);
		const frame = await app.waitFor((frame) => !frame.includes('Run panel'));
		expect(selectedLine(frame)).toContain('A ');
	});

	it('q quits and leaves an empty last frame', async () => {
		const app = open({A: 'shown-value'});
		await app.waitFor('A ');
		await app.press(' ');
		await app.waitFor('shown-value');
		await app.press('q');
		await app.waitFor((frame) => frame.trim() === '');
	});

	it('Ctrl+C on the list quits', async () => {
		const app = open({A: 'a'});
		await app.waitFor('A ');
		await app.press(KEY.ctrlC);
		await app.waitFor((frame) => frame.trim() === '');
	});

	it('re-lays out on resize and stays usable at 40×10', async () => {
		const secrets = Object.fromEntries(Array.from({length: 30}, (_, index) => [`A_RATHER_LONG_SECRET_NAME_THAT_GOES_ON_${index}`, `value-${index}`]));
		const app = open(secrets);
		await app.waitFor('A_RATHER');
		Object.defineProperty(app.stdout, 'columns', {configurable: true, get: () => 40});
		Object.defineProperty(app.stdout, 'rows', {configurable: true, get: () => 10});
		app.stdout.emit('resize');
		const fits = (frame: string) => frame.split('\n').length <= 9 && frame.split('\n').every((line) => [...line].length <= 40);
		let frame = await app.waitFor(fits);
		expect(frame).toContain('? help');
		await app.press('G', ' ');
		frame = await app.waitFor((frame) => fits(frame) && selectedLine(frame).includes('value-'));
		await app.press('a');
		frame = await app.waitFor((frame) => fits(frame) && frame.includes('Add a secret'));
		await app.press(KEY.escape, '?');
		await app.waitFor((frame) => fits(frame) && frame.includes('Secret list'));
	});
});
