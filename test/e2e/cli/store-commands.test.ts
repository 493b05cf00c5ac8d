import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

type StoreFile = {version: number; secrets: Record<string, {value: string; created: string; updated: string}>};

function readStoreFile(home: string): StoreFile {
	return JSON.parse(fs.readFileSync(path.join(home, 'secrets.json'), 'utf8')) as StoreFile;
}

function values(home: string): Record<string, string> {
	return Object.fromEntries(Object.entries(readStoreFile(home).secrets).map(([name, secret]) => [name, secret.value]));
}

async function ok(args: string[], home: string, input?: string) {
	const result = await runCli(args, {home, input});
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return result;
}

describe('set', () => {
	it('stores a literal value, creating the folder 0700 and the file 0600', async () => {
		const home = tempHome();
		await ok(['set', 'TOKEN', 's3cret'], home);
		expect(values(home)).toEqual({TOKEN: 's3cret'});
		expect(fs.statSync(home).mode & 0o777).toBe(0o700);
		expect(fs.statSync(path.join(home, 'secrets.json')).mode & 0o777).toBe(0o600);
	});

	it('reads @file exactly, trailing newline and all', async () => {
		const home = tempHome();
		const file = path.join(tempDir(), 'key.pem');
		const content = '-----BEGIN KEY-----\nabc\n-----END KEY-----\n\n';
		fs.writeFileSync(file, content);
		await ok(['set', 'KEY', `@${file}`], home);
		expect(values(home).KEY).toBe(content);
	});

	it('reads - from stdin, dropping exactly one trailing newline', async () => {
		const home = tempHome();
		await ok(['set', 'ONE', '-'], home, 'value\n\n');
		await ok(['set', 'CRLF', '-'], home, 'value\r\n');
		expect(values(home)).toEqual({ONE: 'value\n', CRLF: 'value'});
	});

	it('reads piped stdin when VALUE is omitted, keeping unicode and inner newlines', async () => {
		const home = tempHome();
		await ok(['set', 'MULTI'], home, 'línea 1\n🔑 2\n');
		expect(values(home).MULTI).toBe('línea 1\n🔑 2');
	});

	it('refuses an existing name without --overwrite: exit 1, mentions --overwrite, store unchanged', async () => {
		const home = tempHome();
		await ok(['set', 'A', 'old'], home);
		const before = fs.readFileSync(path.join(home, 'secrets.json'));
		const result = await runCli(['set', 'A', 'new'], {home});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('--overwrite');
		expect(fs.readFileSync(path.join(home, 'secrets.json')).equals(before)).toBe(true);
	});

	it('replaces with --overwrite', async () => {
		const home = tempHome();
		await ok(['set', 'A', 'old'], home);
		await ok(['set', 'A', 'new', '--overwrite'], home);
		expect(values(home).A).toBe('new');
	});

	it('refuses an invalid name and an empty value with the rule, exit 1', async () => {
		const home = tempHome();
		const badName = await runCli(['set', '9lives', 'x'], {home});
		expect(badName.code).toBe(1);
		expect(badName.stderr).toMatch(/starts with a letter or _/);
		const empty = await runCli(['set', 'EMPTY', '-'], {home, input: '\n'});
		expect(empty.code).toBe(1);
		expect(empty.stderr).toMatch(/value is empty/);
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('says which @file cannot be read', async () => {
		const home = tempHome();
		const result = await runCli(['set', 'A', '@/nonexistent/file'], {home});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('/nonexistent/file');
		expect(result.stderr).toContain('no such file');
	});
});

describe('get', () => {
	it('prints the value and one newline', async () => {
		const home = tempHome();
		await ok(['set', 'A', '-'], home, 'two\nlines');
		const result = await ok(['get', 'A'], home);
		expect(result.stdout).toBe('two\nlines\n');
	});

	it('fails with exit 1 for a missing name, printing nothing on stdout', async () => {
		const result = await runCli(['get', 'NOPE'], {home: tempHome()});
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/no secret named NOPE/);
	});
});

describe('list', () => {
	it('lists names in order with when each was updated, and no values', async () => {
		const home = tempHome();
		await ok(['set', 'b_token', 'VALUE_B'], home);
		await ok(['set', 'A_TOKEN', 'VALUE_A'], home);
		const {stdout} = await ok(['list'], home);
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^NAME\s+UPDATED$/);
		expect(lines[1]).toMatch(/^A_TOKEN\s+\d{4}-\d\d-\d\d \d\d:\d\dZ\s+just now$/);
		expect(lines[2]).toMatch(/^b_token\s/);
		expect(stdout).not.toContain('VALUE_');
	});

	it('shows values with --values and -v, control characters escaped', async () => {
		const home = tempHome();
		await ok(['set', 'A', '-'], home, 'x\ny');
		for (const flag of ['--values', '-v']) {
			const {stdout} = await ok(['list', flag], home);
			expect(stdout).toMatch(/^A\s.*x\\ny$/m);
		}
	});

	it('prints JSON for scripts, values only with --values', async () => {
		const home = tempHome();
		await ok(['set', 'A', 'secret-a'], home);
		const plain = JSON.parse((await ok(['list', '--json'], home)).stdout) as Array<Record<string, string>>;
		expect(plain).toHaveLength(1);
		expect(Object.keys(plain[0]!).sort()).toEqual(['created', 'name', 'updated']);
		const withValues = JSON.parse((await ok(['list', '--json', '--values'], home)).stdout) as Array<Record<string, string>>;
		expect(withValues[0]).toMatchObject({name: 'A', value: 'secret-a'});
	});

	it('says how to add the first secret when the store is empty', async () => {
		const result = await runCli(['list'], {home: tempHome()});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('secrets-tui set GITHUB_TOKEN');
		expect(result.stderr).not.toContain('NAME');
		expect((await runCli(['list', '--json'], {home: tempHome()})).stdout).toBe('[]\n');
	});
});

