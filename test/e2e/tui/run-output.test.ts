// The run panel's output in a real terminal: long lines wrap (w cuts them, as less -S), and the
// final status sentence is never cut, at any width.
import {describe, expect, it} from 'vitest';
import {KEYS} from '../../helpers/pty.js';
import {SIZES, joined, openPanel, spoken, startTui} from '../../helpers/run-panel.js';

const SENTENCE = 'error: the input file /scratch/project/run-0042/configuration.yaml was not found; check the path and try again';
const YAML = `
- name: fails
  executables:
    - label: complain
      instances:
        - command: 'echo "${SENTENCE}" >&2; exit 3'
    - label: killed
      instances:
        - command: 'echo bye; kill -TERM $$'
`;

describe('run panel output', () => {
	it('wraps a long line at 60 columns so the failure sentence reads whole, and w cuts it at the edge', async () => {
		const {session} = await startTui({yaml: YAML, cols: 60, rows: 20});
		await openPanel(session);
		await session.press(KEYS.enter, KEYS.enter, KEYS.enter, KEYS.enter);
		let screen = await session.waitFor('exited with code 3', 10_000);
		expect(joined(screen)).toContain(SENTENCE);
		expect(screen).toContain('w wrap/cut');
		await session.press('w');
		screen = await session.waitFor('long lines cut');
		// Cut at the edge, with … on the last column.
		expect(screen).toContain(`${SENTENCE.slice(0, 59)}…`);
		expect(joined(screen)).not.toContain(SENTENCE.slice(0, 70));
		await session.press('w');
		screen = await session.waitFor((text) => !text.includes('long lines cut'));
		expect(joined(screen)).toContain(SENTENCE);
	});

	for (const {cols, rows} of SIZES) {
		it(`keeps the status sentence whole at ${cols}×${rows}`, async () => {
			const {session} = await startTui({yaml: YAML, cols, rows});
			await openPanel(session);
			// The second executable: its shell is killed by SIGTERM, the longest sentence.
			await session.press(KEYS.enter, KEYS.down, KEYS.enter, KEYS.enter, KEYS.enter);
			const screen = await session.waitFor((text) => spoken(text).includes('stopped by SIGTERM'), 10_000);
			expect(spoken(screen)).toMatch(/stopped by SIGTERM \(exit 143\) after \d+\.\ds · 1 line/);
			// The title stays on the screen: the frame never grows past the terminal.
			expect(screen.split('\n').slice(0, 2).join('\n')).toContain('Run panel · Output');
		});
	}
});
