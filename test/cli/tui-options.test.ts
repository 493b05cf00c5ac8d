import {describe, expect, it} from 'vitest';
import {parseTuiArgs} from '../../source/cli/tui-options.js';
import {MASK, firstLine, fit} from '../../source/ui/shared/format.js';

describe('terminal UI options', () => {
	it('defaults to a 30 second reveal timeout', () => {
		expect(parseTuiArgs([])).toEqual({revealTimeoutMs: 30_000});
	});

	it('reads --reveal-timeout (0 = never) and --envs', () => {
		expect(parseTuiArgs(['--reveal-timeout', '5', '--envs', 'e.yaml'])).toEqual({revealTimeoutMs: 5000, envsFiles: ['e.yaml']});
		expect(parseTuiArgs(['--reveal-timeout=0'])).toEqual({revealTimeoutMs: 0});
	});

	it('refuses bad values and unknown options with a sentence', () => {
		expect(() => parseTuiArgs(['--reveal-timeout', 'soon'])).toThrow('The option --reveal-timeout takes a number, not "soon", as in --reveal-timeout 4.');
		expect(() => parseTuiArgs(['--reveal-timeout', '-1'])).toThrow(/takes a number of seconds, 0 or more/);
		expect(() => parseTuiArgs(['--reveal-timeout'])).toThrow(/needs a value/);
		expect(() => parseTuiArgs(['--colour'])).toThrow('Unknown option --colour for secrets-tui; `secrets-tui --help` lists its options.');
		expect(() => parseTuiArgs(['extra'])).toThrow('Too many arguments: secrets-tui takes no arguments; remove "extra".');
	});
});

describe('value display', () => {
	it('uses one mask for every value', () => {
		expect(MASK).toBe('••••••••');
	});

	it('makes control characters visible and marks extra lines', () => {
		expect(firstLine('a\u001B[31mb\u0000\nc')).toEqual({text: 'a\\x1b[31mb\\x00', more: 1});
		expect(firstLine('one\r\ntwo\nthree')).toEqual({text: 'one', more: 2});
		expect(fit('abcdef', 4)).toBe('abc…');
		expect(fit('abc', 4)).toBe('abc');
	});
});
