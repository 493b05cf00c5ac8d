import {describe, expect, it} from 'vitest';
import {splitKeys} from '../../../source/ui/keys/splitKeys.js';

const plain = splitKeys('j', {} as never)[0]![1];

describe('splitKeys', () => {
	it('leaves a single key alone', () => {
		expect(splitKeys('j', plain)).toEqual([['j', plain]]);
	});

	it('splits characters that arrived together into key presses', () => {
		const keys = splitKeys('aB\r\t\u007F\u0014', plain);
		expect(keys.map(([input]) => input)).toEqual(['a', 'B', '', '', '', 't']);
		expect(keys[1]![1].shift).toBe(true);
		expect(keys[2]![1].return).toBe(true);
		expect(keys[3]![1].tab).toBe(true);
		expect(keys[4]![1].delete).toBe(true);
		expect(keys[5]![1].ctrl).toBe(true);
	});
});
