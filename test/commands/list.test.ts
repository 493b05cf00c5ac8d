// list prints the same bytes whichever way it reads the store: rows straight from the bytes of a file in
// the writer's shape (store/rows.ts), or objects from the full parse of a file in any other shape. Both
// are checked against `reference` below: the table, the names and the JSON as list made them when it
// read every secret as an object (before it read rows from the bytes), over random stores with hostile
// values, notes, odd update times, names that differ only in case, repeated names and every column.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run as listCommand, tabsAsSpaces} from '../../source/commands/list.js';
import {parseStore, type Secret, type StoreData} from '../../source/store/read.js';
import {compareNames} from '../../source/store/store.js';
import {sortSecrets, type SecretOrder} from '../../source/store/order.js';
import {expiryText} from '../../source/store/expiry.js';
import {checkStore} from '../../source/store/scan.js';
import {serializeStore} from '../../source/store/write.js';
import {relativeTime} from '../../source/util/time.js';
import {printable, printableExact, printableJson} from '../../source/util/printable.js';
import {pick, random, randomStore} from '../helpers/random-store.js';
import {tempHome, pointStoreHomeAt} from '../helpers/temp.js';
import {FORBIDDEN, HOSTILE, SHOWN} from '../helpers/hostile.js';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');

afterEach(() => {
	vi.restoreAllMocks();
});

type Listed = Secret & {name: string};

/** list's output as it was made from objects: the reference the bytes must match. */
function reference(file: string, args: string[]): {stdout: string; stderr: string} {
	const {secrets} = parseStore(file, fs.readFileSync(file, 'utf8'));
	const byName = Object.keys(secrets)
		.sort(compareNames)
		.map((name) => ({name, ...secrets[name]!}));
	const sortIndex = args.indexOf('--sort');
	const rows: readonly Listed[] = sortIndex === -1 ? byName : sortSecrets(byName, args[sortIndex + 1] as SecretOrder);
	const withValues = args.includes('--values');
	// Only a names list in another order says nothing of an empty store.
	if (rows.length === 0 && !args.includes('--json') && !(args.includes('--names') && sortIndex !== -1)) {
		return {stdout: '', stderr: 'No secrets yet; add one with secrets-tui set and a name of yours, as in: secrets-tui set GITHUB_TOKEN\n'};
	}

	if (args.includes('--names')) {
		return {stdout: rows.map((row) => printable(row.name) + '\n').join(''), stderr: ''};
	}

	if (args.includes('--json')) {
		const keys: Array<keyof Listed> = ['name', 'created', 'updated', 'note', 'expires', 'updatedBy', ...(withValues ? (['value'] as const) : [])];
		const json = rows.map((row) => Object.fromEntries(keys.filter((key) => row[key] !== undefined).map((key) => [key, row[key]])));
		return {stdout: printableJson(JSON.stringify(json, null, 2)) + '\n', stderr: ''};
	}

	// Columns: NAME, UPDATED (with "by"), EXPIRES when any secret has a date, VALUE when asked; each
	// padded to its width when another follows, and a line ending in a padded column trimmed.
	const expiries = rows.some((row) => row.expires !== undefined);
	const by = rows.some((row) => row.updatedBy !== undefined);
	const dated = (expires: string | undefined) => (expires ? printable(`${expires}  ${expiryText(expires, NOW)}`) : '-');
	const when = (row: Listed) => {
		const words = printable(`${row.updated.slice(0, 16).replace('T', ' ')}Z  ${relativeTime(row.updated, NOW)}`);
		return by ? `${words}  by ${printable(row.updatedBy ?? '?')}` : words;
	};

	const table = [
		['NAME', 'UPDATED', ...(expiries ? ['EXPIRES'] : []), ...(withValues ? ['VALUE'] : [])],
		...rows.map((row) => [printable(row.name), when(row), ...(expiries ? [dated(row.expires)] : []), ...(withValues ? [printableExact(row.value)] : [])]),
	];
	const widths = [Math.max(4, ...rows.map((row) => printable(row.name).length)), by ? 56 : 36, Math.max(7, ...rows.map((row) => dated(row.expires).length))];
	const lines = table.map((cells) => {
		const line = cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
		return expiries || withValues ? line.trimEnd() : line;
	});
	return {stdout: lines.map((line) => line + '\n').join(''), stderr: ''};
}

