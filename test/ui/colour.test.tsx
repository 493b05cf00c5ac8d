// Colour on and off in the frames ink draws: with NO_COLOR or --no-color no colour code at all, yet
// the selection (inverse and `›`), the dim mask and the expiry marks are still there; otherwise the
// expired name is red and the expiring one magenta. The session draws styles as the real TUI does.
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {takeGlobalOptions} from '../../source/cli/global-options.js';
import {colourOn} from '../../source/util/colour.js';
import {drawStyles} from '../../source/ui/shared/colour.js';
import {colourParameters, sgrParameters} from '../helpers/sgr.js';
import {tempHome} from '../helpers/temp.js';
import {lineWith, renderApp} from './render.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const cleanup: Array<() => void> = [];
beforeAll(() => drawStyles());
afterAll(() => drawStyles(false));
afterEach(() => {
	for (const done of cleanup.splice(0)) {
		done();
	}
});

/** The TUI on a store with an expired, an expiring and a plain secret, its colour decided as the real start decides it. */
async function open(argv: string[], env: Record<string, string>) {
	const home = tempHome();
	const store = new SecretStore(path.join(home, 'secrets.json'));
	await store.set('AOLD', 'old-value', {expires: day(-2)});
	await store.set('BSOON', 'soon-value', {expires: day(3)});
	await store.set('CPLAIN', 'plain-value');
	const {globals} = takeGlobalOptions(argv);
	const app = renderApp(home, {colour: colourOn({noColorFlag: globals.noColor, env, isTTY: true})});
	cleanup.push(() => app.unmount());
	return {...app, frame: await app.waitFor('CPLAIN')};
}

describe('colour in the frames', () => {
	for (const [label, argv, env] of [
		['NO_COLOR=1', [], {NO_COLOR: '1'}],
		['--no-color', ['--no-color'], {}],
		['--no-color over FORCE_COLOR=1', ['--no-color'], {FORCE_COLOR: '1'}],
	] as const) {
		it(`with ${label}: no colour code, and the selection, the mask and the expiry still show`, async () => {
			const {frame} = await open([...argv], {...env});
			expect(colourParameters(frame)).toEqual([]);
			// Styles are not colours: the selection is inverse, the mask dim.
			expect(sgrParameters(frame)).toEqual(expect.arrayContaining([7, 2]));
			const plain = stripVTControlCharacters(frame);
			expect(lineWith(plain, 'AOLD')).toMatch(/^› AOLD .*expired/);
			expect(lineWith(plain, 'BSOON')).toMatch(/^ {2}BSOON .*expiring/);
			expect(lineWith(plain, 'CPLAIN')).not.toMatch(/expir/);
		});
	}

	it('otherwise: the expired name red, the expiring one magenta, the plain one in the terminal foreground', async () => {
		const {frame} = await open([], {});
		const row = (name: string) => lineWith(frame, name);
		expect(colourParameters(row('AOLD'))).toContain(31);
		expect(colourParameters(row('BSOON'))).toContain(35);
		expect(colourParameters(row('CPLAIN'))).toEqual([]);
		expect(sgrParameters(row('AOLD'))).toContain(7);
	});

	it("the details' expiry date in the expired colour, and in words without colour", async () => {
		for (const [argv, red] of [[[], true], [['--no-color'], false]] as const) {
			const app = await open([...argv], {});
			await app.press('i');
			const line = lineWith(await app.waitFor(/expires/), 'expires');
			expect(stripVTControlCharacters(line)).toMatch(/expires +\d{4}-\d\d-\d\d, expired 2 days ago/);
			expect(colourParameters(line).includes(31), argv.join(' ')).toBe(red);
			app.unmount();
		}
	});
});
