// What a frame costs the file system: moving through the list draws frames from memory; the store file
// is looked at only by the poll for other writers (every POLL_MS), never once per render.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {POLL_MS} from '../../../source/ui/secrets/useSecrets.js';
import {tempHome} from '../../helpers/temp.js';
import {renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	vi.restoreAllMocks();
	for (const done of cleanup.splice(0)) {
		done();
	}
});

describe('a frame of the list', () => {
	it('does not stat the store file: twenty moves, twenty frames, only the poll looks', async () => {
		const home = tempHome();
		fs.mkdirSync(home, {recursive: true, mode: 0o700});
		const now = new Date().toISOString();
		const secrets = Object.fromEntries(Array.from({length: 30}, (_, index) => [`s${String(index).padStart(2, '0')}`, {value: 'v', created: now, updated: now}]));
		const file = path.join(home, 'secrets.json');
		fs.writeFileSync(file, JSON.stringify({version: 1, secrets}), {mode: 0o600});
		const app = renderApp(home);
		cleanup.push(() => app.unmount());
		await app.waitFor('s00');
		const stat = vi.spyOn(fs, 'statSync');
		const started = Date.now();
		for (let index = 1; index <= 20; index++) {
			await app.press('j');
			await app.waitFor(`› s${String(index).padStart(2, '0')}`);
		}

		const polls = Math.ceil((Date.now() - started) / POLL_MS) + 1;
		const ofStore = stat.mock.calls.filter(([target]) => target === file).length;
		expect(ofStore).toBeLessThanOrEqual(polls);
		expect(ofStore).toBeLessThan(20);
	});
});