/** Runs list in this process on the store `file`, at NOW, and collects what it writes. */
async function listed(file: string, args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
	pointStoreHomeAt(path.dirname(file));
	vi.spyOn(Date, 'now').mockReturnValue(NOW);
	const out: string[] = [];
	const error: string[] = [];
	// list writes standard output with writeSync (util/output.ts), standard error through the stream.
	const writeSync = fs.writeSync.bind(fs);
	vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: Uint8Array | string, offset?: number, length?: number) => {
		if (fd !== 1) {
			return typeof data === 'string' ? writeSync(fd, data) : writeSync(fd, data, offset, length);
		}

		const text = typeof data === 'string' ? data : Buffer.from(data.subarray(offset, offset! + length!)).toString('utf8');
		out.push(text);
		return Buffer.byteLength(text);
	}) as typeof fs.writeSync);
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => error.push(String(chunk)) > 0);
	try {
		const code = await listCommand(args);
		return {code, stdout: out.join(''), stderr: error.join('')};
	} finally {
		vi.restoreAllMocks();
	}
}

function storeFile(content: string): string {
	const home = tempHome();
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const file = path.join(home, 'secrets.json');
	fs.writeFileSync(file, content, {mode: 0o600});
	return file;
}

/** Update times beside the usual ones: escapes, non-ASCII, a quote, not a time at all, many the same. */
const TIMES = ['2026-06-15T11:59:30.000Z', '2026-06-01T08:00:00.000Z', '2025-01-01T00:00:00.000Z', 'not a time', 'x\u0001y\\"z', 'é日😀', '', '2026-06-15T12:00:00.000Z'];
const CASES = ['API', 'api', 'Api', 'aPI', 'DB_x', 'db_X', 'db-x', 'db.x', '_', 'Z', 'z9', 'a'.repeat(128)];

/** A random store: the helper's hostile values and notes, and more kinds of names and update times. */
function variedStore(next: () => number, count: number): StoreData {
	const data = randomStore(next, count);
	for (let index = 0; index < count / 2; index++) {
		data.secrets[pick(next, CASES)] = {value: 'v', created: pick(next, TIMES), updated: pick(next, TIMES)};
	}

	for (const secret of Object.values(data.secrets)) {
		if (next() < 0.5) {
			secret.updated = pick(next, TIMES);
		}
	}

	return data;
}

/** The same store with a name repeated (the writer never does it; JSON.parse keeps the last entry): still in the writer's shape. */
function withRepeat(content: string): string {
	const entry = /\t\t"[^"]+": \{\n[\s\S]*?\n\t\t\}/.exec(content)?.[0];
	const again = entry?.replace(/"updated": "(?:[^"\\]|\\.)*"/, () => '"updated": "2026-06-10T00:00:00.000Z"');
	return again ? content.replace(/\n\t\}\n\}\n?$/, () => `,\n${again}\n\t}\n}\n`) : content;
}

const COMMANDS = [['list'], ['list', '--names'], ['list', '--json'], ['list', '--values'], ['list', '--sort', 'updated'], ['list', '--json', '--values'], ['list', '--sort', 'expires']];

async function expectAsReference(file: string): Promise<void> {
	for (const args of COMMANDS) {
		const {code, stdout, stderr} = await listed(file, args.slice(1));
		const expected = reference(file, args);
		expect({code, stdout, stderr}, `${args.join(' ')} on ${fs.readFileSync(file, 'utf8').slice(0, 2000)}`).toEqual({code: 0, ...expected});
		if (args.includes('--json')) {
			expect(() => JSON.parse(stdout) as unknown).not.toThrow();
		}
	}
}

