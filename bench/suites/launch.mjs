// The launcher: startup of `exec` against a bare node, and the cost of redacting 60 MB of output with
// 100 and 1,000 injected secrets against a bare node pipe of the same file.
import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import {performance} from 'node:perf_hooks';
import path from 'node:path';
import {build} from 'esbuild';
import {median, ms, paired, ratio, timeOnce} from '../harness.mjs';

const SIZE = 60 * 1024 * 1024;

/** Text like a program's log; one line in 5,000 carries the value of S0 (so redaction has work to do). */
function writeOutputFile(file, planted) {
	const words = 'INFO DEBUG request id=4f2a user=alice status=200 latency=12ms GET /api/v1/items the quick brown fox ünïcode 日本'.split(' ');
	const lines = [];
	let size = 0;
	let count = 0;
	for (let index = 0; size < SIZE; index++) {
		const line = `${index} ${Array.from({length: 12}, (_, k) => words[(index * 7 + k * 13) % words.length]).join(' ')}${index % 5000 === 0 ? ` token=${planted}` : ''}\n`;
		if (index % 5000 === 0) {
			count++;
		}

		lines.push(line);
		size += Buffer.byteLength(line);
	}

	fs.writeFileSync(file, lines.join(''));
	return count;
}

/** The redactor alone, in this process: ours against one combined regular expression, as first tried. */
async function inProcess(root, dir, output, values) {
	const bundle = path.join(dir, 'redact.mjs');
	await build({entryPoints: [path.join(root, 'source/launch/redact.ts')], outfile: bundle, bundle: true, format: 'esm', platform: 'node', logLevel: 'error'});
	const {Redactor, redactionRules} = await import(bundle);
	const data = fs.readFileSync(output);
	const chunks = [];
	for (let offset = 0; offset < data.length; offset += 65_536) {
		chunks.push(data.subarray(offset, offset + 65_536));
	}

	const ours = (map) => {
		const redactor = new Redactor(redactionRules(map));
		for (const chunk of chunks) {
			redactor.write(chunk);
		}

		redactor.end();
	};

	// The simple design: latin1 view of each chunk, one alternation of all values (no carry, so it is a lower bound).
	const regex = (map) => {
		const pattern = new RegExp([...map.values()].map((value) => value.replaceAll(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), 'g');
		for (const chunk of chunks) {
			chunk.toString('latin1').replace(pattern, '[secret]');
		}
	};

	const time = (fn, map, runs) => {
		const times = [];
		for (let index = 0; index < runs; index++) {
			const start = performance.now();
			fn(map);
			times.push(performance.now() - start);
		}

		return median(times);
	};

	const rows = [];
	for (const count of [100, 1000]) {
		const map = new Map(values.slice(0, count).map((value, index) => [`S${index}`, value]));
		rows.push({count, ours: time(ours, map, 5), regex: time(regex, map, count === 100 ? 3 : 1)});
	}

	return rows;
}

/** Runs every command once per round, in turn, `rounds` times; returns each one's median by name. */
function interleaved(commands, rounds) {
	const times = new Map(commands.map(([name]) => [name, []]));
	for (let round = 0; round < rounds; round++) {
		for (const [name, command] of commands) {
			times.get(name).push(timeOnce(command));
		}
	}

	return new Map([...times].map(([name, list]) => [name, median(list)]));
}

export async function run({cli, root}) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-bench-'));
	try {
		const home = path.join(dir, 'home');
		// The code caches in a folder of this run's (written by the first runs below: every later run is warm).
		const env = {...process.env, SECRETS_TUI_HOME: home, XDG_RUNTIME_DIR: dir, SECRETS_TUI_CACHE: path.join(dir, 'cache')};
		delete env.SECRETS_TUI_ENVS;
		const names = Array.from({length: 1000}, (_, index) => `S${index}`);
		const values = names.map(() => crypto.randomBytes(18).toString('base64url'));
		const dotenv = path.join(dir, 'secrets.env');
		fs.writeFileSync(dotenv, [`K=${crypto.randomBytes(18).toString('base64url')}`, ...names.map((name, index) => `${name}=${values[index]}`)].join('\n') + '\n');
		const imported = spawnSync(process.execPath, [cli, 'import', dotenv], {env, encoding: 'utf8'});
		if (imported.status !== 0) {
			throw new Error(`import failed: ${imported.stderr}`);
		}

		const output = path.join(dir, 'output.txt');
		const planted = writeOutputFile(output, values[0]);
		const secretArgs = (count) => names.slice(0, count).flatMap((name) => ['--secret', name]);

		// Check once that the redaction did its work: every planted value replaced, none shown.
		const checked = spawnSync(process.execPath, [cli, 'exec', ...secretArgs(100), '--', 'cat', output], {env, maxBuffer: 2 * SIZE});
		const text = checked.stdout.toString('latin1');
		const markers = text.split('[secret:S0]').length - 1;
		if (markers !== planted || text.includes(values[0])) {
			throw new Error(`redaction check failed: ${markers} markers for ${planted} planted values`);
		}

		const node = {command: process.execPath, args: ['-e', ''], env};
		const execTrue = {command: process.execPath, args: [cli, 'exec', '--secret', 'K', '--', 'true'], env};
		// The peers, from devDependencies (nothing is installed at run time), each injecting the same one value.
		const one = path.join(dir, 'one.env');
		fs.writeFileSync(one, `K=${crypto.randomBytes(18).toString('base64url')}\n`);
		const bin = (file) => path.join(root, 'node_modules', file);
		const peers = [
			['dotenv-cli', {command: process.execPath, args: [bin('dotenv-cli/cli.js'), '-e', one, '--', 'true'], env}],
			['env-cmd', {command: process.execPath, args: [bin('env-cmd/bin/env-cmd.js'), '-f', one, 'true'], env}],
			['dotenvx', {command: process.execPath, args: [bin('@dotenvx/dotenvx/src/cli/dotenvx.js'), 'run', '-q', '-f', one, '--', 'true'], env}],
		];
		const startTimes = interleaved([['secrets-tui', execTrue], ['node', node], ...peers], 21);
		const startup = startTimes.get('secrets-tui');
		const nodeStartup = startTimes.get('node');
		// Cold: the first run after an install or upgrade, with no code cache (it writes one as it ends).
		const coldCache = path.join(dir, 'cold-cache');
		const coldTimes = [];
		const coldNode = [];
		for (let round = 0; round < 11; round++) {
			fs.rmSync(coldCache, {recursive: true, force: true});
			coldTimes.push(timeOnce({...execTrue, env: {...env, SECRETS_TUI_CACHE: coldCache}}));
			coldNode.push(timeOnce(node));
		}

		const [cold, coldBaseline] = [median(coldTimes), median(coldNode)];

		const pipe = {command: process.execPath, args: ['-e', 'process.stdin.pipe(process.stdout)'], env, stdinFile: output};
		const rows = [];
		for (const count of [100, 1000]) {
			const exec = {command: process.execPath, args: [cli, 'exec', ...secretArgs(count), '--', 'cat', output], env};
			const [redacted, bare] = paired(exec, pipe, 15);
			rows.push({count, redacted, bare});
		}

		// 60 MB with 100 values redacted: ours against dotenvx's --redact, the one peer that redacts.
		const hundred = path.join(dir, 'hundred.env');
		fs.writeFileSync(hundred, names.slice(0, 100).map((name, index) => `${name}=${values[index]}`).join('\n') + '\n');
		const ours100 = {command: process.execPath, args: [cli, 'exec', ...secretArgs(100), '--', 'cat', output], env};
		const dotenvxRedact = {command: process.execPath, args: [bin('@dotenvx/dotenvx/src/cli/dotenvx.js'), 'run', '-q', '--redact', '-f', hundred, '--', 'cat', output], env};
		const [oursRedacted, theirsRedacted] = paired(ours100, dotenvxRedact, 7);

		const noRedact = {command: process.execPath, args: [cli, 'exec', '--no-redact', ...secretArgs(100), '--', 'cat', output], env};
		const [plain, bare] = paired(noRedact, pipe, 15);

		const alone = await inProcess(root, dir, output, values);
		const megabytes = (fs.statSync(output).size / 1024 / 1024).toFixed(0);
		return [
			'## Launcher',
			'',
			'| what | time | baseline | ratio | target |',
			'|---|---|---|---|---|',
			`| \`secrets-tui exec --secret K -- true\` vs \`node -e ''\` (code cache warm: every run after the first) | ${ms(startup)} | ${ms(nodeStartup)} | ${ratio(startup, nodeStartup)} | ≤ 1.3×: ${startup <= 1.3 * nodeStartup ? 'met' : '**missed**'} |`,
			`| the same, cold (no code cache: the first run after an install or upgrade, which writes it; median of 11) | ${ms(cold)} | ${ms(coldBaseline)} | ${ratio(cold, coldBaseline)} | report |`,
			...rows.map(
				(row) =>
					`| ${megabytes} MB through \`exec\` (\`cat\`), ${row.count.toLocaleString('en')} secrets, redacted, vs \`node -e 'process.stdin.pipe(process.stdout)' < file\` | ${ms(row.redacted)} | ${ms(row.bare)} | ${ratio(row.redacted, row.bare)} | ${row.count === 100 ? '≤ 1.5×' : 'report'} |`,
			),
			`| the same, 100 secrets, \`--no-redact\` (child writes straight to the output) | ${ms(plain)} | ${ms(bare)} | ${ratio(plain, bare)} | - |`,
			'',
			'Peers injecting the same one value from a dotenv file and running `true` (installed from devDependencies, interleaved with the two rows above in one loop of 21 rounds); target: secrets-tui faster than each.',
			'',
			'| peer | time | ratio to `node -e \'\'` | secrets-tui\'s time as a ratio of the peer\'s | |',
			'|---|---|---|---|---|',
			...peers.map(([name]) => {
				const time = startTimes.get(name);
				return `| ${name} | ${ms(time)} | ${ratio(time, nodeStartup)} | ${ratio(startup, time)} | ${startup < time ? 'faster' : '**slower**'} |`;
			}),
			'',
			`Redacting: ${megabytes} MB with 100 values, \`secrets-tui exec --secret …×100 -- cat FILE\` against \`dotenvx run --redact -f FILE.env -- cat FILE\` (paired, median of 7): ${ms(oursRedacted)} against ${ms(theirsRedacted)}, ${ratio(oursRedacted, theirsRedacted)} of dotenvx's time.`,
			'',
			`The redactor alone, in one process, ${megabytes} MB in 64 KiB chunks (the choice of algorithm):`,
			'',
			'| secrets | Wu-Manber (used) | one combined regular expression | ratio |',
			'|---|---|---|---|',
			...alone.map((row) => `| ${row.count.toLocaleString('en')} | ${ms(row.ours)} | ${ms(row.regex)} | ${ratio(row.regex, row.ours)} |`),
			'',
			`Redaction: Wu-Manber over the bytes (3-byte blocks, shift table), a held-back tail for values written in pieces. The file holds ${planted} copies of one injected value; the check run replaced all of them. Output goes to /dev/null in every row.`,
		].join('\n');
	} finally {
		fs.rmSync(dir, {recursive: true, force: true});
	}
}
