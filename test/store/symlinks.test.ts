// A store file that is a symbolic link is refused, naming its target (as ssh refuses linked keys);
// a store folder reached through a symbolic link (/home -> /gpfs/home on clusters) works as any other.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {tempDir} from '../helpers/temp.js';

/** A store folder whose secrets.json is a symbolic link to `target`. */
function linkedStore(target: string): {home: string; file: string} {
	const home = path.join(tempDir(), 'home');
	fs.mkdirSync(home, {mode: 0o700});
	const file = path.join(home, 'secrets.json');
	fs.symlinkSync(target, file);
	return {home, file};
}

const commands = [['list'], ['get', 'A'], ['set', 'B', 'second'], ['delete', 'A'], ['exec', '--secret', 'A', '--', 'true']];

describe('a store file that is a symbolic link', () => {
	it('to a folder: every command refuses, naming the folder, and changes nothing', async () => {
		const folder = tempDir();
		fs.chmodSync(folder, 0o755);
		const {home, file} = linkedStore(folder);
		for (const args of commands) {
			const result = await runCli(args, {home});
			expect(result.stderr, args.join(' ')).toBe(
				`secrets-tui: The store ${file} is a symbolic link to the folder ${folder}, so secrets-tui will not use it: it reads and writes only a plain file there. ` +
					`Remove the link (rm '${file}') to start a new store there, or point SECRETS_TUI_HOME at the folder that holds your store.\n`,
			);
			expect(result.code).toBe(1);
		}

		expect(fs.statSync(folder).mode & 0o777).toBe(0o755);
		expect(fs.readdirSync(folder)).toEqual([]);
		expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
		expect(fs.readdirSync(home)).toEqual(['secrets.json']);
	});

	it('to your own store file: every command refuses, naming it and the mv that fixes it, and neither file nor link changes', async () => {
		const elsewhere = path.join(tempDir(), 'home');
		expect((await runCli(['set', 'A', 'first'], {home: elsewhere})).code).toBe(0);
		const real = path.join(elsewhere, 'secrets.json');
		const before = fs.readFileSync(real);
		const {home, file} = linkedStore(real);
		for (const args of commands) {
			const result = await runCli(args, {home});
			expect(result.stderr, args.join(' ')).toBe(
				`secrets-tui: The store ${file} is a symbolic link to ${real}, so secrets-tui will not use it: it reads and writes only a plain file there. ` +
					`If ${real} is your store, put it in the link's place: mv '${real}' '${file}'.\n`,
			);
			expect(result.code).toBe(1);
		}

		expect(fs.readFileSync(real).equals(before)).toBe(true);
		expect(fs.readlinkSync(file)).toBe(real);
		expect(fs.readdirSync(home)).toEqual(['secrets.json']);
	});
});

describe('a store folder reached through a symbolic link', () => {
	it('works for every command, and the store is written in the real folder', async () => {
		const base = tempDir();
		const real = path.join(base, 'gpfs-home');
		fs.mkdirSync(real, {mode: 0o700});
		const home = path.join(base, 'home');
		fs.symlinkSync(real, home);
		expect((await runCli(['set', 'A', 'first'], {home})).code).toBe(0);
		expect((await runCli(['set', 'B', 'second'], {home})).code).toBe(0);
		expect((await runCli(['delete', 'B'], {home})).code).toBe(0);
		expect((await runCli(['get', 'A'], {home})).stdout).toBe('first\n');
		expect((await runCli(['exec', '--secret', 'A', '--', 'sh', '-c', 'test "$A" = first'], {home})).code).toBe(0);
		expect(fs.lstatSync(home).isSymbolicLink()).toBe(true);
		expect(fs.readdirSync(real)).toEqual(['secrets.json']);
		expect(fs.lstatSync(path.join(real, 'secrets.json')).isFile()).toBe(true);
	});
});