describe('list prints what it printed from objects, read from the bytes or from the full parse', () => {
	it('on random stores in the writer’s shape (read from the bytes) and in another JSON shape (the full parse)', async () => {
		const next = random(2026);
		for (let round = 0; round < 120; round++) {
			const data = variedStore(next, Math.floor(next() * 14));
			const written = serializeStore(data);
			expect(checkStore(Buffer.from(written), () => undefined)).toBe(true);
			const repeated = withRepeat(written);
			// The first two are read from the bytes, the last by the full parse.
			expect(checkStore(Buffer.from(repeated), () => undefined)).toBe(true);
			const shapes = [written, repeated, JSON.stringify(data, undefined, 2)];
			for (const content of shapes) {
				await expectAsReference(storeFile(content));
			}
		}
	});

	it('at 20,000 secrets, written in many batches: the JSON parses whole and every form is the reference', async () => {
		const next = random(20_000);
		const secrets = Object.create(null) as Record<string, Secret>;
		for (let index = 0; index < 20_000; index++) {
			const name = `${pick(next, ['K', 'k', 'db_', 'Db.', '_'])}${Math.floor(next() * 1e9)}`;
			secrets[name] = {value: 'é'.repeat(index % 7), created: pick(next, TIMES), updated: pick(next, TIMES), ...(index % 5 === 0 ? {note: 'a\u0085b\u202e'} : {})};
		}

		const file = storeFile(serializeStore({version: 1, secrets}));
		const json = await listed(file, ['--json']);
		expect((JSON.parse(json.stdout) as unknown[]).length).toBe(Object.keys(secrets).length);
		await expectAsReference(file);
	});

	it('an empty store, an empty secrets object and no store file at all: the same words', async () => {
		for (const content of [serializeStore({version: 1, secrets: {}}), '{"version": 1, "secrets": {}}']) {
			await expectAsReference(storeFile(content));
		}

		const home = tempHome();
		fs.mkdirSync(home, {recursive: true, mode: 0o700});
		const none = await listed(path.join(home, 'secrets.json'), []);
		expect(none).toEqual({code: 0, stdout: '', stderr: 'No secrets yet; add one with secrets-tui set and a name of yours, as in: secrets-tui set GITHUB_TOKEN\n'});
		expect((await listed(path.join(home, 'secrets.json'), ['--json'])).stdout).toBe('[]\n');
	});

	it('shows an update time, who set it and an expiry date that hold escape sequences printable, in the writer’s shape and another', async () => {
		const secrets = {
			EVIL: {value: 'v', created: HOSTILE, updated: HOSTILE, updatedBy: HOSTILE, expires: HOSTILE},
			GOOD: {value: 'v', created: '2026-01-01T00:00:00.000Z', updated: '2026-06-01T00:00:00.000Z'},
		};
		for (const content of [serializeStore({version: 1, secrets}), JSON.stringify({version: 1, secrets})]) {
			const file = storeFile(content);
			for (const args of [[], ['--values'], ['--sort', 'updated']]) {
				const {stdout} = await listed(file, args);
				expect(stdout).not.toMatch(FORBIDDEN);
				expect(stdout).toContain(SHOWN[0]);
			}

			// Cut after 16 characters, the update time still shows its escape sequence as text.
			expect((await listed(file, [])).stdout).toContain('evil\\x1b]0;PWNED');
			await expectAsReference(file);
		}
	});

	it('a damaged store is refused with the same sentence either way', async () => {
		const written = serializeStore(variedStore(random(7), 5));
		for (const content of [written.slice(0, written.length - 9), written.replace('"value": "', '"value": 1, "x": "')]) {
			const file = storeFile(content);
			const message = (() => {
				try {
					reference(file, ['list']);
					return undefined;
				} catch (error) {
					return (error as Error).message;
				}
			})();
			expect(message).toMatch(/is damaged/);
			pointStoreHomeAt(path.dirname(file));
			await expect(listCommand([])).rejects.toThrow(message!);
		}
	});
});

describe('list --json respacing a batch of bytes', () => {
	it('turns each run of three tabs into four spaces exactly as replaceAll does, left to right', () => {
		const next = random(41);
		const into = Buffer.alloc(200);
		for (let round = 0; round < 5000; round++) {
			const text = Array.from({length: Math.floor(next() * 40)}, () => pick(next, ['\t', '\t', '\t', 'a', ' ', '\n', '"'])).join('');
			expect(Buffer.from(tabsAsSpaces(Buffer.from(text), into)).toString('latin1'), JSON.stringify(text)).toBe(text.replaceAll('\t\t\t', '    '));
		}
	});
});
