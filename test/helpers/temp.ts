// A fresh, private temp folder per test; removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

const made: string[] = [];
/** SECRETS_TUI_HOME as it was before a test pointed it elsewhere (pointStoreHomeAt). */
let homeBefore: {value: string | undefined} | undefined;

afterEach(() => {
	for (const dir of made.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}

	if (homeBefore) {
		if (homeBefore.value === undefined) {
			delete process.env.SECRETS_TUI_HOME;
		} else {
			process.env.SECRETS_TUI_HOME = homeBefore.value;
		}

		homeBefore = undefined;
	}
});

/** Points SECRETS_TUI_HOME at `home` for a command run in this process; it is put back after the test. */
export function pointStoreHomeAt(home: string): void {
	homeBefore ??= {value: process.env.SECRETS_TUI_HOME};
	process.env.SECRETS_TUI_HOME = home;
}

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
