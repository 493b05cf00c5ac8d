// Our .env parser against dotenv's own (the devDependency): dotenv's test fixtures (motdotla/dotenv
// tests/.env and tests/.env.multiline, written here as they are) and generated files (three kinds of quote,
// multi-line values, comments, export, CRLF, a BOM) parsed by both: every non-empty value dotenv returns,
// we return byte-identical. Then dotenvValue's quoting read back by both.
import dotenv from 'dotenv';
import {describe, expect, it} from 'vitest';
import {dotenvValue, parseDotenv} from '../../source/util/dotenv.js';

const pairs = (text: string) => parseDotenv(text).entries.map((entry) => [entry.name, entry.value]);

/** What dotenv reads that has a value, as our entries would be (the last of one name wins, as in dotenv). */
function agree(text: string): void {
	const theirs = Object.entries(dotenv.parse(text)).filter(([, value]) => value !== '');
	const ours = new Map(parseDotenv(text).entries.map((entry) => [entry.name, entry.value]));
	expect(theirs.length).toBeGreaterThan(0);
	for (const [name, value] of theirs) {
		expect({name, value: ours.get(name)}).toEqual({name, value});
	}

	// Nothing more either: a name we read with a value, dotenv reads with the same value.
	const theirsAll = dotenv.parse(text);
	for (const [name, value] of ours) {
		if (value !== '') {
			expect({name, value: theirsAll[name]}).toEqual({name, value});
		}
	}
}

// motdotla/dotenv tests/.env (v17.4.2), line for line.
const DOTENV_FIXTURE = String.raw`BASIC=basic

# previous line intentionally left blank
AFTER_LINE=after_line
EMPTY=
EMPTY_SINGLE_QUOTES=''
EMPTY_DOUBLE_QUOTES=""
EMPTY_BACKTICKS=` + '``' + String.raw`
SINGLE_QUOTES='single_quotes'
SINGLE_QUOTES_SPACED='    single quotes    '
DOUBLE_QUOTES="double_quotes"
DOUBLE_QUOTES_SPACED="    double quotes    "
DOUBLE_QUOTES_INSIDE_SINGLE='double "quotes" work inside single quotes'
DOUBLE_QUOTES_WITH_NO_SPACE_BRACKET="{ port: $MONGOLAB_PORT}"
SINGLE_QUOTES_INSIDE_DOUBLE="single 'quotes' work inside double quotes"
BACKTICKS_INSIDE_SINGLE='` + '`backticks`' + String.raw` work inside single quotes'
BACKTICKS_INSIDE_DOUBLE="` + '`backticks`' + String.raw` work inside double quotes"
BACKTICKS=` + '`backticks`' + String.raw`
BACKTICKS_SPACED=` + '`    backticks    `' + String.raw`
DOUBLE_QUOTES_INSIDE_BACKTICKS=` + '`double "quotes" work inside backticks`' + String.raw`
SINGLE_QUOTES_INSIDE_BACKTICKS=` + "`single 'quotes' work inside backticks`" + String.raw`
DOUBLE_AND_SINGLE_QUOTES_INSIDE_BACKTICKS=` + '`double "quotes" and single \'quotes\' work inside backticks`' + String.raw`
EXPAND_NEWLINES="expand\nnew\nlines"
DONT_EXPAND_UNQUOTED=dontexpand\nnewlines
DONT_EXPAND_SQUOTED='dontexpand\nnewlines'
# COMMENTS=work
INLINE_COMMENTS=inline comments # work #very #well
INLINE_COMMENTS_SINGLE_QUOTES='inline comments outside of #singlequotes' # work
INLINE_COMMENTS_DOUBLE_QUOTES="inline comments outside of #doublequotes" # work
INLINE_COMMENTS_BACKTICKS=` + '`inline comments outside of #backticks`' + String.raw` # work
INLINE_COMMENTS_SPACE=inline comments start with a#number sign. no space required.
EQUAL_SIGNS=equals==
RETAIN_INNER_QUOTES={"foo": "bar"}
RETAIN_INNER_QUOTES_AS_STRING='{"foo": "bar"}'
RETAIN_INNER_QUOTES_AS_BACKTICKS=` + '`{"foo": "bar\'s"}`' + String.raw`
TRIM_SPACE_FROM_UNQUOTED=    some spaced out string
USERNAME=therealnerdybeast@example.tld
    SPACED_KEY = parsed
export EXPORT_IS_DECLARED=parsed
export   EXPORT_IS_DECLARED_WITH_SPACING=parsed
export EXPORT_IS_DECLARED_WITH_SOME_VALUE=some_value
export EXPORT_IS_DECLARED_WITH_SOME_VALUE_SPACED=some_value
export   EXPORT_IS_DECLARED_WITH_SOME_VALUE_AND_SPACING  =some_value
`;

