// Runs the built CLI (dist/cli.js, built by global-setup) as a real process.
import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export type CliResult = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

export type CliOptions = {
	home: string;
	/** Written to stdin, then stdin is closed. Without it stdin is an empty, closed pipe. */
	input?: string | Buffer;
	env?: Record<string, string | undefined>;
	cwd?: string;
	timeoutMs?: number;
};

/** Environment for a child: the store at `home`, no CI variable leaking into behaviour, no colour. */
export function cliEnv(home: string, extra: Record<string, string | undefined> = {}): Record<string, string> {
	// The TUI's code cache goes beside the store, never into the real user's cache folder.
	const env: Record<string, string | undefined> = {...process.env, SECRETS_TUI_HOME: home, SECRETS_TUI_CACHE: path.join(path.dirname(home), 'cache'), NO_COLOR: '1'};
	// The caller's own definitions never leak in; a test may still set SECRETS_TUI_ENVS through `extra`.
	delete env.SECRETS_TUI_ENVS;
	Object.assign(env, extra);
	for (const [key, value] of Object.entries(extra)) {
		if (value === undefined) {
			delete env[key];
		}
	}

	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export function runCli(args: string[], options: CliOptions): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], {
			cwd: options.cwd ?? path.dirname(options.home),
			env: cliEnv(options.home, options.env),
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({code, signal, stdout, stderr});
		});
		child.stdin.on('error', () => undefined);
		child.stdin.end(options.input ?? '');
	});
}
