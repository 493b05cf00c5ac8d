import {describe, expect, it} from 'vitest';
import {cleanLine, emptyOutput, MAX_LINE_CHARS, MAX_LINES, outputReducer, tailLines, visibleLines, type OutputState, type Stream} from '../../../source/ui/shared/output-buffer.js';

function append(state: OutputState, ...chunks: Array<[Stream, string]>): OutputState {
	return outputReducer(state, {type: 'append', chunks});
}

const texts = (state: OutputState) => state.lines.map((line) => line.text);

describe('output buffer', () => {
	it('splits lines and keeps a partial line until its newline comes', () => {
		let state = append(emptyOutput, ['stdout', 'one\ntw']);
		expect(texts(state)).toEqual(['one']);
		expect(state.partial.stdout).toBe('tw');
		expect(visibleLines(state, 10).lines.map((line) => line.text)).toEqual(['one', 'tw']);
		state = append(state, ['stdout', 'o\nthree\n']);
		expect(texts(state)).toEqual(['one', 'two', 'three']);
		expect(state.partial.stdout).toBe('');
		expect(state.total).toBe(3);
	});

	it('keeps partial lines per stream, so stderr does not cut a stdout line in two', () => {
		const state = append(emptyOutput, ['stdout', 'hel'], ['stderr', 'warning\n'], ['stdout', 'lo\n']);
		expect(state.lines).toEqual([
			{stream: 'stderr', text: 'warning'},
			{stream: 'stdout', text: 'hello'},
		]);
	});

	it('makes what is left without a newline a line when the child ends', () => {
		const state = outputReducer(append(emptyOutput, ['stdout', 'a\nno newline']), {type: 'end'});
		expect(texts(state)).toEqual(['a', 'no newline']);
		expect(state.total).toBe(2);
	});

	it(`keeps only the last ${MAX_LINES} lines and counts them all`, () => {
		let state = emptyOutput;
		for (let batch = 0; batch < 3; batch++) {
			const lines = Array.from({length: 4000}, (_, index) => `line ${batch * 4000 + index}`);
			state = append(state, ['stdout', lines.join('\n') + '\n']);
		}

		expect(state.lines).toHaveLength(MAX_LINES);
		expect(state.total).toBe(12_000);
		expect(state.lines[0]!.text).toBe(`line ${12_000 - MAX_LINES}`);
		expect(state.lines.at(-1)!.text).toBe('line 11999');
	});

	it('splits only the kept tail of a huge chunk, and counts the rest', () => {
		const text = Array.from({length: 1_000_000}, (_, index) => `${index}`).join('\n') + '\n';
		const started = performance.now();
		const state = append(emptyOutput, ['stdout', text]);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(state.total).toBe(1_000_000);
		expect(state.lines).toHaveLength(MAX_LINES);
		expect(state.lines.at(-1)!.text).toBe('999999');
	});

	it('tailLines returns the last lines and how many came before', () => {
		expect(tailLines('a\nb\nc', 2)).toEqual({texts: ['b', 'c'], dropped: 1});
		expect(tailLines('a\nb\nc', 5)).toEqual({texts: ['a', 'b', 'c'], dropped: 0});
		expect(tailLines('\n\nc', 2)).toEqual({texts: ['', 'c'], dropped: 1});
		expect(tailLines('', 2)).toEqual({texts: [''], dropped: 0});
	});

	it('lets \\r rewrite a line, as a progress bar does, and treats \\r\\n as a newline', () => {
		let state = append(emptyOutput, ['stdout', '10%\r20%\r']);
		expect(visibleLines(state, 5).lines.map((line) => line.text)).toEqual(['20%']);
		state = append(state, ['stdout', '30%\rdone\r\nnext\r\n']);
		expect(texts(state)).toEqual(['done', 'next']);
	});

	it('keeps a newline-less flood bounded', () => {
		let state = emptyOutput;
		for (let index = 0; index < 100; index++) {
			state = append(state, ['stdout', 'x'.repeat(10_000)]);
		}

		expect(state.partial.stdout.length).toBeLessThanOrEqual(MAX_LINE_CHARS + 1);
		expect(state.lines).toHaveLength(0);
		state = append(state, ['stdout', '\n']);
		expect(state.lines[0]!.text).toHaveLength(MAX_LINE_CHARS);
	});

	it('drops escape sequences, shows other controls escaped, and expands tabs', () => {
		expect(cleanLine('\u001B[31mred\u001B[0m')).toBe('red');
		expect(cleanLine('\u001B]0;title\u0007text')).toBe('text');
		expect(cleanLine('a\tb')).toBe('a       b');
		expect(cleanLine('bell\u0007 and \u0008back \u009B31m \u202Eleft')).toBe('bell\\x07 and \\x08back \\u009b31m \\u202eleft');
	});

	it('scrolls within bounds, and a view scrolled up stays on its lines as output arrives', () => {
		let state = append(emptyOutput, ['stdout', Array.from({length: 20}, (_, index) => `${index}`).join('\n') + '\n']);
		expect(visibleLines(state, 5).lines.map((line) => line.text)).toEqual(['15', '16', '17', '18', '19']);
		state = outputReducer(state, {type: 'scroll', delta: 3, rows: 5});
		expect(visibleLines(state, 5).lines.map((line) => line.text)).toEqual(['12', '13', '14', '15', '16']);
		state = append(state, ['stdout', '20\n21\n']);
		expect(visibleLines(state, 5).lines.map((line) => line.text)).toEqual(['12', '13', '14', '15', '16']);
		state = outputReducer(state, {type: 'scroll', delta: 1000, rows: 5});
		expect(visibleLines(state, 5).lines.map((line) => line.text)).toEqual(['0', '1', '2', '3', '4']);
		state = outputReducer(state, {type: 'scroll', delta: -1000, rows: 5});
		expect(state.scroll).toBe(0);
		state = outputReducer(state, {type: 'scroll-to', where: 'top', rows: 5});
		expect(visibleLines(state, 5).above).toBe(0);
		state = outputReducer(state, {type: 'scroll-to', where: 'bottom', rows: 5});
		expect(visibleLines(state, 5).lines.at(-1)!.text).toBe('21');
	});

	it('clears for a new run', () => {
		expect(outputReducer(append(emptyOutput, ['stdout', 'x\n']), {type: 'clear'})).toEqual(emptyOutput);
	});

	it('wraps a long line onto rows of the view\'s width, and cuts it instead once toggled (as less -S)', () => {
		const sentence = 'secrets-tui: the placeholder <<input_file>> has no value: give it one in the arguments step.';
		let state = append(emptyOutput, ['stdout', 'first\n'], ['stderr', sentence + '\n']);
		const wrapped = visibleLines(state, 10, 40).lines;
		expect(wrapped.map((line) => line.text)).toEqual(['first', sentence.slice(0, 40), sentence.slice(40, 80), sentence.slice(80)]);
		expect(wrapped.slice(1).every((line) => line.stream === 'stderr')).toBe(true);
		state = outputReducer(state, {type: 'toggle-wrap'});
		expect(state.wrap).toBe(false);
		expect(visibleLines(state, 10, 40).lines.map((line) => line.text)).toEqual(['first', sentence]);
		// A new run is read the way the last one was.
		expect(outputReducer(state, {type: 'clear'}).wrap).toBe(false);
	});

	it('counts wrapped rows when it fills and scrolls the view', () => {
		// Ten lines of 25 characters: two rows each at 20 columns.
		let state = append(emptyOutput, ['stdout', Array.from({length: 10}, (_, index) => `${index}`.padEnd(25, '.')).join('\n') + '\n']);
		const view = {rows: 5, width: 20};
		// The bottom five rows: half of line 7, then lines 8 and 9 whole.
		expect(visibleLines(state, 5, 20).lines.map((line) => line.text)).toEqual(['.....', '8'.padEnd(20, '.'), '.....', '9'.padEnd(20, '.'), '.....']);
		state = outputReducer(state, {type: 'scroll-to', where: 'top', ...view});
		const top = visibleLines(state, 5, 20);
		expect(top.above).toBe(0);
		expect(top.lines[0]!.text).toBe('0'.padEnd(20, '.'));
		// Lines 0, 1 and the first row of 2 fill the view: scrolled up by the 7 lines below line 2.
		expect(top.scroll).toBe(7);
		expect(outputReducer(state, {type: 'scroll', delta: 100, ...view}).scroll).toBe(7);
	});
});
