// Nextflow's own secrets store (a pretty-printed JSON array of {"name", "value"} at
// $NXF_HOME/secrets/store.json, 0600) both ways, and `export --format` read back by `import`.
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {runCli, type CliResult} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

let home: string;
let nxfHome: string;
const storeJson = () => path.join(nxfHome, 'secrets', 'store.json');

function cli(args: string[], options: {input?: string; env?: Record<string, string | undefined>} = {}): Promise<CliResult> {
	return runCli(args, {home, ...(options.input === undefined ? {} : {input: options.input}), env: {NXF_HOME: nxfHome, NXF_SECRETS_FILE: undefined, ...options.env}});
}

/** Nextflow's format, as its Gson pretty printer writes it. */
function writeNextflowStore(entries: Array<{name: string; value: string}>, mode = 0o600): void {
	fs.mkdirSync(path.dirname(storeJson()), {recursive: true, mode: 0o700});
	const body = entries.map(({name, value}) => `  {\n    "name": ${JSON.stringify(name)},\n    "value": ${JSON.stringify(value)}\n  }`).join(',\n');
	fs.writeFileSync(storeJson(), `[\n${body}\n]`, {mode});
	fs.chmodSync(storeJson(), mode);
}

async function set(name: string, value: string): Promise<void> {
	expect((await runCli(['set', name, '-'], {home, input: value})).code).toBe(0);
}

async function values(): Promise<Record<string, string>> {
	const result = await cli(['export', '--format', 'json']);
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as Record<string, string>;
}

beforeEach(() => {
	home = tempHome();
	nxfHome = path.join(tempDir(), 'nextflow-home');
});

