// Rendering the app with ink-testing-library: keys are written one at a time with a pause, and
// frames are polled, never read straight after a write.
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {SecretStore} from '../../source/store/store.js';
import {App, type AppProps} from '../../source/ui/app.js';

export const KEY = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlT: '\u0014',
};

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function renderApp(home: string, props: Partial<AppProps> = {}) {
	const store = new SecretStore(`${home}/secrets.json`);
	const view = render(createElement(App, {store, revealTimeoutMs: 30_000, ...props}));
	const frame = () => view.lastFrame() ?? '';
	return {
		...view,
		store,
		frame,
		async press(...keys: string[]) {
			for (const key of keys) {
				view.stdin.write(key);
				await delay(key === KEY.escape ? 80 : 30);
			}
		},
		async type(text: string) {
			for (const character of text) {
				view.stdin.write(character);
				await delay(15);
			}
		},
		async waitFor(match: string | RegExp | ((frame: string) => boolean), timeoutMs = 10_000): Promise<string> {
			const test = typeof match === 'function' ? match : typeof match === 'string' ? (s: string) => s.includes(match) : (s: string) => match.test(s);
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const current = frame();
				if (test(current)) {
					// A frame is drawn on commit; the new screen's key handlers subscribe in effects just
					// after. Let them settle before the next key, as a person's reaction time does.
					await delay(40);
					return current;
				}

				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for ${String(match)}. The frame:\n${current}`);
				}

				await delay(20);
			}
		},
	};
}

/** The line of the frame that holds `text`. */
export function lineWith(frame: string, text: string): string {
	return frame.split('\n').find((line) => line.includes(text)) ?? '';
}
