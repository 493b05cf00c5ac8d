// The one rule of whether colour is drawn (util/colour.ts): --no-color and NO_COLOR win, FORCE_COLOR
// colours where the output alone would not, a pipe or a dumb terminal gets none.
import {describe, expect, it} from 'vitest';
import {colourOn} from '../../source/util/colour.js';

const tty = {noColorFlag: false, isTTY: true};

describe('colourOn', () => {
	it('is on for a terminal with nothing said', () => {
		expect(colourOn({...tty, env: {TERM: 'xterm-256color'}})).toBe(true);
		expect(colourOn({...tty, env: {}})).toBe(true);
	});

	it('is off with --no-color, whatever FORCE_COLOR says', () => {
		expect(colourOn({...tty, noColorFlag: true, env: {}})).toBe(false);
		expect(colourOn({...tty, noColorFlag: true, env: {FORCE_COLOR: '1'}})).toBe(false);
	});

	it('is off with NO_COLOR set to any non-empty value (no-color.org), also over FORCE_COLOR; an empty NO_COLOR is no NO_COLOR', () => {
		for (const value of ['1', '0', 'false', 'yes', ' ']) {
			expect(colourOn({...tty, env: {NO_COLOR: value}})).toBe(false);
			expect(colourOn({...tty, env: {NO_COLOR: value, FORCE_COLOR: '3'}})).toBe(false);
		}

		expect(colourOn({...tty, env: {NO_COLOR: ''}})).toBe(true);
	});

	it('is off when the output is not a terminal, or is a dumb one', () => {
		expect(colourOn({noColorFlag: false, isTTY: false, env: {}})).toBe(false);
		expect(colourOn({...tty, env: {TERM: 'dumb'}})).toBe(false);
	});

	it('FORCE_COLOR turns it on where only the output said no; FORCE_COLOR=0 or false turns it off; empty is unset', () => {
		for (const value of ['1', '2', '3', 'true']) {
			expect(colourOn({noColorFlag: false, isTTY: false, env: {FORCE_COLOR: value}})).toBe(true);
			expect(colourOn({...tty, env: {TERM: 'dumb', FORCE_COLOR: value}})).toBe(true);
		}

		for (const value of ['0', 'false']) {
			expect(colourOn({...tty, env: {FORCE_COLOR: value}})).toBe(false);
		}

		expect(colourOn({noColorFlag: false, isTTY: false, env: {FORCE_COLOR: ''}})).toBe(false);
		expect(colourOn({...tty, env: {FORCE_COLOR: ''}})).toBe(true);
	});
});
