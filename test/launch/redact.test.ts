import {describe, expect, it} from 'vitest';
import {markerFor, Redactor, redactionRules} from '../../source/launch/redact.js';

function streamed(values: Record<string, string>, pieces: Array<string | Buffer>): {out: string; emitted: string[]} {
	const redactor = new Redactor(redactionRules(new Map(Object.entries(values))));
	const emitted: string[] = [];
	const parts: Buffer[] = [];
	for (const piece of pieces) {
		const out = redactor.write(typeof piece === 'string' ? Buffer.from(piece) : piece);
		parts.push(out);
		emitted.push(out.toString('latin1'));
	}

	const rest = redactor.end();
	parts.push(rest);
	emitted.push(rest.toString('latin1'));
	return {out: Buffer.concat(parts).toString('utf8'), emitted};
}

/**
 * The reference: the union of every occurrence of every value is hidden. A region starts at the leftmost
 * match (its longest value) and grows while another match starts inside it; it shows the markers of the
 * values that made it grow.
 */
function reference(values: Record<string, string>, text: string): string {
	const entries = Object.entries(values).filter(([, value]) => value !== '');
	const longestAt = (index: number): [string, string] | undefined => {
		let best: [string, string] | undefined;
		for (const [name, value] of entries) {
			if (text.startsWith(value, index) && (!best || value.length > best[1].length)) {
				best = [name, value];
			}
		}

		return best;
	};

	let out = '';
	let index = 0;
	while (index < text.length) {
		const best = longestAt(index);
		if (!best) {
			out += text[index];
			index++;
			continue;
		}

		let end = index + best[1].length;
		out += markerFor(best[0]);
		for (let inner = index + 1; inner < end; inner++) {
			const overlap = longestAt(inner);
			if (overlap && inner + overlap[1].length > end) {
				end = inner + overlap[1].length;
				out += markerFor(overlap[0]);
			}
		}

		index = end;
	}

	return out;
}

