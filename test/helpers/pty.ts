// Drives the built program in a real pseudo-terminal (node-pty) and reads the screen back through a
// headless xterm, as a person at a terminal would see it.
import xterm from '@xterm/headless';
import path from 'node:path';
import * as pty from '@lydell/node-pty';
import {CLI, cliEnv} from './cli.js';

const {Terminal} = xterm;

export const KEYS = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	escape: '\u001B',
	ctrlC: '\u0003',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	ctrlT: '\u0014',
} as const;

export type PtyOptions = {
	home: string;
	args?: string[];
	cols?: number;
	rows?: number;
	env?: Record<string, string | undefined>;
	cwd?: string;
};

export class PtySession {
	readonly term: InstanceType<typeof Terminal>;
	readonly process: pty.IPty;
	/** Everything the program wrote, raw. */
	raw = '';
	exitCode: number | undefined;
	readonly exited: Promise<number>;
	private pending = Promise.resolve();

	constructor(options: PtyOptions) {
		const cols = options.cols ?? 100;
		const rows = options.rows ?? 30;
		this.term = new Terminal({cols, rows, scrollback: 5000, allowProposedApi: true});
		// Ink renders only the final frame when CI is set: a person's terminal has no CI variable.
		const env = cliEnv(options.home, {CI: undefined, TERM: 'xterm-256color', COLUMNS: undefined, LINES: undefined, ...options.env});
		this.process = pty.spawn(process.execPath, [CLI, ...(options.args ?? [])], {
			name: 'xterm-256color',
			cols,
			rows,
			cwd: options.cwd ?? path.dirname(options.home),
			env,
		});
		this.process.onData((data) => {
			this.raw += data;
			this.pending = this.pending.then(() => new Promise<void>((resolve) => this.term.write(data, resolve)));
		});
		this.exited = new Promise((resolve) => {
			this.process.onExit(({exitCode}) => {
				this.exitCode = exitCode;
				resolve(exitCode);
			});
		});
	}

	/** The visible screen, one string per row, trailing spaces trimmed. */
	async screen(): Promise<string[]> {
		await this.pending;
		const buffer = this.term.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.term.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines;
	}

	async text(): Promise<string> {
		return (await this.screen()).join('\n');
	}

	/** Every line the terminal holds: scrollback and screen, of the buffer now active. */
	async allLines(): Promise<string[]> {
		await this.pending;
		const buffer = this.term.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < buffer.length; row++) {
			lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
		}

		return lines;
	}

	/** Both buffers' lines: the normal one (with its scrollback) and the alternate one. */
	async everyBufferLine(): Promise<string[]> {
		await this.pending;
		const lines: string[] = [];
		for (const buffer of [this.term.buffer.normal, this.term.buffer.alternate]) {
			for (let row = 0; row < buffer.length; row++) {
				lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
			}
		}

		return lines;
	}

	/** Types text or escape sequences, then waits a little so the program can read them as separate keys. */
	async press(...keys: string[]): Promise<void> {
		for (const key of keys) {
			this.process.write(key);
			await delay(key === KEYS.escape ? 120 : 40);
		}
	}

	/** Types each character of `text` as its own key press. */
	async type(text: string): Promise<void> {
		for (const character of text) {
			this.process.write(character);
			await delay(15);
		}
	}

	/** Waits until the screen matches, and returns it; on timeout, throws with the screen in the message. */
	async waitFor(match: string | RegExp | ((screen: string) => boolean), timeoutMs = 8000): Promise<string> {
		const test = typeof match === 'function' ? match : typeof match === 'string' ? (s: string) => s.includes(match) : (s: string) => match.test(s);
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const screen = await this.text();
			if (test(screen)) {
				return screen;
			}

			if (Date.now() > deadline) {
				throw new Error(`Timed out waiting for ${String(match)}. The screen:\n${screen}`);
			}

			await delay(25);
		}
	}

	resize(cols: number, rows: number): void {
		this.process.resize(cols, rows);
		this.term.resize(cols, rows);
	}

	kill(signal = 'SIGKILL'): void {
		try {
			this.process.kill(signal);
		} catch {
			// Already gone.
		}
	}
}

export function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
