// `s` on the list, rendered with ink-testing-library against a real store file.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {tempHome} from '../../helpers/temp.js';
import {renderApp} from '../render.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

/** A store whose secrets were updated on different days, two of them with an expiry. */
function datedStore(home: string): void {
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const secret = (updated: string, expires?: string) => ({value: 'v', created: updated, updated, ...(expires ? {expires} : {})});
	const secrets = {
		alpha: secret('2026-03-01T00:00:00.000Z'),
		beta: secret('2026-01-01T00:00:00.000Z', '2099-01-01'),
		gamma: secret('2026-02-01T00:00:00.000Z', '2098-12-01'),
	};
	fs.writeFileSync(path.join(home, 'secrets.json'), JSON.stringify({version: 1, secrets}), {mode: 0o600});
}

const rowNames = (frame: string) => frame.split('\n').map((line) => /^[› ] (alpha|beta|gamma)\b/.exec(line)?.[1]).filter(Boolean);
const selectedName = (frame: string) => /^› (\w+)/m.exec(frame)?.[1];

describe('s (sort)', () => {
	it('cycles name → updated → expiry → name; the header says which and the selection stays', async () => {
		const home = tempHome();
		datedStore(home);
		const app = renderApp(home);
		cleanup.push(() => app.unmount());
		let frame = await app.waitFor('gamma');
		expect(rowNames(frame)).toEqual(['alpha', 'beta', 'gamma']);
		expect(frame).not.toContain('sorted by');
		await app.press('j');
		await app.waitFor((frame) => selectedName(frame) === 'beta');
		await app.press('s');
		frame = await app.waitFor('sorted by updated');
		expect(frame.split('\n')[0]).toBe('secrets-tui  3 secrets, sorted by updated');
		expect(rowNames(frame)).toEqual(['alpha', 'gamma', 'beta']);
		expect(selectedName(frame)).toBe('beta');
		await app.press('s');
		frame = await app.waitFor('sorted by expiry');
		expect(rowNames(frame)).toEqual(['gamma', 'beta', 'alpha']);
		expect(selectedName(frame)).toBe('beta');
		await app.press('s');
		frame = await app.waitFor((frame) => !frame.includes('sorted by'));
		expect(rowNames(frame)).toEqual(['alpha', 'beta', 'gamma']);
		expect(selectedName(frame)).toBe('beta');
	});
});
