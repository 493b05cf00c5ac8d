// store grant and revoke when the ACL tools or the file system cannot help: sentences, nothing changed.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {tempDir, tempHome} from '../helpers/temp.js';
import {requireRoot} from '../helpers/users.js';

/** A folder with a stand-in `setfacl` that fails as setfacl does on a file system without ACLs. */
function withoutAcls(): string {
	const bin = tempDir();
	const fake = path.join(bin, 'setfacl');
	fs.writeFileSync(fake, '#!/bin/sh\necho "setfacl: $3: Operation not supported" >&2\nexit 1\n', {mode: 0o755});
	return bin;
}

describe('store grant without ACLs', () => {
	it('says the file system has no ACLs and leaves the store as it was', async () => {
		requireRoot();
		const home = tempHome();
		const folder = path.join(tempDir(), 'lab');
		expect((await runCli(['store', 'add', 'lab', folder, '--group', 'root'], {home})).code).toBe(0);
		const before = fs.readFileSync(path.join(folder, 'secrets.json'), 'utf8');
		const result = await runCli(['store', 'grant', 'lab', 'nobody'], {home, env: {PATH: `${withoutAcls()}:${process.env.PATH}`}});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`secrets-tui: The file system holding ${folder} does not support ACLs, so one user cannot be given access there; share through the store's group instead (add them to the group), or put the store on a file system with ACLs.\n`,
		);
		expect(fs.readFileSync(path.join(folder, 'secrets.json'), 'utf8')).toBe(before);
	});

	it('refuses a user the system does not know, and a store nobody registered', async () => {
		const home = tempHome();
		expect((await runCli(['store', 'add', 'lab', path.join(tempDir(), 'lab'), '--group', 'root'], {home})).code).toBe(0);
		expect((await runCli(['store', 'grant', 'lab', 'stui17-nobody'], {home})).stderr).toBe(
			'secrets-tui: There is no user named stui17-nobody on this machine; give a login name, as `id USER` shows it.\n',
		);
		expect((await runCli(['store', 'grant', 'other', 'nobody'], {home})).stderr).toContain('There is no team store named other');
	});
});
