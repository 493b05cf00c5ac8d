// Notes and expiry kept with a secret: set, list (an EXPIRES column, --expired, --expiring for cron),
// a launch with an expired secret (one warning, still runs), the library API.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, runCli} from '../../helpers/cli.js';
import {tempHome} from '../../helpers/temp.js';

type Api = typeof import('../../../source/api.js');

const api = (await import(path.join(ROOT, 'dist/api.mjs'))) as Api;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function seeded(): Promise<string> {
	const home = tempHome();
	for (const [name, expires] of [
		['OLD_TOKEN', day(-3)],
		['SOON_TOKEN', day(5)],
		['LATER_TOKEN', day(100)],
	] as const) {
		expect((await runCli(['set', name, `${name.toLowerCase()}-value-long`, '--expires', expires, '--note', `note of ${name}`], {home})).code).toBe(0);
	}

	expect((await runCli(['set', 'PLAIN', 'plain-value-long'], {home})).code).toBe(0);
	return home;
}

describe('set --note --expires and list', () => {
	it('keeps them, shows an EXPIRES column, and gives them in --json', async () => {
		const home = await seeded();
		const {stdout, code} = await runCli(['list'], {home});
		expect(code).toBe(0);
		const [header, ...rows] = stdout.trimEnd().split('\n');
		expect(header).toMatch(/^NAME +UPDATED +EXPIRES$/);
		expect(rows.find((row) => row.startsWith('OLD_TOKEN'))).toContain(`${day(-3)}  expired 3 days ago`);
		expect(rows.find((row) => row.startsWith('SOON_TOKEN'))).toContain(`${day(5)}  expires in 5 days`);
		expect(rows.find((row) => row.startsWith('PLAIN'))).toMatch(/ -$/);
		const json = JSON.parse((await runCli(['list', '--json'], {home})).stdout) as Array<Record<string, string>>;
		expect(json.find((secret) => secret.name === 'SOON_TOKEN')).toMatchObject({note: 'note of SOON_TOKEN', expires: day(5)});
		expect(Object.keys(json.find((secret) => secret.name === 'PLAIN')!).sort()).toEqual(['created', 'name', 'updated']);
	});

	it('has no EXPIRES column when no secret has a date', async () => {
		const home = tempHome();
		await runCli(['set', 'A', 'a-value'], {home});
		expect((await runCli(['list'], {home})).stdout.split('\n')[0]).toMatch(/^NAME +UPDATED$/);
	});

	it('keeps note and expiry on --overwrite unless given, and refuses a date that is none', async () => {
		const home = await seeded();
		expect((await runCli(['set', 'SOON_TOKEN', 'renewed-value-long', '--overwrite'], {home})).code).toBe(0);
		const json = JSON.parse((await runCli(['list', '--json'], {home})).stdout) as Array<Record<string, string>>;
		expect(json.find((secret) => secret.name === 'SOON_TOKEN')).toMatchObject({note: 'note of SOON_TOKEN', expires: day(5)});
		const bad = await runCli(['set', 'X', 'x-value', '--expires', '2027-02-30'], {home});
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('"2027-02-30" is not a date: give the expiry as YYYY-MM-DD, as in 2027-03-01.');
	});

	it('list --expired and --expiring DAYS report for cron: exit 1 when any has expired', async () => {
		const home = await seeded();
		const expired = await runCli(['list', '--expired', '--names'], {home});
		expect([expired.code, expired.stdout]).toEqual([1, 'OLD_TOKEN\n']);
		const expiring = await runCli(['list', '--expiring', '14', '--names'], {home});
		expect([expiring.code, expiring.stdout]).toEqual([1, 'OLD_TOKEN\nSOON_TOKEN\n']);
		await runCli(['delete', 'OLD_TOKEN'], {home});
		const fine = await runCli(['list', '--expiring', '14', '--names'], {home});
		expect([fine.code, fine.stdout]).toEqual([0, 'SOON_TOKEN\n']);
		const none = await runCli(['list', '--expired'], {home});
		expect([none.code, none.stdout, none.stderr]).toEqual([0, '', 'No secret has expired.\n']);
	});
});

describe('list --sort', () => {
	it('sorts by soonest expiry (none last) or most recent update, and refuses another key', async () => {
		const home = await seeded();
		expect((await runCli(['list', '--sort', 'expires', '--names'], {home})).stdout).toBe('OLD_TOKEN\nSOON_TOKEN\nLATER_TOKEN\nPLAIN\n');
		expect((await runCli(['list', '--sort', 'updated', '--names'], {home})).stdout).toBe('PLAIN\nLATER_TOKEN\nSOON_TOKEN\nOLD_TOKEN\n');
		const bad = await runCli(['list', '--sort', 'size'], {home});
		expect([bad.code, bad.stderr]).toEqual([2, 'secrets-tui: The option --sort takes updated or expires, not "size".\n']);
	});
});

describe('a launch with an expired secret', () => {
	it('warns once on stderr and still runs', async () => {
		const home = await seeded();
		const result = await runCli(['exec', '--secret', 'OLD_TOKEN', '--secret', 'SOON_TOKEN', '--', process.execPath, '-e', 'console.log(process.env.OLD_TOKEN.length)'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('20\n');
		expect(result.stderr.match(/expired/g)).toHaveLength(1);
		expect(result.stderr).toContain(`The secret OLD_TOKEN expired 3 days ago (${day(-3)}); it was passed all the same.`);
	});
});

describe('the library API', () => {
	it('accepts and returns note and expiry, and says {overwrite: true} for an existing name', async () => {
		const home = tempHome();
		await api.setSecret('K', 'k-value', {home, note: 'from the admin', expires: '2027-03-01'});
		expect(await api.listSecrets({home})).toEqual([expect.objectContaining({name: 'K', note: 'from the admin', expires: '2027-03-01'})]);
		await expect(api.setSecret('K', 'other', {home})).rejects.toThrow('A secret named K already exists; pass {overwrite: true} to replace its value.');
		await api.setSecret('K', 'other', {home, overwrite: true, note: ''});
		const [secret] = await api.listSecrets({home});
		expect(secret!.note).toBeUndefined();
		expect(secret!.expires).toBe('2027-03-01');
	});
});
