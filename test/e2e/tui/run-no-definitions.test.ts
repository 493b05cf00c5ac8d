// The run panel with no definitions file: the example fits, or scrolls, at every size.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {KEYS, PtySession} from '../../helpers/pty.js';
import {SIZES} from '../../helpers/run-panel.js';
import {tempHome} from '../../helpers/temp.js';
import {EXAMPLE_DEFINITIONS} from '../../../source/environments/definitions-file.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

describe('run panel without definitions', () => {
	for (const {cols, rows} of SIZES) {
		it(`shows every line of the example at ${cols}×${rows}, scrolling when it does not fit`, async () => {
			const home = tempHome();
			fs.mkdirSync(home, {recursive: true});
			const session = new PtySession({home, cwd: path.dirname(home), cols, rows});
			sessions.push(session);
			await session.waitFor('secrets-tui', 15_000);
			await session.press('r');
			let screen = await session.waitFor((text) => text.includes('No environment definitions yet') && text.includes('Esc/Enter close'));
			const seen = new Set<string>();
			for (let press = 0; press < 20; press++) {
				for (const line of screen.split('\n')) {
					// Each row whole: nothing cut with … at the edge.
					expect(line).not.toMatch(/…$/);
					seen.add(line.trim());
				}

				if (!screen.includes('↑↓ scroll')) {
					break;
				}

				await session.press(KEYS.down);
				screen = await session.text();
			}

			for (const line of EXAMPLE_DEFINITIONS.split('\n')) {
				expect(seen, line).toContain(line.trim());
			}

			expect(seen.has('Then press r again. (--envs FILE or SECRETS_TUI_ENVS=FILE choose another file.)') || [...seen].some((line) => line.startsWith('Then press r again.'))).toBe(true);
			// Scrolling is offered only where it is needed.
			expect(cols === 40 ? seen.has('Esc/Enter close  ↑↓ scroll') : seen.has('Esc/Enter close')).toBe(true);
		});
	}
});