describe('Redactor', () => {
	it('replaces every value with a marker naming the secret', () => {
		const {out} = streamed({TOKEN: 'ghp_abcdef123456', DB: 'hunter2-long'}, ['token=ghp_abcdef123456 db=hunter2-long again ghp_abcdef123456\n']);
		expect(out).toBe('token=[secret:TOKEN] db=[secret:DB] again [secret:TOKEN]\n');
	});

	it('holds a value split at every possible position, and shows no piece of it before it is complete', () => {
		const value = 'sk-live-0123456789abcdef';
		for (let cut = 1; cut < value.length; cut++) {
			const {out, emitted} = streamed({KEY: value}, ['before ', value.slice(0, cut), value.slice(cut), ' after']);
			expect(out).toBe('before [secret:KEY] after');
			expect(emitted[0]).toBe('before ');
			expect(emitted[1]).toBe('');
		}
	});

	it('holds a value written one byte at a time, across lines too', () => {
		const value = 'multi\nline\nsecret';
		const pieces = [...`x ${value} y`].map((char) => char);
		const {out, emitted} = streamed({PEM: value}, pieces);
		expect(out).toBe('x [secret:PEM] y');
		for (const piece of emitted) {
			expect(piece).not.toMatch(/multi|line|secret(?!:)/);
		}
	});

	it('releases a held tail that turns out not to be a value, in order', () => {
		const {out, emitted} = streamed({KEY: 'abcdefgh'}, ['xx abcd', 'eZ yy']);
		expect(emitted[0]).toBe('xx ');
		expect(out).toBe('xx abcdeZ yy');
		expect(streamed({KEY: 'abcdefgh'}, ['ends with abc']).out).toBe('ends with abc');
	});

	it('prefers the longer of two values starting at the same place, even when it arrives in pieces', () => {
		const values = {SHORT: 'abcd1234', LONG: 'abcd1234-and-more'};
		expect(streamed(values, ['x abcd1234-and-more y']).out).toBe('x [secret:LONG] y');
		expect(streamed(values, ['x abcd1234', '-and-more y']).out).toBe('x [secret:LONG] y');
		expect(streamed(values, ['x abcd1234', '-and-less y']).out).toBe('x [secret:SHORT]-and-less y');
	});

	it('hides the union of overlapping values: no byte of either shows', () => {
		const values = {A: 'abcdef', B: 'defghi'};
		expect(streamed(values, ['abcdefghi']).out).toBe('[secret:A][secret:B]');
		expect(streamed(values, ['xxdefghi']).out).toBe('xx[secret:B]');
		const issue = {P1: 'abcdef12', P2: 'ef12ghij'};
		expect(streamed(issue, ['abcdef12ghij']).out).toBe('[secret:P1][secret:P2]');
		expect(streamed(issue, ['x abcdef12ghij y']).out).toBe('x [secret:P1][secret:P2] y');
		// A chain of three, and neighbours with nothing between them.
		expect(streamed({A: 'abcd', B: 'cdef', C: 'efgh'}, ['abcdefgh']).out).toBe('[secret:A][secret:B][secret:C]');
		expect(streamed({A: 'abcd', B: 'efgh'}, ['abcdefgh']).out).toBe('[secret:A][secret:B]');
		// A value inside another adds nothing.
		expect(streamed({A: 'abcdefgh', B: 'cde'}, ['abcdefgh']).out).toBe('[secret:A]');
	});

	it('hides overlapping values split at every position, never showing a piece early', () => {
		const issue = {P1: 'abcdef12', P2: 'ef12ghij'};
		const text = 'x abcdef12ghij y';
		for (let cut = 1; cut < text.length; cut++) {
			const {out, emitted} = streamed(issue, [text.slice(0, cut), text.slice(cut)]);
			expect(out).toBe('x [secret:P1][secret:P2] y');
			expect(emitted[0]!.replaceAll(/\[secret:P[12]\]/g, '')).not.toMatch(/[a-j12]{2}/);
		}
	});

	it('is UTF-8 safe: values and text split inside a character', () => {
		const value = 'pässwörd-日本語-🔑';
		const bytes = Buffer.from(`héllo ${value} wörld 日本`);
		for (let cut = 1; cut < bytes.length; cut++) {
			const {out} = streamed({KEY: value}, [bytes.subarray(0, cut), bytes.subarray(cut)]);
			expect(out).toBe('héllo [secret:KEY] wörld 日本');
		}
	});

	it('passes text through untouched when there is nothing to redact', () => {
		const text = 'plain ünïcode 🎉 text\n'.repeat(100);
		expect(streamed({}, [text]).out).toBe(text);
		expect(streamed({EMPTY: ''}, [text]).out).toBe(text);
	});

	it('matches a reference on random texts, values and chunkings (both matching engines)', () => {
		let seed = 42;
		const random = (n: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed % n;
		};

		const word = (min: number, max: number) => Array.from({length: min + random(max - min + 1)}, () => 'abc'[random(3)]).join('');
		for (let round = 0; round < 3000; round++) {
			// Values of 3+ bytes use Wu-Manber; a round with a 1-2 byte value uses the regular expression.
			const short = round % 5 === 0;
			const values: Record<string, string> = {};
			for (let index = 0; index < 1 + random(4); index++) {
				values[`S${index}`] = word(short && index === 0 ? 1 : 3, short && index === 0 ? 2 : 7);
			}

			const text = word(0, 40);
			const pieces: string[] = [];
			for (let index = 0; index < text.length; ) {
				const size = 1 + random(6);
				pieces.push(text.slice(index, index + size));
				index += size;
			}

			expect(streamed(values, pieces).out, JSON.stringify({values, pieces})).toBe(reference(values, text));
		}
	});

	it('redacts 100 and 1,000 values in several megabytes quickly', () => {
		const values = new Map<string, string>();
		for (let index = 0; index < 1000; index++) {
			values.set(`S${index}`, `tok_${index.toString(36)}_${(index * 7919).toString(36)}xyzw`);
		}

		const line = Buffer.from(`INFO request id=42 user=alice status=200 GET /api/v1/items tok_${(500).toString(36)}_${(500 * 7919).toString(36)}xyzw done\n`);
		const data = Buffer.concat(Array.from({length: 50_000}, () => line));
		const redactor = new Redactor(redactionRules(values));
		const started = performance.now();
		let out = '';
		for (let offset = 0; offset < data.length; offset += 65_536) {
			out += redactor.write(data.subarray(offset, offset + 65_536)).toString('latin1');
		}

		out += redactor.end().toString('latin1');
		const elapsed = performance.now() - started;
		expect(out.split('[secret:S500]').length - 1).toBe(50_000);
		expect(out).not.toContain('xyzw');
		expect(elapsed).toBeLessThan(3000);
	});
});

describe('the forms a value takes in output', () => {
	it('hides the value without its trailing newline, as a pty prints it (\\r\\n), and each line of a multi-line value', () => {
		const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\nAQEFAASCBKcwggSjAgEAAoIB\n-----END KEY-----\n';
		const values = {TOK: 'tok-3f9a2c\n', KEY: key, SHORT: 'ab\ncd\nef'};
		expect(streamed(values, ['token: tok-3f9a2c.\n']).out).toBe('token: [secret:TOK].\n');
		expect(streamed(values, ['line 2: AQEFAASCBKcwggSjAgEAAoIB\n']).out).toBe('line 2: [secret:KEY]\n');
		expect(streamed(values, [key.replaceAll('\n', '\r\n')]).out).toBe('[secret:KEY]');
		expect(streamed(values, ['<ab\r\ncd\r\nef>']).out).toBe('<[secret:SHORT]>');
		// Lines shorter than 4 characters and PEM's armour lines, which every key shares, stay visible.
		expect(streamed(values, ['ab cd -----BEGIN KEY-----']).out).toBe('ab cd -----BEGIN KEY-----');
	});

	it('keeps a whole value under its own name when it is also a line of another', () => {
		expect(streamed({A: 'first-line\nsecond-line', B: 'second-line'}, ['x second-line y']).out).toBe('x [secret:B] y');
	});
});
