// Input larger than its limit is refused after reading at most the limit plus one byte: `set @/dev/zero`
// (which grew to 11 GB), a gigabyte piped to `set -` (once called "not UTF-8"), `import` of a pipe or a
// sparse file. Each ends with the size sentence and exit 1, its peak memory (maxRSS, written at exit by
// a preloaded module) near the limit, not near the input's size.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const MIB = 1024 * 1024;
const recordPeak = `data:text/javascript,${encodeURIComponent(
	'import fs from "node:fs"; process.on("exit", () => fs.writeFileSync(process.env.PEAK_FILE, String(process.resourceUsage().maxRSS * 1024)));',
)}`;

type Run = {code: number | null; stderr: string; peakBytes: number};

/** `node dist/cli.js ARGS` with `shellInput` (a shell pipeline) as its stdin; its exit code, stderr and peak RSS. */
function runMeasured(home: string, args: string[], shellInput?: string): Promise<Run> {
	const peakFile = path.join(tempDir(), 'peak');
	const command = [process.execPath, `--import=${recordPeak}`, CLI, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
	return new Promise((resolve, reject) => {
		const child = spawn('sh', ['-c', shellInput ? `${shellInput} | ${command}` : `${command} < /dev/null`], {
			env: cliEnv(home, {PEAK_FILE: peakFile}),
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({code, stderr, peakBytes: fs.existsSync(peakFile) ? Number(fs.readFileSync(peakFile, 'utf8')) : Number.NaN});
		});
	});
}

const valueSentence = (what: string) =>
	`secrets-tui: ${what} holds more than 1048576 bytes (1 MiB), the most a secret's value may have, so nothing was stored.\n`;
const importSentence = (what: string) =>
	`secrets-tui: ${what} holds more than 134217728 bytes (128 MiB), the most a store may hold, so nothing was imported.\n`;

describe('oversized input is refused after reading at most the limit', () => {
	it('set NAME @/dev/zero', async () => {
		const home = tempHome();
		const result = await runMeasured(home, ['set', 'Z', '@/dev/zero']);
		expect(result.stderr).toBe(valueSentence('The file /dev/zero'));
		expect(result.code).toBe(1);
		expect(result.peakBytes).toBeLessThan(100 * MIB);
		expect(fs.existsSync(path.join(home, 'secrets.json'))).toBe(false);
	});

	it('a gigabyte piped to set NAME -', async () => {
		const home = tempHome();
		const result = await runMeasured(home, ['set', 'Z', '-'], 'head -c 1073741824 /dev/zero');
		expect(result.stderr).toBe(valueSentence('Standard input'));
		expect(result.code).toBe(1);
		expect(result.peakBytes).toBeLessThan(100 * MIB);
	});

	it('300 MiB piped to import -', async () => {
		const home = tempHome();
		const result = await runMeasured(home, ['import', '-'], 'head -c 314572800 /dev/zero');
		expect(result.stderr).toBe(importSentence('Standard input'));
		expect(result.code).toBe(1);
		expect(result.peakBytes).toBeLessThan(128 * MIB + 96 * MIB);
	});

	it('import of a 1 GiB (sparse) file, refused from its size before a byte is read', async () => {
		const home = tempHome();
		const file = path.join(tempDir(), 'big.env');
		fs.writeFileSync(file, '');
		fs.truncateSync(file, 1024 * MIB);
		const result = await runMeasured(home, ['import', file]);
		expect(result.stderr).toBe(importSentence(`The file ${file}`));
		expect(result.code).toBe(1);
		expect(result.peakBytes).toBeLessThan(100 * MIB);
	});

	it('still takes a value of exactly 1 MiB, from a file and piped with its newline', async () => {
		const home = tempHome();
		const value = 'v'.repeat(MIB);
		const file = path.join(tempDir(), 'value');
		fs.writeFileSync(file, value);
		expect((await runCli(['set', 'FROM_FILE', `@${file}`], {home})).code).toBe(0);
		expect((await runCli(['set', 'FROM_PIPE', '-'], {home, input: value + '\r\n'})).code).toBe(0);
		expect((await runCli(['get', 'FROM_FILE'], {home})).stdout).toBe(value + '\n');
		expect((await runCli(['get', 'FROM_PIPE'], {home})).stdout).toBe(value + '\n');
		fs.writeFileSync(file, value + 'x');
		expect((await runCli(['set', 'ONE_MORE', `@${file}`], {home})).stderr).toBe(valueSentence(`The file ${file}`));
	});
});
