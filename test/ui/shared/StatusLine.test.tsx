// The status line wraps its sentence at a width; with maxRows, a longer one is cut, its last row ending with ….
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {StatusLine} from '../../../source/ui/shared/StatusLine.js';

const status = {text: 'Renamed ghe-token to gh-token', tone: 'info', detail: 'python_env, train_env (environments.yaml) still name ghe-token'} as const;

describe('StatusLine', () => {
	it('wraps the whole sentence within the width', () => {
		const {lastFrame, unmount} = render(<StatusLine status={status} width={40} maxRows={3} />);
		// "python_env, train_env (environments.yaml)" is 41 characters: the file's name starts the third row.
		expect(lastFrame()).toBe('Renamed ghe-token to gh-token ·\npython_env, train_env\n(environments.yaml) still name ghe-token');
		unmount();
	});

	it('cuts a sentence longer than maxRows, ending its last row with …', () => {
		const {lastFrame, unmount} = render(<StatusLine status={status} width={40} maxRows={2} />);
		const rows = lastFrame()!.split('\n');
		expect(rows).toHaveLength(2);
		expect(rows[1]!.endsWith('…')).toBe(true);
		expect([...rows[1]!].length).toBeLessThanOrEqual(40);
		unmount();
	});
});
