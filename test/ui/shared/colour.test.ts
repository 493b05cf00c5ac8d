// The roles table (ui/shared/colour.ts): what each meaning looks like, colours that read on dark and
// light backgrounds, and colour off keeping every style.
import {describe, expect, it} from 'vitest';
import {ROLES, roleStyle, type Role} from '../../../source/ui/shared/colour.js';

const roles = Object.keys(ROLES) as Role[];

describe('the colour roles', () => {
	it('has a role for each meaning the TUI draws', () => {
		expect(roles).toEqual(expect.arrayContaining(['name', 'masked', 'revealed', 'expired', 'expiring', 'success', 'failure', 'warning', 'question', 'progress', 'selection', 'cursor', 'hint', 'key', 'heading', 'stderr']));
	});

	it('uses only the terminal foreground and red, green, magenta: no white/black/grey, no yellow, cyan or blue, no background', () => {
		for (const role of roles) {
			const style = ROLES[role] as Record<string, unknown>;
			expect(Object.keys(style).every((key) => ['color', 'bold', 'dimColor', 'inverse'].includes(key)), role).toBe(true);
			expect([undefined, 'red', 'green', 'magenta'], role).toContain(style.color);
		}
	});

	it('tells apart by style, with no colour at all, what must never be confused: masked, revealed, selected', () => {
		expect(roleStyle('masked', false)).toEqual({dimColor: true});
		expect(roleStyle('revealed', false)).toEqual({bold: true});
		expect(roleStyle('selection', false)).toEqual({inverse: true});
		expect(roleStyle('cursor', false)).toEqual({inverse: true});
	});

	it('draws a warning and an expiring secret alike, an expired one as a failure, and no two of those like success', () => {
		expect(ROLES.expired.color).toBe('red');
		expect(ROLES.failure.color).toBe('red');
		expect(ROLES.expiring.color).toBe(ROLES.warning.color);
		expect(ROLES.success.color).toBe('green');
		expect(ROLES.expiring.color).not.toBe(ROLES.expired.color);
	});

	it('with colour off drops the colour of every role and keeps its styles', () => {
		for (const role of roles) {
			const {color, ...styles} = ROLES[role] as Record<string, unknown>;
			expect(roleStyle(role, true), role).toEqual({...styles, ...(color ? {color} : {})});
			expect(roleStyle(role, false), role).toEqual(styles);
		}

		expect(roleStyle('question', false)).toEqual({bold: true});
		expect(roleStyle(undefined, true)).toEqual({});
	});
});
