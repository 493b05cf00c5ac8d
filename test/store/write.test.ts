// The store writer given a file system that misbehaves as full disks do: short writes, ENOSPC, EDQUOT.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UserError} from '../../source/util/errors.js';
import {emptyStore, type StoreData} from '../../source/store/read.js';
import {serializeStore, writeStore, writeStoreBytes, type WriterFs} from '../../source/store/write.js';
import {tempDir} from '../helpers/temp.js';

function storeWith(count: number, value = 'v'.repeat(50)): StoreData {
	const data = emptyStore();
	for (let index = 0; index < count; index++) {
		data.secrets[`S${index}`] = {value, created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z'};
	}

	return data;
}

/** A store file written for real, and its bytes. */
function existingStore(): {file: string; before: Buffer} {
	const dir = tempDir();
	const file = path.join(dir, 'secrets.json');
	writeStore(file, storeWith(3, 'old'));
	return {file, before: fs.readFileSync(file)};
}

/** The real fs, with writeSync replaced. */
function withWrite(writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number): WriterFs {
	return {...fs, writeSync: writeSync as WriterFs['writeSync']};
}

function failure(action: () => void): UserError {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(UserError);
		return error as UserError;
	}

	throw new Error('expected the write to fail');
}

describe('store writer: every byte or nothing', () => {
	it('loops over short writes until every byte is written', () => {
		const {file} = existingStore();
		let calls = 0;
		const shortWrites = withWrite((fd, buffer, offset, length) => {
			calls++;
			return fs.writeSync(fd, buffer, offset, Math.min(length, 7));
		});
		const data = storeWith(20);
		writeStore(file, data, shortWrites);
		expect(calls).toBeGreaterThan(10);
		expect(fs.readFileSync(file, 'utf8')).toBe(serializeStore(data));
	});

	it('writes pieces (a spliced store) one after the other, each whole, over short writes', () => {
		const {file} = existingStore();
		const text = serializeStore(storeWith(20));
		const pieces = [Buffer.from(text.slice(0, 101)), Buffer.from(''), Buffer.from(text.slice(101, 333)), Buffer.from(text.slice(333))];
		writeStoreBytes(file, pieces, withWrite((fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, Math.min(length, 7))));
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
	});

	const failures: Array<[string, WriterFs]> = [
		[
			'ENOSPC after a short write',
			(() => {
				let first = true;
				return withWrite((fd, buffer, offset, length) => {
					if (first) {
						first = false;
						return fs.writeSync(fd, buffer, offset, Math.min(length, 100));
					}

					throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
				});
			})(),
		],
		['a write of zero bytes', withWrite(() => 0)],
		[
			'ENOSPC at fsync',
			{
				...fs,
				fsyncSync() {
					throw Object.assign(new Error('ENOSPC: no space left on device, fsync'), {code: 'ENOSPC'});
				},
			},
		],
		['a size that does not match after the write', {...fs, fstatSync: ((fd: number) => ({...fs.fstatSync(fd), size: 12})) as WriterFs['fstatSync']}],
		[
			'ENOSPC when the temp file is created (a disk already full)',
			{
				...fs,
				openSync() {
					throw Object.assign(new Error('ENOSPC: no space left on device, open'), {code: 'ENOSPC'});
				},
			} as WriterFs,
		],
	];

	for (const [what, faulty] of failures) {
		it(`leaves the old store byte-identical and no temp file on ${what}`, () => {
			const {file, before} = existingStore();
			const error = failure(() => writeStore(file, storeWith(200), faulty));
			expect(error.message).toMatch(/^The disk holding .* is full; nothing was changed\.|^Cannot write the store .*; nothing was changed\./);
			expect(error.message).toContain(file);
			expect(fs.readFileSync(file).equals(before)).toBe(true);
			expect(fs.readdirSync(path.dirname(file))).toEqual(['secrets.json']);
		});
	}

	it('says the disk is full for ENOSPC, and names the quota for EDQUOT', () => {
		const {file} = existingStore();
		const full = failure(() =>
			writeStore(
				file,
				storeWith(5),
				withWrite(() => {
					throw Object.assign(new Error('no space'), {code: 'ENOSPC'});
				}),
			),
		);
		expect(full.message).toContain(`The disk holding ${file} is full; nothing was changed.`);
		const quota = failure(() =>
			writeStore(
				file,
				storeWith(5),
				withWrite(() => {
					throw Object.assign(new Error('quota'), {code: 'EDQUOT'});
				}),
			),
		);
		expect(quota.message).toMatch(/quota .* is used up; nothing was changed\./);
	});

	it('removes the temp files of writers that are gone, never those of a live writer', async () => {
		const {file} = existingStore();
		const dir = path.dirname(file);
		const host = os.hostname().replaceAll(/[^A-Za-z0-9.]/g, '_');
		const namespace = /\[(\d+)\]/.exec(fs.readlinkSync('/proc/self/ns/pid'))![1];
		const dead = spawnSync('true').pid!;
		const live = spawn('sleep', ['30']);
		const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
		const leftovers = {
			deadHere: `secrets.json.tmp-${host}-${namespace}-${dead}-a1`,
			liveHere: `secrets.json.tmp-${host}-${namespace}-${live.pid}-a2`,
			otherHostFresh: `secrets.json.tmp-otherhost-${namespace}-${dead}-a3`,
			otherHostOld: `secrets.json.tmp-otherhost-${namespace}-${dead}-a4`,
			olderVersionFresh: 'secrets.json.tmp-1700000000000abc',
			olderVersionOld: 'secrets.json.tmp-1700000000001abc',
		};
		try {
			for (const name of Object.values(leftovers)) {
				fs.writeFileSync(path.join(dir, name), 'old secrets', {mode: 0o600});
			}

			for (const name of [leftovers.otherHostOld, leftovers.olderVersionOld]) {
				fs.utimesSync(path.join(dir, name), hourAgo, hourAgo);
			}

			fs.writeFileSync(path.join(dir, 'other.json.tmp-1'), 'not ours');
			writeStore(file, storeWith(1));
			expect(fs.readdirSync(dir).sort()).toEqual(
				['other.json.tmp-1', 'secrets.json', leftovers.liveHere, leftovers.otherHostFresh, leftovers.olderVersionFresh].sort(),
			);
		} finally {
			live.kill();
		}
	});
});
