// othersCanWrite and checkTrusted against real files, folders and a real second user (stui13t).
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkTrusted, othersCanWrite} from '../../source/util/file-trust.js';
import {tempDir} from '../helpers/temp.js';
import {secondUser} from '../helpers/users.js';

const OTHER = 'stui13t';
const other = secondUser(OTHER);


/** A file in a fresh folder that only we can write (0755), itself `mode`. */
function fileIn(mode: number, folderMode = 0o755): string {
	const dir = path.join(tempDir(), 'defs');
	fs.mkdirSync(dir);
	fs.chmodSync(dir, folderMode);
	const file = path.join(dir, 'environments.yaml');
	fs.writeFileSync(file, '[]\n');
	fs.chmodSync(file, mode);
	return file;
}

describe('othersCanWrite', () => {
	it('finds nobody for a 0644 file of ours in folders of ours and root', () => {
		expect(othersCanWrite(fileIn(0o644))).toEqual([]);
	});

	it('names a world-writable file, a group-writable one, and one owned by another user', () => {
		const world = fileIn(0o666);
		expect(othersCanWrite(world)).toEqual([expect.objectContaining({target: world, by: 'others', isFolder: false, mode: 0o666})]);
		const group = fileIn(0o664);
		expect(othersCanWrite(group)).toEqual([expect.objectContaining({target: group, by: 'group'})]);
		const theirs = fileIn(0o644);
		fs.chownSync(theirs, other.uid, other.gid);
		expect(othersCanWrite(theirs)).toEqual([expect.objectContaining({target: theirs, by: 'owner', uid: other.uid})]);
	});

	it('names a folder above that every user can write without the sticky bit, not one with it', () => {
		const file = fileIn(0o644, 0o777);
		expect(othersCanWrite(file)).toEqual([expect.objectContaining({target: path.dirname(file), by: 'others', isFolder: true})]);
		fs.chmodSync(path.dirname(file), 0o1777);
		expect(othersCanWrite(file)).toEqual([]);
	});

	it('walks up to /: a loose folder two levels above counts', () => {
		const top = tempDir();
		const file = path.join(top, 'a', 'b', 'defs.yaml');
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, '[]\n');
		fs.chmodSync(top, 0o777);
		expect(othersCanWrite(file).map((exposure) => exposure.target)).toEqual([top]);
	});

	it('follows a symlink: the real file and the link (owned by another user) both count', () => {
		const real = fileIn(0o666);
		const link = path.join(tempDir(), 'link.yaml');
		fs.symlinkSync(real, link);
		fs.lchownSync(link, other.uid, other.gid);
		const found = othersCanWrite(link);
		expect(found).toContainEqual(expect.objectContaining({target: path.resolve(link), by: 'owner'}));
		expect(found).toContainEqual(expect.objectContaining({target: real, by: 'others'}));
	});
});

describe('checkTrusted', () => {
	it('private: refuses a group-writable file with the chmod that fixes it', () => {
		const file = fileIn(0o664);
		expect(() => checkTrusted(file, 'settings.yaml beside the store', 'private')).toThrow(
			`secrets-tui will not use settings.yaml beside the store ${file}: ${file} (mode 664) can be written by the group`,
		);
		expect(() => checkTrusted(file, 'settings.yaml beside the store', 'private')).toThrow(`Check its content, then run: chmod go-w '${file}'.`);
		fs.chmodSync(file, 0o644);
		expect(checkTrusted(file, 'settings.yaml beside the store', 'private')).toEqual([]);
	});

	it('shared: refuses a world-writable file, warns once (naming the group) for a group-writable one', () => {
		expect(() => checkTrusted(fileIn(0o666), 'the definitions file', 'shared')).toThrow('can be written by every user');
		const group = fileIn(0o664);
		fs.chownSync(group, 0, other.gid);
		const warnings = checkTrusted(group, 'the definitions file', 'shared');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`can be written by the group ${OTHER}`);
	});

	it('program: refuses a shell that belongs to another user, naming them', () => {
		const shell = fileIn(0o755);
		fs.chownSync(shell, other.uid, other.gid);
		expect(() => checkTrusted(shell, 'the shell', 'program')).toThrow(`${shell} belongs to ${OTHER}`);
	});
});
