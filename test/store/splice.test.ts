// The in-place write of one entry (splice.ts) against the full path (parse the whole file, change the
// entry, write it all again): byte for byte the same file and the same result, on random stores written
// by the writer; and no splice at all for a file in another shape or a name it repeats.
import {describe, expect, it} from 'vitest';
import {parseStore, type Secret} from '../../source/store/read.js';
import {spliceEntry} from '../../source/store/splice.js';
import {serializeStore} from '../../source/store/write.js';
import {NAMES, pick, random, randomSecret, randomStore} from '../helpers/random-store.js';

describe('one entry changed in the file bytes', () => {
	it('gives the full path bytes, for a new name or an existing one, on 400 random stores', () => {
		const next = random(2018);
		for (let round = 0; round < 400; round++) {
			const data = randomStore(next, Math.floor(next() * 10));
			const content = serializeStore(data) + pick(next, ['', '', '\n', ' \r\n']);
			const held = Object.keys(data.secrets);
			const name = held.length > 0 && next() < 0.5 ? pick(next, held) : pick(next, [...NAMES, 'NEW_ONE']);
			const replacement = randomSecret(next);
			const update = (existing: Secret | undefined) => ({secret: {...existing, ...replacement}, result: existing});

			const whole = parseStore('f', content);
			const expected = update(whole.secrets[name]);
			whole.secrets[name] = expected.secret;
			const spliced = spliceEntry(Buffer.from(content), name, update);
			expect(spliced, content).toBeDefined();
			expect(Buffer.concat(spliced!.pieces).toString('utf8')).toBe(serializeStore(whole));
			expect(spliced!.result).toEqual(expected.result);
		}
	});

	it('leaves a file in another shape, or a name the file repeats, to the full path', () => {
		const content = serializeStore({version: 1, secrets: {A: {value: 'x', created: 'c', updated: 'u'}, B: {value: 'y', created: 'c', updated: 'u'}}});
		const update = () => ({secret: {value: 'z', created: 'c', updated: 'u'}, result: undefined});
		expect(spliceEntry(Buffer.from(JSON.stringify(JSON.parse(content))), 'A', update)).toBeUndefined();
		expect(spliceEntry(Buffer.from(content.replace('"value": "x"', '"value": "\\u0078"')), 'A', update)).toBeUndefined();
		const repeated = content.replace(/\n\t\}\n\}$/, ',\n\t\t"A": {\n\t\t\t"value": "again",\n\t\t\t"created": "c",\n\t\t\t"updated": "u"\n\t\t}\n\t}\n}');
		expect(JSON.parse(repeated).secrets.A.value).toBe('again');
		expect(spliceEntry(Buffer.from(repeated), 'A', update)).toBeUndefined();
		// Another name of that file is spliced: the repeat stays, and the file reads as the full path's.
		const spliced = spliceEntry(Buffer.from(repeated), 'B', update);
		const whole = parseStore('f', repeated);
		whole.secrets.B = update().secret;
		expect(parseStore('f', Buffer.concat(spliced!.pieces).toString('utf8'))).toEqual(whole);
	});
});
