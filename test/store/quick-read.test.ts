// The quick reads (scan.ts, quick-read.ts) against the full parse (JSON.parse + parseStore): the same
// secrets, the same names, the same refusals, on stores written by the writer and on stores that are
// valid JSON in another shape, repeat names, or are damaged. Random stores come from a fixed seed, so a
// failure repeats.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseStore, type Secret, type StoreData} from '../../source/store/read.js';
import {readSecrets} from '../../source/store/quick-read.js';
import {compareNames, SecretStore} from '../../source/store/store.js';
import {checkStore, scanStore} from '../../source/store/scan.js';
import {serializeStore} from '../../source/store/write.js';
import {tempHome} from '../helpers/temp.js';
import {NAMES, pick, random, randomStore, randomText as text} from '../helpers/random-store.js';

type Outcome = {secrets?: unknown; error?: string};

function outcome(action: () => unknown): Outcome {
	try {
		return {secrets: action()};
	} catch (error) {
		return {error: (error as Error).message};
	}
}

/** What the full parse answers for `names`, and for the whole list (in name order, as SecretStore.list gives it). */
function fullAnswers(file: string, names: string[]): [Outcome, Outcome] {
	const parse = () => parseStore(file, fs.readFileSync(file, 'utf8')).secrets;
	return [
		outcome(() => {
			const secrets = parse();
			return new Map(names.filter((name) => secrets[name]).map((name) => [name, secrets[name]]));
		}),
		outcome(() => {
			const secrets = parse();
			return Object.keys(secrets)
				.sort(compareNames)
				.map((name) => ({name, ...secrets[name]}));
		}),
	];
}

function quickAnswers(file: string, names: string[]): [Outcome, Outcome] {
	return [outcome(() => new Map([...readSecrets(file, undefined, names)].sort(([a], [b]) => names.indexOf(a) - names.indexOf(b)))), outcome(() => new SecretStore(file).list())];
}

function storeFile(content: string | Buffer): string {
	const home = tempHome();
	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	const file = path.join(home, 'secrets.json');
	fs.writeFileSync(file, content, {mode: 0o600});
	return file;
}

/** Every name of the store, some it lacks, and invalid ones; sometimes more than the few searched one by one. */
function namesToAsk(next: () => number, data: StoreData): string[] {
	const held = Object.keys(data.secrets);
	const asked = [...NAMES.slice(0, 4), 'MISSING', 'not valid', 'Ā', ''];
	return next() < 0.5 ? [...asked, ...held.slice(0, 3)] : [...asked, ...held];
}

function expectSameAnswers(file: string, names: string[]): void {
	const [fullOne, fullAll] = fullAnswers(file, names);
	const [quickOne, quickAll] = quickAnswers(file, names);
	expect(quickOne).toEqual(fullOne);
	expect(quickAll).toEqual(fullAll);
	// Key order too: the TUI and list --json show fields in this order.
	expect(JSON.stringify(quickAll)).toBe(JSON.stringify(fullAll));
	// list without values: the same secrets less their values, whole or a row at a time.
	const withoutValues = outcome(() => (fullAll.secrets as Array<Secret & {name: string}> | undefined)?.map(({value: _value, ...rest}) => rest));
	if (fullAll.error !== undefined) {
		expect(outcome(() => new SecretStore(file).summaries())).toEqual(fullAll);
		expect(outcome(() => new SecretStore(file).summaryRows())).toEqual(fullAll);
		return;
	}

	const summaries = new SecretStore(file).summaries();
	expect(JSON.stringify(summaries)).toBe(JSON.stringify(withoutValues.secrets));
	const rows = new SecretStore(file).summaryRows();
	const read = Array.from({length: rows.length}, (_unused, index) => rows.summary(index));
	expect(JSON.stringify(read)).toBe(JSON.stringify(withoutValues.secrets));
	expect(Array.from({length: rows.length}, (_unused, index) => rows.name(index))).toEqual(read.map((summary) => summary.name));
	for (const field of ['expires', 'updatedBy'] as const) {
		expect(rows.has(field)).toBe(read.some((summary) => summary[field] !== undefined));
	}

	// The plain table's own reads: the updated time alone, whether two rows share it, the widest name.
	expect(Array.from({length: rows.length}, (_unused, index) => rows.updated(index))).toEqual(read.map((summary) => summary.updated));
	for (let index = 1; index < rows.length; index++) {
		expect(rows.sameUpdated(index, index - 1)).toBe(read[index]!.updated === read[index - 1]!.updated);
	}

	expect(rows.nameWidth()).toBe(Math.max(0, ...read.map((summary) => summary.name.length)));
}

