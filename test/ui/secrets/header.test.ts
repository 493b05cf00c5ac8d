import {describe, expect, it} from 'vitest';
import {headerText} from '../../../source/ui/secrets/header.js';

describe('the header', () => {
	it('says the order when it is not by name, before the shown count', () => {
		expect(headerText(4, 0, 'name', 100)).toEqual({title: 'secrets-tui', summary: '  4 secrets'});
		expect(headerText(1, 1, 'name', 100)).toEqual({title: 'secrets-tui', summary: '  1 secret, 1 shown'});
		expect(headerText(4, 1, 'updated', 100)).toEqual({title: 'secrets-tui', summary: '  4 secrets, sorted by updated, 1 shown'});
		expect(headerText(4, 0, 'expires', 100)).toEqual({title: 'secrets-tui', summary: '  4 secrets, sorted by expiry'});
	});

	it('drops the title before the order when the terminal is narrow', () => {
		expect(headerText(10_000, 0, 'updated', 40)).toEqual({title: '', summary: '10000 secrets, sorted by updated'});
		expect(headerText(10_000, 3, 'name', 20).title).toBe('secrets-tui');
	});
});
