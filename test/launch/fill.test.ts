// Placeholders filled for the quotes they sit in, checked by running the result in a real shell.
import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {fillPlaceholders} from '../../source/launch/fill.js';
import {powershellQuote} from '../../source/launch/quote.js';

/** The words sh gives the filled text to printf, one per line as [word]. */
function words(template: string, params: Record<string, string>, args: string[]): string {
	const script = fillPlaceholders(`printf '[%s]\\n' ${template}`, {params, args}, 'posix', true);
	return execFileSync('sh', ['-c', script], {encoding: 'utf8'});
}

const NASTY = ['a b', "it's", '"q"', '$HOME', '`id`', 'back\\slash', ''];

describe('fillPlaceholders (POSIX shells)', () => {
	it('outside quotes: each argument one word, whatever it holds', () => {
		expect(words('<<args>>', {}, NASTY)).toBe(NASTY.map((word) => `[${word}]\n`).join(''));
	});

	it('inside "...": the arguments joined by spaces into that one string, nothing expanded', () => {
		expect(words('"x <<args>> y"', {}, NASTY)).toBe(`[x ${NASTY.join(' ')} y]\n`);
	});

	it("inside '...': the same", () => {
		expect(words("'x <<args>> y'", {}, NASTY)).toBe(`[x ${NASTY.join(' ')} y]\n`);
	});

	it('every placeholder follows the same rule', () => {
		const value = `a b 'c' "d" $HOME`;
		expect(words('<<p>> "<<p>>" \'<<p>>\'', {p: value}, [])).toBe(`[${value}]\n[${value}]\n[${value}]\n`);
	});

	it('reads quotes inside $(...) and backticks afresh, and skips comments', () => {
		expect(words('"$(printf %s "<<p>>")"', {p: 'a "b"'}, [])).toBe('[a "b"]\n');
		expect(words('"`printf %s <<p>>`"', {p: 'x y'}, [])).toBe('[x y]\n');
		const script = fillPlaceholders("# don't\nprintf '[%s]\\n' <<p>>", {params: {p: 'a b'}, args: []}, 'posix', false);
		expect(execFileSync('sh', ['-c', script], {encoding: 'utf8'})).toBe('[a b]\n');
	});

	it('appends the arguments when there is no <<args>>, and leaves unknown placeholders for the caller', () => {
		expect(fillPlaceholders('run <<x>>', {params: {}, args: ['a b']}, 'posix', true)).toBe("run <<x>> 'a b'");
		expect(fillPlaceholders('setup', {params: {}, args: ['a']}, 'posix', false)).toBe('setup');
	});
});

describe('fillPlaceholders (PowerShell)', () => {
	it("quotes words with '...' and escapes for \"...\" with backticks", () => {
		expect(fillPlaceholders('& x.exe <<args>>', {params: {}, args: ["it's", 'a b', 'C:\\x']}, 'powershell', true)).toBe("& x.exe 'it''s' 'a b' C:\\x");
		expect(fillPlaceholders('x -batch "f(<<args>>)"', {params: {}, args: ['$env:X', '"q"', '`']}, 'powershell', true)).toBe('x -batch "f(`$env:X `"q`" ``)"');
		expect(fillPlaceholders("x '<<p>>'", {params: {p: "it's"}, args: []}, 'powershell', true)).toBe("x 'it''s'");
		expect(powershellQuote('')).toBe("''");
	});
});
