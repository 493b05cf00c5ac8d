// At a real terminal: Ctrl+C reaches the child once (the terminal sends it to the foreground group; the
// launcher must not send it again), the output is still redacted, and --no-redact hands over the terminal.
import fs from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {runCli} from '../../helpers/cli.js';
import {KEYS, PtySession} from '../../helpers/pty.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

const NODE = process.execPath;
const TOKEN = 'ghp_TtyToken-987654321';
let home: string;
let runtime: string;

beforeEach(async () => {
	home = tempHome();
	fs.mkdirSync(home, {mode: 0o700});
	runtime = tempDir('secrets-tui-runtime-');
	expect((await runCli(['set', 'GITHUB_TOKEN', '-'], {home, input: TOKEN})).code).toBe(0);
});

describe('at a terminal', () => {
	it('Ctrl+C reaches the child exactly once; exit 130; output redacted', async () => {
		const log = path.join(runtime, 'sigint.log');
		const child = `
const fs = require('fs');
process.on('SIGINT', () => {
	fs.appendFileSync(process.argv[1], 'SIGINT\\n');
	setTimeout(() => { process.removeAllListeners('SIGINT'); process.kill(process.pid, 'SIGINT'); }, 700);
});
console.log('ready tty=' + process.stdin.isTTY + ' ' + process.env.GITHUB_TOKEN);
setInterval(() => {}, 1000);
`;
		const session = new PtySession({home, args: ['exec', '--secret', 'GITHUB_TOKEN', '--', NODE, '-e', child, log], env: {XDG_RUNTIME_DIR: runtime}});
		try {
			await session.waitFor('ready', 15_000);
			await session.press(KEYS.ctrlC);
			const code = await session.exited;
			expect(fs.readFileSync(log, 'utf8')).toBe('SIGINT\n');
			expect(code).toBe(130);
			expect(session.raw).toContain('ready tty=true [secret:GITHUB_TOKEN]');
			expect(session.raw).not.toContain(TOKEN);
		} finally {
			session.kill();
		}
	});

	it('--no-redact gives the child the terminal itself', async () => {
		const session = new PtySession({
			home,
			args: ['exec', '--no-redact', '--secret', 'GITHUB_TOKEN', '--', NODE, '-e', 'console.log("in=" + process.stdin.isTTY + " out=" + process.stdout.isTTY + " err=" + process.stderr.isTTY)'],
			env: {XDG_RUNTIME_DIR: runtime},
		});
		try {
			expect(await session.exited).toBe(0);
			expect(await session.text()).toContain('in=true out=true err=true');
		} finally {
			session.kill();
		}
	});
});