describe('delete', () => {
	it('deletes by name, also as rm', async () => {
		const home = tempHome();
		await ok(['set', 'A', '1'], home);
		await ok(['set', 'B', '2'], home);
		await ok(['delete', 'A'], home);
		await ok(['rm', 'B'], home);
		expect(values(home)).toEqual({});
	});

	it('fails with exit 1 for a missing name', async () => {
		const result = await runCli(['delete', 'NOPE'], {home: tempHome()});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/no secret named NOPE/);
	});
});

describe('import', () => {
	const dotenv = ['# tokens', 'export GITHUB_TOKEN=ghp_abc', "DB_PASSWORD='p@ss $word'", 'CERT="line1\\nline2"', ''].join('\n');

	it('imports every entry in one write and reports what it did', async () => {
		const home = tempHome();
		const file = path.join(tempDir(), '.env');
		fs.writeFileSync(file, dotenv);
		const {stdout} = await ok(['import', file], home);
		expect(stdout).toContain('Imported 3 secrets: GITHUB_TOKEN, DB_PASSWORD, CERT.');
		expect(values(home)).toEqual({GITHUB_TOKEN: 'ghp_abc', DB_PASSWORD: 'p@ss $word', CERT: 'line1\nline2'});
	});

	it('skips and reports existing names unless --overwrite', async () => {
		const home = tempHome();
		await ok(['set', 'GITHUB_TOKEN', 'kept'], home);
		const file = path.join(tempDir(), '.env');
		fs.writeFileSync(file, dotenv);
		const {stdout} = await ok(['import', file], home);
		expect(stdout).toMatch(/Skipped 1 that already exists \(add --overwrite to replace\): GITHUB_TOKEN/);
		expect(values(home).GITHUB_TOKEN).toBe('kept');
		await ok(['import', file, '--overwrite'], home);
		expect(values(home).GITHUB_TOKEN).toBe('ghp_abc');
	});

	it('reports invalid lines with their numbers and writes nothing', async () => {
		const home = tempHome();
		await ok(['set', 'EXISTING', 'x'], home);
		const before = fs.readFileSync(path.join(home, 'secrets.json'));
		const file = path.join(tempDir(), '.env');
		fs.writeFileSync(file, 'GOOD=1\nthis is not an assignment\n1BAD=2\nEMPTY=\nNUL="a\\0"\n'.replace('\\0', '\0'));
		const result = await runCli(['import', file], {home});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${file}:2: Expected NAME=value (dotenv skips this line).`);
		expect(result.stderr).toMatch(new RegExp(`${file}:3: .*not a valid name`));
		expect(result.stderr).toMatch(new RegExp(`${file}:5: The value contains a NUL byte`));
		expect(result.stderr).not.toContain(`${file}:4`);
		expect(result.stderr).toContain('Nothing was imported');
		expect(fs.readFileSync(path.join(home, 'secrets.json')).equals(before)).toBe(true);
	});
});

describe('import: empty values', () => {
	it('skips NAME= entries, reports each by line on stderr, and imports the rest', async () => {
		const home = tempHome();
		const file = path.join(tempDir(), '.env');
		fs.writeFileSync(file, '# filled in later\nAPI_URL=https://example.com\nAPI_TOKEN=\nexport DB_PASSWORD=""\nDB_USER=me\n');
		const result = await runCli(['import', file], {home});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toBe('Imported 2 secrets: API_URL, DB_USER.\n');
		expect(result.stderr).toBe(`Skipped 2 entries with an empty value (a secret needs at least one character): ${file}:3 API_TOKEN, ${file}:4 DB_PASSWORD.\n`);
		expect((await runCli(['list', '--json'], {home})).stdout).not.toContain('API_TOKEN');
	});

	it('imports nothing, and says so, when every entry is empty', async () => {
		const result = await runCli(['import', '-'], {home: tempHome(), input: 'A=\n'});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('Nothing was imported: standard input has no entries with a value.\n');
		expect(result.stderr).toBe('Skipped 1 entry with an empty value (a secret needs at least one character): standard input:1 A.\n');
	});
});

describe('usage and help', () => {
	const usage: string[][] = [['frobnicate'], ['get'], ['get', 'A', 'B'], ['set'], ['list', '--bogus'], ['delete', '--nope', 'A'], ['import'], ['get', 'A', '--', 'x']];
	for (const args of usage) {
		it(`exits 2 with a sentence for: ${args.join(' ')}`, async () => {
			const result = await runCli(args, {home: tempHome()});
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/^secrets-tui: .+/);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		});
	}

	it('shows overall help listing every command, exit 0', async () => {
		const result = await runCli(['--help'], {home: tempHome()});
		expect(result.code).toBe(0);
		for (const command of ['set', 'get', 'list', 'delete', 'import', 'run', 'exec', 'envs']) {
			expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\s`, 'm'));
		}
	});

	it('shows per-command help, exit 0', async () => {
		const result = await runCli(['set', '--help'], {home: tempHome()});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('secrets-tui set NAME [VALUE] [--overwrite]');
		expect(result.stdout).toContain('@PATH');
	});

	it('prints the version', async () => {
		const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string};
		expect((await runCli(['--version'], {home: tempHome()})).stdout).toBe(pkg.version + '\n');
	});
});

