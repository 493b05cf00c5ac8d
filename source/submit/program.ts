// Runs a scheduler's program (sbatch, scontrol, ...) and collects what it prints.
import {spawn} from 'node:child_process';
import {withChildCoreDumps} from '../util/core-dumps.js';

export type ProgramResult = {code: number; stdout: string; stderr: string};

/** Runs argv with `input` on stdin (or an empty stdin); a program that cannot start gives code 127. */
export function runProgram(argv: readonly string[], options: {input?: string; cwd?: string; env?: NodeJS.ProcessEnv} = {}): Promise<ProgramResult> {
	return new Promise((resolve) => {
		const child = withChildCoreDumps(() => spawn(argv[0]!, argv.slice(1), {cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe']}));
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', (error) => resolve({code: 127, stdout, stderr: stderr || error.message}));
		child.on('close', (code, signal) => resolve({code: code ?? (signal ? 128 : 1), stdout, stderr}));
		child.stdin.on('error', () => undefined);
		child.stdin.end(options.input ?? '');
	});
}
