// Values and names from every input: one UTF-8 rule for stdin, @file and import; @~/ paths; names
// that are special as object keys (__proto__, constructor) work everywhere.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseParams} from '../../../source/cli/launching.js';
import {runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const INVALID_UTF8 = Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a]);

describe('bytes that are not UTF-8 are refused the same way from every input', () => {
	it('set - (standard input)', async () => {
		const home = tempHome();
		const result = await runCli(['set', 'ghe-token', '-'], {home, input: INVALID_UTF8});
		expect(result.stderr).toMatch(/^secrets-tui: Standard input is not UTF-8 text, so nothing was stored;/);
		// The fix names the secret being set.
		expect(result.stderr).toContain('(base64 < file | secrets-tui set ghe-token -)');
		expect(result.code).toBe(1);
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('set with the value piped (no VALUE)', async () => {
		const home = tempHome();
		const result = await runCli(['set', 'A'], {home, input: INVALID_UTF8});
		expect(result.stderr).toMatch(/Standard input is not UTF-8 text/);
		expect(result.code).toBe(1);
	});

	it('set @file', async () => {
		const file = path.join(tempDir(), 'value.bin');
		fs.writeFileSync(file, INVALID_UTF8);
		const result = await runCli(['set', 'A', `@${file}`], {home: tempHome()});
		expect(result.stderr).toMatch(new RegExp(`The file ${file} is not UTF-8 text, so nothing was stored`));
		expect(result.code).toBe(1);
	});

	it('import FILE and import -', async () => {
		const home = tempHome();
		const file = path.join(tempDir(), 'x.env');
		const content = Buffer.concat([Buffer.from('GOOD=1\nBAD='), INVALID_UTF8]);
		fs.writeFileSync(file, content);
		const fromFile = await runCli(['import', file], {home});
		expect(fromFile.stderr).toMatch(new RegExp(`The file ${file} is not UTF-8 text, so nothing was stored`));
		expect(fromFile.code).toBe(1);
		const fromStdin = await runCli(['import', '-'], {home, input: content});
		expect(fromStdin.stderr).toMatch(/Standard input is not UTF-8 text, so nothing was stored/);
		expect(fromStdin.code).toBe(1);
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('keeps valid UTF-8 byte for byte, a byte order mark included', async () => {
		const home = tempHome();
		const value = '\uFEFFzaż\u00F3\u0142\u0107 🔑';
		expect((await runCli(['set', 'A', '-'], {home, input: value})).code).toBe(0);
		expect((await runCli(['get', 'A'], {home})).stdout).toBe(value + '\n');
	});
});

describe('@~/path', () => {
	it('reads the file under the home folder', async () => {
		const fakeHome = tempDir();
		fs.writeFileSync(path.join(fakeHome, 'token.txt'), 'from-home');
		const home = tempHome();
		const result = await runCli(['set', 'A', '@~/token.txt'], {home, env: {HOME: fakeHome}});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect((await runCli(['get', 'A'], {home})).stdout).toBe('from-home\n');
	});
});

describe('names that are special as object keys', () => {
	it('__proto__ is stored, listed, injected by exec and shown by --dry-run', async () => {
		const home = tempHome();
		expect((await runCli(['set', '__proto__', 'proto-value-1'], {home})).code).toBe(0);
		expect((await runCli(['set', 'constructor', 'ctor-value-2'], {home})).code).toBe(0);
		expect((await runCli(['get', '__proto__'], {home})).stdout).toBe('proto-value-1\n');
		expect((await runCli(['list'], {home})).stdout).toMatch(/__proto__/);
		const dry = await runCli(['exec', '--secret', '__proto__', '--dry-run', '--', 'printenv', '__proto__'], {home});
		expect(dry.stdout).toContain('Variables: __proto__');
		// The output is redacted, so the marker proves the child had the value.
		const injected = await runCli(['exec', '--secret', '__proto__', '--secret', 'constructor', '--', 'printenv', '__proto__', 'constructor'], {home});
		expect(injected.stdout).toBe('[secret:__proto__]\n[secret:constructor]\n');
		expect(injected.code).toBe(0);
	});

	it('import stores __proto__ like any other name', async () => {
		const home = tempHome();
		const file = path.join(tempDir(), 'x.env');
		fs.writeFileSync(file, '__proto__=one\nconstructor=two\n');
		expect((await runCli(['import', file], {home})).code).toBe(0);
		expect((await runCli(['get', '__proto__'], {home})).stdout).toBe('one\n');
		expect((await runCli(['get', 'constructor'], {home})).stdout).toBe('two\n');
	});

	it('--param __proto__=x is a parameter, and an unset <<constructor>> is not filled from Object', () => {
		const params = parseParams(['__proto__=x', 'a=b']);
		expect(Object.keys(params).sort()).toEqual(['__proto__', 'a']);
		expect(params['__proto__']).toBe('x');
		expect(Object.hasOwn(params, 'constructor')).toBe(false);
		expect(params['constructor']).toBeUndefined();
	});
});