describe('import --from nextflow', () => {
	it("reads Nextflow's store from NXF_HOME, in one write, --only picking entries", async () => {
		writeNextflowStore([
			{name: 'NCBI_API_KEY', value: 'ncbi-0123456789'},
			{name: 'AWS_SECRET', value: 'multi\nline ✓'},
			{name: 'OTHER', value: 'other-value'},
		]);
		const result = await cli(['import', '--from', 'nextflow', '--only', 'NCBI_API_KEY', '--only', 'AWS_SECRET']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('Imported 2 secrets: NCBI_API_KEY, AWS_SECRET.\n');
		expect(await values()).toEqual({AWS_SECRET: 'multi\nline ✓', NCBI_API_KEY: 'ncbi-0123456789'});
	});

	it('refuses a store others can read, one that is not its format, and an --only it does not have; nothing written', async () => {
		writeNextflowStore([{name: 'A', value: 'aaaa'}], 0o644);
		let result = await cli(['import', '--from', 'nextflow']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`secrets-tui: Nextflow's secrets store ${storeJson()} has mode 0644; Nextflow and secrets-tui require 0600 (rw-------): run \`chmod 600 ${storeJson()}\` if nobody else could have changed it.\n`);
		fs.chmodSync(storeJson(), 0o600);
		result = await cli(['import', '--from', 'nextflow', '--only', 'B']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`secrets-tui: Nothing was imported: ${storeJson()} has no entry B.\n`);
		fs.writeFileSync(storeJson(), '{"name": "A"}');
		result = await cli(['import', '--from', 'nextflow']);
		expect(result.stderr).toContain('is not a JSON array of {"name": …, "value": …}');
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('takes NXF_SECRETS_FILE, and a FILE given', async () => {
		const file = path.join(tempDir(), 'store.json');
		fs.writeFileSync(file, '[{"name": "X", "value": "xxxx"}]', {mode: 0o600});
		expect((await cli(['import', '--from', 'nextflow'], {env: {NXF_SECRETS_FILE: file}})).code).toBe(0);
		fs.writeFileSync(file, '[{"name": "Y", "value": "yyyy"}]', {mode: 0o600});
		expect((await cli(['import', '--from', 'nextflow', file])).code).toBe(0);
		expect(await values()).toEqual({X: 'xxxx', Y: 'yyyy'});
	});
});

describe('export --to nextflow', () => {
	it('creates the store 0600 in a 0700 folder, in Nextflow\'s format', async () => {
		await set('GITHUB_TOKEN', 'ghp-0123456789');
		await set('B_KEY', 'b value\nwith a newline');
		const result = await cli(['export', '--to', 'nextflow']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`Exported 2 secrets to ${storeJson()}: B_KEY, GITHUB_TOKEN.\n`);
		expect(fs.statSync(storeJson()).mode & 0o777).toBe(0o600);
		expect(fs.statSync(path.dirname(storeJson())).mode & 0o777).toBe(0o700);
		expect(fs.readFileSync(storeJson(), 'utf8')).toBe(
			'[\n  {\n    "name": "B_KEY",\n    "value": "b value\\nwith a newline"\n  },\n  {\n    "name": "GITHUB_TOKEN",\n    "value": "ghp-0123456789"\n  }\n]',
		);
	});

	it('keeps the entries it does not name, refuses a different value without --overwrite, and writes nothing then', async () => {
		writeNextflowStore([
			{name: 'KEEP', value: 'keep-me'},
			{name: 'TOKEN', value: 'old-token'},
		]);
		await set('TOKEN', 'new-token');
		await set('SAME', 'same-value');
		const before = fs.readFileSync(storeJson(), 'utf8');
		let result = await cli(['export', '--to', 'nextflow', 'TOKEN', 'SAME']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`secrets-tui: Nextflow's store ${storeJson()} already holds a different value for TOKEN; add --overwrite to replace it. Nothing was written.\n`);
		expect(fs.readFileSync(storeJson(), 'utf8')).toBe(before);
		result = await cli(['export', '--to', 'nextflow', 'TOKEN', 'SAME', '--overwrite']);
		expect(result.code).toBe(0);
		const written = JSON.parse(fs.readFileSync(storeJson(), 'utf8')) as unknown;
		expect(written).toEqual([
			{name: 'KEEP', value: 'keep-me'},
			{name: 'SAME', value: 'same-value'},
			{name: 'TOKEN', value: 'new-token'},
		]);
		result = await cli(['export', '--to', 'nextflow', 'SAME']);
		expect(result.stdout).toBe(`Exported 0 secrets to ${storeJson()}.\nAlready there with the same value: SAME.\n`);
	});

	it("refuses names Nextflow cannot use, and a store Nextflow itself would refuse", async () => {
		await set('my-token', 'token-value');
		let result = await cli(['export', '--to', 'nextflow']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('my-token cannot be a Nextflow secret');
		await set('GOOD', 'good-value');
		writeNextflowStore([], 0o660);
		result = await cli(['export', '--to', 'nextflow', 'GOOD']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('has mode 0660');
	});
});

describe('export --format, read back by import', () => {
	const tricky: Record<string, string> = {
		PLAIN: 'plain-value',
		MULTI: '-----BEGIN KEY-----\nabc\n-----END KEY-----\n',
		UNICODE: 'ünïcödé ✓ 🔑 日本',
		QUOTES: 'it\'s "quoted"',
		DOUBLE_AND_BACKTICK: 'say "hi" `now`',
		SINGLE_AND_BACKTICK: "it's `here`",
		HASH: '  #padded value  ',
		CRLF: 'windows\r\nline',
		ESCAPES: 'back\\slash \\n literal',
		DOLLAR: '$HOME ${X}',
	};

	it('dotenv: every value byte-identical after a round trip', async () => {
		for (const [name, value] of Object.entries(tricky)) {
			await set(name, value);
		}

		const exported = await cli(['export', '--format', 'dotenv']);
		expect(exported.stderr).toBe('');
		expect(exported.code).toBe(0);
		const other = tempHome();
		const imported = await runCli(['import', '-'], {home: other, input: exported.stdout});
		expect(imported.stderr).toBe('');
		const back = await runCli(['export', '--format', 'json'], {home: other});
		// `set NAME -` drops the one newline that ends piped text: what was stored is what must come back.
		expect(JSON.parse(back.stdout)).toEqual({...tricky, MULTI: tricky.MULTI!.slice(0, -1)});
		expect(back.stdout).toBe((await cli(['export', '--format', 'json'])).stdout);
	});

	it('json: every value byte-identical after a round trip, and NAMEs choose', async () => {
		for (const [name, value] of Object.entries(tricky)) {
			await set(name, value);
		}

		await set('ALL_THREE', 'a \' b " c `');
		const exported = await cli(['export', '--format', 'json']);
		const other = tempHome();
		expect((await runCli(['import', '--from', 'json', '-'], {home: other, input: exported.stdout})).code).toBe(0);
		const back = await runCli(['export', '--format', 'json'], {home: other});
		expect(back.stdout).toBe(exported.stdout);
		expect(JSON.parse((await cli(['export', '--format', 'json', 'UNICODE'])).stdout)).toEqual({UNICODE: tricky.UNICODE});
		// dotenv's syntax cannot hold all three quotes: said, nothing printed.
		const refused = await cli(['export', '--format', 'dotenv']);
		expect(refused.code).toBe(1);
		expect(refused.stdout).toBe('');
		expect(refused.stderr).toContain('The value of ALL_THREE cannot be written as dotenv reads it');
	});

	it('says what is missing', async () => {
		expect((await cli(['export'])).stderr).toContain('Say where the secrets go');
		expect((await cli(['export', '--format', 'json', 'NOPE'])).stderr).toContain('No secret named NOPE');
	});
});
