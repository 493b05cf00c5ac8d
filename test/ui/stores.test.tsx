// The store switcher and "copy to store…": the personal store and a team store (group root: the tests
// run as root), rendered with ink-testing-library against real files.
import path from 'node:path';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {addTeam} from '../../source/store/teams.js';
import {Stores} from '../../source/ui/stores.js';
import {tempDir, tempHome} from '../helpers/temp.js';
import {requireRoot} from '../helpers/users.js';
import {delay} from './render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

async function setUp() {
	requireRoot();
	const home = tempHome();
	const personal = new SecretStore(path.join(home, 'secrets.json'));
	await personal.set('MINE', 'personal-value-1');
	addTeam(home, 'lab', path.join(tempDir(), 'lab'), 'root');
	await personal.set('lab/wandb', 'team-value-2');
	const view = render(createElement(Stores, {personal, revealTimeoutMs: 30_000}));
	cleanup.push(() => view.unmount());
	const frame = () => view.lastFrame() ?? '';
	const waitFor = async (test: (frame: string) => boolean) => {
		for (let tries = 0; tries < 400; tries++) {
			if (test(frame())) {
				await delay(40);
				return frame();
			}

			await delay(25);
		}

		throw new Error(`Timed out; the frame:\n${frame()}`);
	};

	const press = async (key: string) => {
		view.stdin.write(key);
		await delay(40);
	};

	return {personal, frame, waitFor, press};
}

const header = (frame: string) => frame.split('\n')[0] ?? '';

describe('the store switcher', () => {
	it('s switches to the next store, named in the header, and lists its secrets; the details say who set a team secret', async () => {
		const app = await setUp();
		let frame = await app.waitFor((text) => text.includes('MINE'));
		expect(header(frame)).toMatch(/^secrets-tui {2}personal store {2}1 secret$/);
		await app.press('s');
		frame = await app.waitFor((text) => header(text).includes('team store lab'));
		expect(frame).toContain('wandb');
		expect(frame).not.toContain('MINE');
		await app.press('o');
		frame = await app.waitFor((text) => text.includes('team-value-2'));
		expect(header(frame.split('\n').slice(1).join('\n'))).toMatch(/^wandb {2}1 line, updated .* by root$/);
		await app.press('\u001B');
		await app.waitFor((text) => text.includes('Space reveal'));
		await app.press('s');
		frame = await app.waitFor((text) => header(text).includes('personal store'));
		expect(frame).toContain('MINE');
	});

	it('t copies the selected personal secret to a team store after asking which; any other key copies nothing', async () => {
		const app = await setUp();
		await app.waitFor((text) => text.includes('MINE'));
		await app.press('t');
		let frame = await app.waitFor((text) => text.includes('Copy MINE to which team store? 1 lab'));
		expect(frame).toContain('1-9 store');
		await app.press('x');
		await app.waitFor((text) => text.includes('Copied nothing'));
		expect(app.personal.get('lab/MINE')).toBeUndefined();
		// Ctrl+C closes the question as the other questions do; the TUI stays.
		await app.press('t');
		await app.waitFor((text) => text.includes('Copy MINE to which team store?'));
		await app.press('\u0003');
		frame = await app.waitFor((text) => text.includes('Copied nothing') && text.includes('MINE'));
		expect(app.personal.get('lab/MINE')).toBeUndefined();
		await app.press('t');
		await app.waitFor((text) => text.includes('Copy MINE to which team store?'));
		await app.press('1');
		frame = await app.waitFor((text) => text.includes('Copied MINE to the team store lab (as lab/MINE)'));
		expect(app.personal.get('lab/MINE')?.value).toBe('personal-value-1');
		expect(app.personal.get('MINE')?.value).toBe('personal-value-1');
		await app.press('s');
		frame = await app.waitFor((text) => header(text).includes('team store lab'));
		expect(frame).toContain('MINE');
		await app.press('t');
		await app.waitFor((text) => text.includes('switch to your personal store first'));
	});
});
