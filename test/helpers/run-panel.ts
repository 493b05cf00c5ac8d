// Starts the built TUI in a pty on a temp store with an environments.yaml, and opens the run panel.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach} from 'vitest';
import {SecretStore} from '../../source/store/store.js';
import {PtySession, delay} from './pty.js';
import {tempHome} from './temp.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

export type PanelStart = {yaml: string; secrets?: Record<string, string>; cols?: number; rows?: number; env?: Record<string, string | undefined>};

/** The TUI on a store holding `secrets`, with `yaml` as its environments.yaml, at its first frame. */
export async function startTui({yaml, secrets = {}, cols = 100, rows = 30, env}: PanelStart): Promise<{session: PtySession; home: string}> {
	const home = tempHome();
	const store = new SecretStore(path.join(home, 'secrets.json'));
	await store.setMany(Object.entries(secrets).map(([name, value]) => ({name, value})));
	fs.writeFileSync(path.join(home, 'environments.yaml'), yaml);
	const session = new PtySession({home, cwd: home, cols, rows, ...(env ? {env} : {})});
	sessions.push(session);
	await session.waitFor('secrets-tui', 15_000);
	return {session, home};
}

/**
 * Presses `r` and waits for the panel, then a little more: the panel's key handler subscribes just
 * after its first frame, and a key in that instant is dropped.
 */
export async function openPanel(session: PtySession): Promise<void> {
	await session.press('r');
	await session.waitFor('Step 1/4');
	await delay(150);
}

/** The screen's rows joined without line breaks: a wrapped sentence reads whole again. */
export function joined(screen: string): string {
	return screen.split('\n').map((row) => row.trimEnd()).join('');
}

/** The screen's rows joined by spaces, runs of spaces as one: a sentence wrapped at its spaces reads whole again. */
export function spoken(screen: string): string {
	return screen.split('\n').join(' ').replaceAll(/\s+/g, ' ');
}

/** The three sizes the TUI is tried at. */
export const SIZES = [
	{cols: 40, rows: 10},
	{cols: 100, rows: 30},
	{cols: 200, rows: 50},
] as const;