// motdotla/dotenv tests/.env.multiline (v17.4.2), line for line.
const DOTENV_MULTILINE_FIXTURE = String.raw`BASIC=basic

# previous line intentionally left blank
AFTER_LINE=after_line
EMPTY=
SINGLE_QUOTES='single_quotes'
SINGLE_QUOTES_SPACED='    single quotes    '
DOUBLE_QUOTES="double_quotes"
DOUBLE_QUOTES_SPACED="    double quotes    "
EXPAND_NEWLINES="expand\nnew\nlines"
DONT_EXPAND_UNQUOTED=dontexpand\nnewlines
DONT_EXPAND_SQUOTED='dontexpand\nnewlines'
# COMMENTS=work
EQUAL_SIGNS=equals==
RETAIN_INNER_QUOTES={"foo": "bar"}

RETAIN_INNER_QUOTES_AS_STRING='{"foo": "bar"}'
TRIM_SPACE_FROM_UNQUOTED=    some spaced out string
USERNAME=therealnerdybeast@example.tld
    SPACED_KEY = parsed

MULTI_DOUBLE_QUOTED="THIS
IS
A
MULTILINE
STRING"

MULTI_SINGLE_QUOTED='THIS
IS
A
MULTILINE
STRING'

MULTI_BACKTICKED=` + '`THIS\nIS\nA\n"MULTILINE\'S"\nSTRING`' + String.raw`

MULTI_PEM_DOUBLE_QUOTED="-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnNl1tL3QjKp3DZWM0T3u
LgGJQwu9WqyzHKZ6WIA5T+7zPjO1L8l3S8k8YzBrfH4mqWOD1GBI8Yjq2L1ac3Y/
bTdfHN8CmQr2iDJC0C6zY8YV93oZB3x0zC/LPbRYpF8f6OqX1lZj5vo2zJZy4fI/
kKcI5jHYc8VJq+KCuRZrvn+3V+KuL9tF9v8ZgjF2PZbU+LsCy5Yqg1M8f5Jp5f6V
u4QuUoobAgMBAAE=
-----END PUBLIC KEY-----"
`;

describe("dotenv's own fixtures", () => {
	it('tests/.env: every non-empty value identical (backticks stripped, a#number cut at #)', () => {
		agree(DOTENV_FIXTURE);
		expect(Object.values(dotenv.parse(DOTENV_FIXTURE)).filter((value) => value !== '')).toHaveLength(36);
		expect(parseDotenv(DOTENV_FIXTURE).problems).toEqual([]);
	});

	it('tests/.env.multiline: every value, the backtick-quoted multi-line one and the PEM key included', () => {
		agree(DOTENV_MULTILINE_FIXTURE);
		expect(pairs(DOTENV_MULTILINE_FIXTURE)).toContainEqual(['MULTI_BACKTICKED', 'THIS\nIS\nA\n"MULTILINE\'S"\nSTRING']);
	});
});

describe('generated files, parsed by dotenv and by us', () => {
	const values = [
		'plain',
		'with spaces inside',
		'  padded  ',
		'it\'s "mixed" `quotes`',
		'multi\nline\nvalue',
		'ünïcödé ✓ 🔑',
		'a#hash',
		'back\\slash and \\n literal',
		'{"json": "value"}',
		'$HOME ${VAR} !x',
		'line one\n  # not a comment\nKEY=not an entry',
	];
	const quotes = ["'", '"', '`', ''];

	it('three kinds of quote, multi-line values, comments and export, with LF, CRLF and a BOM', () => {
		let count = 0;
		for (const [index, value] of values.entries()) {
			for (const quote of quotes) {
				if ((quote === '' && /[\n#]/.test(value)) || (quote !== '' && value.includes(quote))) {
					continue; // Not writable that way in either parser's syntax.
				}

				const body = [`# value ${index} in ${quote || 'no'} quotes`, '', `export FIRST_${index}=first`, `KEY_${index} = ${quote}${value}${quote} # a comment`, `LAST_${index}: last`, ''].join('\n');
				for (const text of [body, body.replaceAll('\n', '\r\n'), '\uFEFF' + body]) {
					agree(text);
					count++;
				}
			}
		}

		expect(count).toBeGreaterThan(60);
	});

	it('quotes that do not close where a value may end are read as dotenv reads them', () => {
		for (const text of ["A='it's'\n", 'B="unclosed\nC=1\n', "D='x' trailing\n", 'E="a\\"b" # c\n', 'F=`a\\`b`\n', 'G="x\\\\"\n', 'H="a\\nb\\rc"\n']) {
			agree(text);
		}
	});
});

describe('where we differ from dotenv on purpose', () => {
	it('reports a line that is not NAME=value, with its number, where dotenv skips it', () => {
		expect(dotenv.parse('GOOD=1\njust words\n')).toEqual({GOOD: '1'});
		expect(parseDotenv('GOOD=1\njust words\n').problems).toEqual([{line: 2, message: 'expected NAME=value (dotenv skips this line)'}]);
	});
});

describe('dotenvValue', () => {
	it('writes every value so that dotenv and we read it back byte-identical', () => {
		const samples = ['plain', "it's", 'say "hi"', 'all three \' " `', 'multi\nline\n', 'crlf\r\nvalue', 'trailing backslash \\', ' spaced ', '#not a comment', 'ünïcödé 🔑', 'literal \\n and \\r'];
		for (const value of samples) {
			const written = dotenvValue(value);
			if (written === undefined) {
				continue;
			}

			const text = `KEY=${written}\n`;
			expect(dotenv.parse(text).KEY).toBe(value);
			expect(pairs(text)).toEqual([['KEY', value]]);
		}

		expect(dotenvValue("all three ' \" `")).toBeUndefined();
		expect(dotenvValue('crlf\r\nvalue')).toBe('"crlf\\r\nvalue"');
	});
});
