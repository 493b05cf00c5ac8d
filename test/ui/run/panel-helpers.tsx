// Renders the run panel with ink-testing-library against a real temp store and definitions file.
import fs from 'node:fs';
import path from 'node:path';
import React, {useState} from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {SecretStore} from '../../../source/store/store.js';
import {Footer} from '../../../source/ui/shared/Footer.js';
import {KeyRouter} from '../../../source/ui/shared/KeyRouter.js';
import type {KeyTable} from '../../../source/ui/keys/binding.js';
import {RunPanel} from '../../../source/ui/run/RunPanel.js';
import type {RunPanelProps} from '../../../source/ui/run/types.js';
import {tempDir} from '../../helpers/temp.js';

export const KEY = {up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', ctrlC: '\u0003', tab: '\t', pageUp: '\u001B[5~'} as const;

export async function makeStore(secrets: Record<string, string>): Promise<SecretStore> {
	const home = path.join(tempDir(), 'home');
	const store = new SecretStore(path.join(home, 'secrets.json'));
	if (Object.keys(secrets).length > 0) {
		await store.setMany(Object.entries(secrets).map(([name, value]) => ({name, value})));
	}

	return store;
}

export function writeDefinitions(yaml: string): string {
	const file = path.join(tempDir(), 'environments.yaml');
	fs.writeFileSync(file, yaml);
	return file;
}

/** The panel as the app hosts it, `height` rows in all: the footer, from the key table the panel reports, on the last. */
function Host(props: RunPanelProps) {
	const [keys, setKeys] = useState<KeyTable<string>>();
	return (
		<KeyRouter>
			<Box flexDirection="column">
				<RunPanel {...props} height={props.height - 1} onKeys={setKeys} />
				{keys ? <Footer tables={[keys]} width={props.width} /> : null}
			</Box>
		</KeyRouter>
	);
}

export function renderPanel(store: SecretStore, envsFile: string | undefined, size = {width: 100, height: 20}) {
	let closed = 0;
	const app = render(<Host store={store} envsFiles={envsFile === undefined ? undefined : [envsFile]} width={size.width} height={size.height} onClose={() => closed++} />);
	const frames: string[] = [];
	const frame = () => {
		const text = app.lastFrame() ?? '';
		frames.push(text);
		return text;
	};

	return {
		...app,
		app,
		closed: () => closed,
		/** Every frame seen while waiting: to check a value never showed, not even for one frame. */
		frames,
		frame,
		async press(...keys: string[]) {
			for (const key of keys) {
				app.stdin.write(key);
				await delay(key === KEY.escape ? 80 : 30);
			}
		},
		async type(text: string) {
			for (const character of text) {
				// No pause: keys that come faster than renders must all land.
				app.stdin.write(character);
			}
		},
		async waitFor(match: string | RegExp | ((frame: string) => boolean), timeoutMs = 10_000): Promise<string> {
			const test = typeof match === 'function' ? match : typeof match === 'string' ? (text: string) => text.includes(match) : (text: string) => match.test(text);
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const text = frame();
				if (test(text)) {
					return text;
				}

				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for ${String(match)}. The frame:\n${text}`);
				}

				await delay(20);
			}
		},
	};
}

export function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