describe('a store the commands must not use', () => {
	const commands: string[][] = [['get', 'A'], ['list'], ['set', 'B', 'x'], ['delete', 'A'], ['import', '/dev/null']];

	it('refuses a damaged store in every command, exit 1, file byte-identical', async () => {
		const home = tempHome();
		fs.mkdirSync(home, {mode: 0o700});
		const file = path.join(home, 'secrets.json');
		fs.writeFileSync(file, '{"version":1,"secrets":{"A":', {mode: 0o600});
		for (const args of commands) {
			const result = await runCli(args, {home});
			expect(result.code, args.join(' ')).toBe(1);
			expect(result.stderr).toContain(`The store ${file} is damaged`);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}

		expect(fs.readFileSync(file, 'utf8')).toBe('{"version":1,"secrets":{"A":');
	});

	it('refuses a store readable by others in every command, giving the chmod', async () => {
		const home = tempHome();
		await ok(['set', 'A', 'x'], home);
		const file = path.join(home, 'secrets.json');
		fs.chmodSync(file, 0o644);
		for (const args of commands) {
			const result = await runCli(args, {home});
			expect(result.code, args.join(' ')).toBe(1);
			expect(result.stderr).toContain(`chmod 600 '${file}'`);
		}
	});
});

describe('several processes at once', () => {
	it('keeps all 50 names when 50 set processes run concurrently', async () => {
		const home = tempHome();
		const results = await Promise.all(Array.from({length: 50}, (_, index) => runCli(['set', `NAME_${index}`, `value-${index}`], {home, timeoutMs: 60_000})));
		expect(results.filter((result) => result.code !== 0).map((result) => result.stderr)).toEqual([]);
		const stored = values(home);
		expect(Object.keys(stored)).toHaveLength(50);
		for (let index = 0; index < 50; index++) {
			expect(stored[`NAME_${index}`]).toBe(`value-${index}`);
		}
	}, 90_000);

	it('leaves one of the written values when 20 processes overwrite one name', async () => {
		const home = tempHome();
		await ok(['set', 'SHARED', 'initial'], home);
		const written = Array.from({length: 20}, (_, index) => `writer-${index}`);
		const results = await Promise.all(written.map((value) => runCli(['set', 'SHARED', value, '--overwrite'], {home, timeoutMs: 60_000})));
		expect(results.every((result) => result.code === 0)).toBe(true);
		expect(written).toContain(values(home).SHARED);
	}, 90_000);
});
