// One group of output scroll keys, one mapping to the output view's actions, for the run panel and a job's pane.
import {describe, expect, it} from 'vitest';
import {JOB_KEYS} from '../../../source/ui/keys/jobsKeys.js';
import {ENDED_KEYS, RUNNING_KEYS} from '../../../source/ui/keys/runKeys.js';
import {isScrollAction, OUTPUT_SCROLL_KEYS} from '../../../source/ui/keys/scrollKeys.js';
import {emptyOutput, outputReducer, visibleLines} from '../../../source/ui/shared/output-buffer.js';
import {outputScroll} from '../../../source/ui/shared/output-scroll.js';

describe('output scroll keys', () => {
	it('are the same bindings on the running and ended run screens and on a job', () => {
		for (const table of [RUNNING_KEYS, ENDED_KEYS, JOB_KEYS]) {
			expect(table.bindings.filter((binding) => isScrollAction(binding.action)), table.title).toEqual(OUTPUT_SCROLL_KEYS);
		}
	});

	it('scroll up by a line or a page, down again, to either end, and wrap long lines or not', () => {
		const text = Array.from({length: 50}, (_, index) => `line ${index}\n`).join('');
		const output = outputReducer(emptyOutput, {type: 'append', chunks: [['stdout', text]]});
		const state = (...actions: Array<Parameters<typeof outputScroll>[0]>) => actions.reduce((current, action) => outputReducer(current, outputScroll(action, 10, 40)), output);
		const after = (...actions: Array<Parameters<typeof outputScroll>[0]>) => visibleLines(state(...actions), 10, 40).scroll;
		expect(after('up')).toBe(1);
		expect(after('pageUp')).toBe(10);
		expect(after('pageUp', 'down')).toBe(9);
		expect(after('pageUp', 'pageDown')).toBe(0);
		expect(after('first')).toBe(40);
		expect(after('first', 'last')).toBe(0);
		expect(state('wrap').wrap).toBe(!output.wrap);
		expect(state('wrap', 'wrap').wrap).toBe(output.wrap);
	});
});
