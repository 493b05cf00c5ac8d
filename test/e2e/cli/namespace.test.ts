// The sweep of secret-file folders against a real run in another PID namespace (unshare; CI runs as
// root): its PID is dead here, yet its folder must survive another run's sweep.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, cliEnv, runCli} from '../../helpers/cli.js';
import {tempDir, tempHome} from '../../helpers/temp.js';

/** A PID no process has here, so that a sweep that looked only at PIDs would remove its folder. */
function deadPid(): number {
	for (let pid = 20_000; pid < 32_000; pid += 7) {
		try {
			process.kill(pid, 0);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ESRCH') {
				return pid;
			}
		}
	}

	throw new Error('no free PID between 20000 and 32000');
}

describe('secret-file folders in another PID namespace', () => {
	it('are left alone by the sweep of a run in this namespace', async () => {
		const home = tempHome();
		const runtime = tempDir('secrets-tui-runtime-');
		expect((await runCli(['set', 'KEY', 'file-value-123'], {home})).code).toBe(0);
		const pid = deadPid();
		// In a new PID namespace, the next PID is set so that secrets-tui gets `pid` there.
		const inner = `echo ${pid - 1} > /proc/sys/kernel/ns_last_pid; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} exec --secret-file KEY_FILE=KEY -- sh -c 'echo ready; sleep 60'; true`;
		const run = spawn('unshare', ['--pid', '--fork', '--mount-proc', 'sh', '-c', inner], {
			env: cliEnv(home, {XDG_RUNTIME_DIR: runtime}),
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		});
		let stderr = '';
		run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		try {
			const started = await new Promise<boolean>((resolve) => {
				run.stdout.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('ready') && resolve(true));
				run.once('close', () => resolve(false));
			});
			if (!started) {
				throw new Error(`unshare --pid --fork --mount-proc (needs root, as in CI) did not start the run: ${stderr}`);
			}

			const folders = fs.readdirSync(runtime);
			expect(folders).toHaveLength(1);
			expect(folders[0]).toContain(`-${pid}-`);

			const sweep = await runCli(['exec', '--secret', 'KEY', '--', 'true'], {home, env: {XDG_RUNTIME_DIR: runtime}});
			expect(sweep.code).toBe(0);
			expect(fs.readdirSync(runtime)).toEqual(folders);
			expect(fs.readFileSync(path.join(runtime, folders[0]!, 'KEY_FILE'), 'utf8')).toBe('file-value-123');
		} finally {
			process.kill(-run.pid!, 'SIGKILL');
		}
	});
});
