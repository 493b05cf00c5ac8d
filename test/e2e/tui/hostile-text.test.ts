// Issue 13 in a real terminal: the built TUI shows the hostile string as a value, an environment name,
// a label, a command and a child's output (list, details, every run panel step, the output view), and
// `get`, `export` and `inject` show it to a terminal. Nothing of the payload reaches the pseudo-terminal:
// no OSC (the title never changes), no colour or blink of its own, no C1, bidi, zero-width, DEL or BEL.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {HOSTILE, hostileDefinitions, rawWithoutPayload} from '../../helpers/hostile.js';
import {KEYS, PtySession} from '../../helpers/pty.js';
import {startTui} from './start.js';

describe('hostile text in a real terminal', () => {
	it('list, details, run panel and its output: shown escaped, the terminal never acts on it', async () => {
		const {session, home} = await startTui({
			secrets: {EVIL: `value:${HOSTILE}`, TOKEN: 't'},
			yaml: hostileDefinitions('[TOKEN]', `printf '%s\\n' "${HOSTILE}" <<args>>`),
		});
		const titles: string[] = [];
		session.term.onTitleChange((title) => titles.push(title));
		await session.waitFor('EVIL');
		await session.press(' ');
		await session.waitFor('value:evil\\x1b]0;PWNED\\x07');
		await session.press('o');
		await session.waitFor('1 line');
		await session.press(KEYS.escape);
		await session.press('r');
		await session.waitFor('Step 1/4');
		await session.press(KEYS.enter);
		await session.waitFor('Step 2/4');
		await session.press(KEYS.enter);
		await session.waitFor('Step 3/4');
		await session.press(KEYS.enter);
		await session.waitFor('Step 4/4');
		await session.press(KEYS.enter);
		await session.waitFor('exited with code 0');
		expect(await session.text()).toContain('\\u202ereversed\\u200bhidden');
		expect(rawWithoutPayload(session.raw)).toBe(true);
		expect(titles.filter((title) => title.includes('PWNED'))).toEqual([]);

		const get = new PtySession({home, args: ['get', 'EVIL']});
		expect(await get.exited).toBe(0);
		expect(get.raw).toContain('value:evil\\x1b]0;PWNED\\x07');
		expect(rawWithoutPayload(get.raw)).toBe(true);
		const exported = new PtySession({home, args: ['export', 'EVIL', '--format', 'dotenv']});
		expect(await exported.exited).toBe(0);
		expect(exported.raw).toContain('\\x1b]0;PWNED\\x07');
		expect(rawWithoutPayload(exported.raw)).toBe(true);
		const template = path.join(home, 'config.tmpl');
		fs.writeFileSync(template, 'token: {{ secrets.EVIL }}\n');
		const injected = new PtySession({home, args: ['inject', '-i', template]});
		expect(await injected.exited).toBe(0);
		expect(injected.raw).toContain('token: value:evil\\x1b]0;PWNED\\x07');
		expect(rawWithoutPayload(injected.raw)).toBe(true);
	});
});
