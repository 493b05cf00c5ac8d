// Starts the built TUI in a pseudo-terminal on a fresh store (and definitions), for the e2e/tui tests.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, expect} from 'vitest';
import {SecretStore} from '../../../source/store/store.js';
import {PtySession, delay} from '../../helpers/pty.js';
import {tempHome} from '../../helpers/temp.js';

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill();
	}
});

export type StartTui = {
	secrets?: Record<string, string>;
	yaml?: string;
	cols?: number;
	rows?: number;
	env?: Record<string, string>;
	args?: string[];
	/** Runs once the store's folder exists, before the program starts; returns more environment for it. */
	prepare?: (home: string) => Record<string, string>;
};

export async function startTui({secrets = {}, yaml, cols = 100, rows = 30, env, args, prepare}: StartTui = {}): Promise<{session: PtySession; home: string; store: SecretStore}> {
	const home = tempHome();
	const store = new SecretStore(path.join(home, 'secrets.json'));
	if (Object.keys(secrets).length > 0) {
		await store.setMany(Object.entries(secrets).map(([name, value]) => ({name, value})));
	}

	fs.mkdirSync(home, {recursive: true, mode: 0o700});
	if (yaml) {
		fs.writeFileSync(path.join(home, 'environments.yaml'), yaml);
	}

	const session = new PtySession({home, cwd: home, cols, rows, env: {...env, ...prepare?.(home)}, args});
	sessions.push(session);
	await session.waitFor('secrets-tui', 15_000);
	// The TUI asks the terminal for bracketed pastes, as a terminal then sends them.
	expect(session.raw).toContain('\u001B[?2004h');
	// A new screen's key handlers subscribe just after its frame: settle before the next key, as a
	// person's reaction time does (the machine is shared).
	const waitFor = session.waitFor.bind(session);
	session.waitFor = async (...waitArgs: Parameters<PtySession['waitFor']>) => {
		const screen = await waitFor(...waitArgs);
		await delay(60);
		return screen;
	};

	return {session, home, store};
}

/** One write, so the program reads it at once (as a paste or keys bunched by a slow link). */
export async function glued(session: PtySession, text: string): Promise<void> {
	session.process.write(text);
	await delay(80);
}

/** A paste as a terminal in bracketed-paste mode sends it. */
export async function paste(session: PtySession, text: string): Promise<void> {
	await glued(session, `\u001B[200~${text}\u001B[201~`);
}

export const selectedRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('›')) ?? '';
