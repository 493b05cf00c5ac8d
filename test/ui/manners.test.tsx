// The TUI's manners with ink-testing-library: what the header counts, when the status line fades, the
// question's footer, the filter kept after an edit, the help's scrolling and the order of names.
import fs from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {EXAMPLE_DEFINITIONS} from '../../source/environments/definitions-file.js';
import {tempDir, tempHome} from '../helpers/temp.js';
import {writeStore} from './entries.js';
import {KEY, delay, lineWith, renderApp} from './render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

function open(secrets: Record<string, string>, props: Parameters<typeof renderApp>[1] = {}) {
	const home = tempHome();
	writeStore(home, secrets);
	const app = renderApp(home, props);
	cleanup.push(() => app.unmount());
	return {...app, home};
}

const header = (frame: string) => frame.split('\n')[0] ?? '';
const footer = (frame: string) => frame.split('\n').at(-1) ?? '';

async function save(app: ReturnType<typeof open>, name: string, value: string) {
	await app.press('a');
	await app.waitFor('Add a secret');
	await app.type(name);
	await app.press(KEY.enter);
	await app.type(value);
	await app.press(KEY.enter);
	return app.waitFor(`Saved ${name}`);
}

describe('TUI manners', () => {
	it('counts in the header only the shown values the filter leaves on screen', async () => {
		const app = open({ALPHA: 'alpha-value', BETA: 'beta-value'});
		await app.waitFor('BETA');
		await app.press(' ');
		expect(header(await app.waitFor('alpha-value'))).toContain('2 secrets, 1 shown');
		await app.press('/');
		await app.type('bet');
		let frame = await app.waitFor((frame) => !frame.includes('ALPHA'));
		expect(header(frame)).toBe('secrets-tui  2 secrets');
		await app.press(KEY.escape);
		frame = await app.waitFor('alpha-value');
		expect(header(frame)).toContain('1 shown');
	});

	it('lets a status fade at the next key', async () => {
		const app = open({A: 'a'});
		await app.waitFor('A ');
		await save(app, 'NEW', 'new-value');
		await app.press('j');
		const frame = await app.waitFor((frame) => !frame.includes('Saved NEW'));
		expect(frame).toContain('NEW');
	});

	it('lets a status fade after a while, and keeps a question until it is answered', async () => {
		const app = open({A: 'a'}, {statusFadeMs: {info: 150, error: 150}});
		await app.waitFor('A ');
		await save(app, 'NEW', 'new-value');
		await app.waitFor((frame) => !frame.includes('Saved NEW'));
		await app.press('d');
		await app.waitFor('Delete NEW? (y/N)');
		await delay(400);
		expect(app.frame()).toContain('Delete NEW? (y/N)');
		await app.press('n');
		await app.waitFor('Kept NEW');
		await app.waitFor((frame) => !frame.includes('Kept NEW'));
	});

	it('offers y and any other key in the footer while asking to overwrite, as delete does', async () => {
		const app = open({TAKEN: 'old'});
		await app.waitFor('TAKEN');
		await app.press('d');
		expect(footer(await app.waitFor('Delete TAKEN?'))).toBe('y yes  any other key no');
		await app.press('n');
		await app.waitFor('Kept TAKEN');
		await app.press('e');
		await app.waitFor('Overwrite TAKEN');
		await app.type('new');
		await app.press(KEY.enter);
		const frame = await app.waitFor('Overwrite TAKEN? (y/N)');
		expect(footer(frame)).toBe('y yes  any other key no');
		await app.press('n');
		expect(footer(await app.waitFor('was kept as it is'))).toContain('Esc cancel');
	});

	it('keeps the filter after a successful edit, as after Esc', async () => {
		const app = open({API_KEY: 'one', API_URL: 'two', OTHER: 'three'});
		await app.waitFor('OTHER');
		await app.press('/');
		await app.type('api');
		await app.press(KEY.enter);
		await app.waitFor((frame) => !frame.includes('OTHER'));
		await app.press('j', 'e');
		await app.waitFor('Overwrite API_URL');
		await app.type('changed');
		await app.press(KEY.enter);
		await app.waitFor('Overwrite API_URL? (y/N)');
		await app.press('y');
		const frame = await app.waitFor('Changed API_URL');
		expect(frame).toContain('/api');
		expect(frame).not.toContain('OTHER');
		expect(lineWith(frame, '›')).toContain('API_URL');
	});

	it('shows a new secret the filter would hide by clearing the filter', async () => {
		const app = open({API_KEY: 'one', OTHER: 'three'});
		await app.waitFor('OTHER');
		await app.press('/');
		await app.type('api');
		await app.press(KEY.enter);
		await app.waitFor((frame) => !frame.includes('OTHER'));
		const frame = await save(app, 'ZULU', 'z');
		expect(frame).not.toContain('/api');
		expect(lineWith(frame, '›')).toContain('ZULU');
	});

	it('scrolls the help with PgDn/PgUp, End/Home and G/g as well as j/k', async () => {
		const app = open({A: 'a'});
		await app.waitFor('A ');
		await app.press('?');
		const first = await app.waitFor('Secret list');
		const top = first.split('\n')[1];
		await app.press(KEY.pageDown);
		const paged = await app.waitFor((frame) => frame.split('\n')[1] !== top);
		await app.press(KEY.pageUp);
		await app.waitFor((frame) => frame.split('\n')[1] === top);
		await app.press('G');
		const bottom = await app.waitFor((frame) => frame.includes('Run panel: no definitions'));
		expect(bottom).not.toBe(paged);
		await app.press('g');
		await app.waitFor((frame) => frame.split('\n')[1] === top);
		await app.press('\u001B[F');
		await app.waitFor((frame) => frame.includes('Run panel: no definitions'));
		await app.press('\u001B[H');
		await app.waitFor((frame) => frame.split('\n')[1] === top);
		await app.press('j');
		await app.waitFor((frame) => frame.split('\n')[1] !== top);
	});

	it('sorts names ignoring case, with one fixed order for names that differ only in case', async () => {
		const app = open({ZULU: '1', 'db-password': '2', API_KEY: '3', Db_host: '4', api_key: '5', DB_USER: '6'});
		const frame = await app.waitFor('ZULU');
		const names = frame
			.split('\n')
			.filter((line) => line.includes('••••'))
			.map((line) => line.slice(2).split(' ')[0])
			.filter((name) => name && /^[A-Za-z]/.test(name));
		expect(names).toEqual(['API_KEY', 'api_key', 'db-password', 'Db_host', 'DB_USER', 'ZULU']);
	});

	it('offers only the keys that do something: Enter saves when overwriting (its fields are the value, note and expiry), only quit on a damaged store', async () => {
		const app = open({TAKEN: 'old'});
		await app.waitFor('TAKEN');
		await app.press('a');
		expect(footer(await app.waitFor('Add a secret'))).toBe('Enter next/save  ↓/Tab field  Ctrl+T show value  Esc cancel');
		await app.press(KEY.escape);
		await app.waitFor('q quit');
		await app.press('e');
		expect(footer(await app.waitFor('Overwrite TAKEN'))).toBe('Enter save  ↓/Tab field  Ctrl+T show value  Esc cancel');

		const home = tempHome();
		fs.mkdirSync(home, {recursive: true, mode: 0o700});
		fs.writeFileSync(`${home}/secrets.json`, '{not json', {mode: 0o600});
		const damaged = renderApp(home);
		cleanup.push(() => damaged.unmount());
		const frame = await damaged.waitFor('is damaged');
		expect(footer(frame).trim()).toBe('q quit');
		await damaged.press('q');
		await damaged.waitFor((frame) => frame.trim() === '');
	});

	it('cuts a screen taller than the terminal at the bottom, never drawing its rows over each other (40×10)', async () => {
		const app = open({A: 'a'}, {envsFiles: [`${tempDir()}/missing.yaml`]});
		await app.waitFor('A ');
		Object.defineProperty(app.stdout, 'columns', {configurable: true, get: () => 40});
		Object.defineProperty(app.stdout, 'rows', {configurable: true, get: () => 10});
		app.stdout.emit('resize');
		await app.waitFor((frame) => frame.split('\n').length <= 9);
		await app.press('r');
		const frame = await app.waitFor('No environment definitions yet');
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(9);
		// The example's rows, as far as they fit: each one a line of the example (cut with … when long).
		const example = lines.slice(lines.findIndex((line) => line.endsWith('example:')) + 1, -1).filter((line) => line.trim() !== '');
		expect(example.length).toBeGreaterThan(0);
		for (const line of example) {
			const shown = line.slice(2).replace(/…$/, '');
			expect(EXAMPLE_DEFINITIONS.split('\n').some((row) => row.startsWith(shown)), line).toBe(true);
		}

		// Taller than the screen: it scrolls, and the footer says so.
		expect(footer(frame)).toBe('Esc/Enter close  ↑↓ scroll');
	});
});