describe('the quick reads give the full parse answers', () => {
	it('on 300 random stores written by the writer (each read by the scan, not the fallback)', () => {
		const next = random(18);
		for (let round = 0; round < 300; round++) {
			const data = randomStore(next, Math.floor(next() * 12));
			const content = serializeStore(data) + (next() < 0.3 ? '\n' : '');
			expect(checkStore(Buffer.from(content), () => undefined), content).toBe(true);
			expectSameAnswers(storeFile(content), namesToAsk(next, data));
		}
	});

	it('on stores in another JSON shape, with repeated names, or damaged (the scan refuses them; the answers or refusals are the same)', () => {
		const next = random(1818);
		const variants: Array<(content: string) => string> = [
			(content) => JSON.stringify(JSON.parse(content)),
			(content) => JSON.stringify(JSON.parse(content), undefined, 2),
			(content) => `\uFEFF${content}`,
			(content) => ` ${content}`,
			(content) => content.replace('"version": 1', '"version": 1.0'),
			(content) => content.replace('"version": 1', '"version": 2'),
			(content) => content.replace('{\n\t"version": 1,', '{\n\t"other": true,\n\t"version": 1,'),
			(content) => content.replace('"value": "', '"value": "\\/\\u0041'),
			(content) => content.replace('"value": "', '"value": "\\ud83d\\ude00'),
			(content) => content.replace(/"created": ("[^"]*"),\n\t\t\t"updated": ("[^"]*")/, '"updated": $2,\n\t\t\t"created": $1'),
			(content) => content.replace('"created": "', '"created": 1, "x": "'),
			(content) => content.replace(/,\n\t\t\t"updated": "[^"]*"/, ''),
			(content) => content.replace('"updated": "', '"updated": "x", "extra": "'),
			(content) => content.replace(/\n\t\t\}(?=\n\t\}\n\}$)/, '\n\t\t},'),
			(content) => content.slice(0, Math.floor(content.length * next())),
			(content) => content.replace(/\t\t"([^"]+)": \{/, '\t\t"$1 x": {'),
			(content) => content.replace(/\t\t"([^"]+)": \{/, '\t\t"\\u0041": {'),
			(content) => content.replace(/\t\t"([^"]+)": \{/, '\t\t"A": {'),
			(content) => content.replace(/\n\t\}\n\}$/, '\n\t}\n}\n\t\t"B": {}'),
			(content) => content + 'x',
			(content) => {
				// A repeated name: an entry copied, with another value, after the last one.
				const entry = /\t\t"[^"]+": \{\n[\s\S]*?\n\t\t\}/.exec(content)?.[0];
				return entry ? content.replace(/\n\t\}\n\}$/, `,\n${entry.replace(/"value": "/, '"value": "again ')}\n\t}\n}`) : content;
			},
			(content) => {
				const at = Math.floor(next() * content.length);
				return content.slice(0, at) + pick(next, ['"', '\\', '\u0001', '\n', '}', ',', 'é']) + content.slice(at + 1);
			},
		];
		for (let round = 0; round < 400; round++) {
			const data = randomStore(next, 1 + Math.floor(next() * 8));
			const variant = variants[round % variants.length]!;
			const content = variant(serializeStore(data));
			expectSameAnswers(storeFile(content), namesToAsk(next, data));
		}

		// Bytes that are not UTF-8 are read as U+FFFD by both.
		const bytes = Buffer.from(serializeStore({version: 1, secrets: {A: {value: 'xx', created: 'c', updated: 'u'}}}));
		bytes[bytes.indexOf('xx')] = 0xff;
		expectSameAnswers(storeFile(bytes), ['A']);
	});

	it('across the windows the scan decodes, with entries larger than a window, and a file end planted inside', () => {
		const next = random(181818);
		const secrets = Object.create(null) as Record<string, Secret>;
		for (let index = 0; index < 3000; index++) {
			const big = index % 700 === 5;
			secrets[`S${index}`] = {value: big ? text(next, 3) + 'é"\\'.repeat(400_000) : text(next, 8), created: 'c', updated: 'u'};
		}

		const content = serializeStore({version: 1, secrets});
		expect(content.length).toBeGreaterThan(3_000_000);
		let entries = 0;
		expect(scanStore(Buffer.from(content), () => entries++)).toBe(true);
		expect(entries).toBe(3000);
		const names = ['S0', 'S5', 'S705', 'S1500', 'S2999', 'S3000'];
		expectSameAnswers(storeFile(content), names);
		expectSameAnswers(storeFile(content), Object.keys(secrets));
		// The secrets' end (and the file's) planted in the middle: not JSON, refused by both alike.
		const planted = content.replace('\n\t\t},\n\t\t"S1500": {', '\n\t\t}\n\t}\n}\n\t\t"S1500": {');
		expect(checkStore(Buffer.from(planted), () => undefined)).toBe(false);
		expectSameAnswers(storeFile(planted), names);
	});

	it('refuses a file end planted after any entry, the ends of the decoded windows included', () => {
		const secrets = Object.create(null) as Record<string, Secret>;
		for (let index = 0; index < 60; index++) {
			secrets[`S${index}`] = {value: 'v'.repeat(50_000), created: 'c', updated: 'u'};
		}

		const content = serializeStore({version: 1, secrets});
		expect(checkStore(Buffer.from(content), () => undefined)).toBe(true);
		for (let index = 1; index < 60; index++) {
			const planted = content.replace(`\n\t\t},\n\t\t"S${index}": {`, `\n\t\t}\n\t}\n}\n\t\t"S${index}": {`);
			expect(planted).not.toBe(content);
			expect(checkStore(Buffer.from(planted), () => undefined), `after S${index - 1}`).toBe(false);
			expect(scanStore(Buffer.from(planted), () => undefined), `after S${index - 1}`).toBe(false);
		}
	});

	it('an empty store, and an empty secrets object, read as no secrets', () => {
		expect(checkStore(Buffer.from(serializeStore({version: 1, secrets: {}})), () => undefined)).toBe(true);
		expectSameAnswers(storeFile(serializeStore({version: 1, secrets: {}})), ['A']);
		expectSameAnswers(storeFile('{\n\t"version": 1,\n\t"secrets": {\n'), ['A']);
		expectSameAnswers(storeFile(''), ['A']);
	});
});
