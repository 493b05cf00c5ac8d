import {describe, expect, it} from 'vitest';
import {headerText} from '../../../source/ui/secrets/header.js';

describe('the header', () => {
	it('says the order when it is not by name, before the shown count', () => {
		expect(headerText(4, 0, 'name', 100)).toEqual({title: 'secrets-tui', store: '', summary: '  4 secrets'});
		expect(headerText(1, 1, 'name', 100)).toEqual({title: 'secrets-tui', store: '', summary: '  1 secret, 1 shown'});
		expect(headerText(4, 1, 'updated', 100)).toEqual({title: 'secrets-tui', store: '', summary: '  4 secrets, sorted by updated, 1 shown'});
		expect(headerText(4, 0, 'expires', 100)).toEqual({title: 'secrets-tui', store: '', summary: '  4 secrets, sorted by expiry'});
	});

	it('drops the title before the order when the terminal is narrow', () => {
		expect(headerText(10_000, 0, 'updated', 40)).toEqual({title: '', store: '', summary: '10000 secrets, sorted by updated'});
		expect(headerText(10_000, 3, 'name', 20).title).toBe('secrets-tui');
	});

	it('names the store shown once a team store is registered, keeping it when the title gives way', () => {
		expect(headerText(3, 0, 'name', 100, '[S] personal')).toEqual({title: 'secrets-tui', store: '  [S] personal', summary: '  3 secrets'});
		expect(headerText(2, 1, 'updated', 100, '[S] team lab')).toEqual({title: 'secrets-tui', store: '  [S] team lab', summary: '  2 secrets, sorted by updated, 1 shown'});
		expect(headerText(2, 0, 'updated', 40, '[S] team lab')).toEqual({title: '', store: '[S] team lab', summary: '  2 secrets, sorted by updated'});
	});
});
