import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dataDir, storeFile} from '../../source/store/paths.js';

describe('where the store lives', () => {
	it('uses SECRETS_TUI_HOME first', () => {
		expect(storeFile({SECRETS_TUI_HOME: '/tmp/x', XDG_DATA_HOME: '/data'})).toBe('/tmp/x/secrets.json');
	});

	it('honours XDG_DATA_HOME on Linux', () => {
		expect(dataDir({XDG_DATA_HOME: '/data'}, 'linux')).toBe('/data/secrets-tui');
	});

	it('ignores a relative XDG_DATA_HOME, as the XDG spec says', () => {
		expect(dataDir({XDG_DATA_HOME: 'relative'}, 'linux')).toBe(path.join(os.homedir(), '.local/share/secrets-tui'));
	});

	it('defaults to ~/.local/share/secrets-tui on Linux', () => {
		expect(dataDir({}, 'linux')).toBe(path.join(os.homedir(), '.local/share/secrets-tui'));
	});

	it('uses Application Support on macOS', () => {
		expect(dataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library/Application Support/secrets-tui'));
	});
});
