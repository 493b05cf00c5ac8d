import {describe, expect, it} from 'vitest';
import {parseDotenv} from '../../source/util/dotenv.js';

const pairs = (text: string) => parseDotenv(text).entries.map((entry) => [entry.name, entry.value]);

describe('parseDotenv', () => {
	it('reads plain, exported, quoted and commented lines', () => {
		const text = [
			'# a comment',
			'',
			'PLAIN=value',
			'export EXPORTED=yes',
			'SPACED = padded value  ',
			'COMMENTED=abc # trailing comment',
			'HASH=abc#def',
			"SINGLE='literal $HOME \\n # not a comment'",
			'DOUBLE="line\\nnext \\"quoted\\" \\\\ end" # comment',
			'EQUALS=a=b=c',
		].join('\n');
		expect(pairs(text)).toEqual([
			['PLAIN', 'value'],
			['EXPORTED', 'yes'],
			['SPACED', 'padded value'],
			['COMMENTED', 'abc'],
			['HASH', 'abc#def'],
			['SINGLE', 'literal $HOME \\n # not a comment'],
			['DOUBLE', 'line\nnext "quoted" \\ end'],
			['EQUALS', 'a=b=c'],
		]);
	});

	it('reads a double-quoted value over several lines, and CRLF files', () => {
		expect(pairs('KEY="-----BEGIN-----\r\nabc\r\n-----END-----"\r\nNEXT=1\r\n')).toEqual([
			['KEY', '-----BEGIN-----\nabc\n-----END-----'],
			['NEXT', '1'],
		]);
	});

	it('reports bad lines with their numbers', () => {
		const result = parseDotenv('GOOD=1\njust words\nOPEN="never closed\n');
		expect(result.problems).toEqual([
			{line: 2, message: 'expected NAME=value'},
			{line: 3, message: 'the double quote that opens the value is never closed'},
		]);
	});

	it('reports text after a closing quote', () => {
		expect(parseDotenv("A='x' y").problems).toEqual([{line: 1, message: 'unexpected text after the closing single quote'}]);
	});
});
