// A fresh, private temp folder per test; removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

const made: string[] = [];

afterEach(() => {
	for (const dir of made.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

/** A new empty folder; removed after the current test. */
export function tempDir(prefix = 'secrets-tui-test-'): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** A store home (SECRETS_TUI_HOME) that does not exist yet, inside a fresh temp folder. */
export function tempHome(): string {
	return path.join(tempDir(), 'home');
}
