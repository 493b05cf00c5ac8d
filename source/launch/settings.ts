// settings.yaml beside the store: one optional line, `shell: bash --login`, the shell for definitions when
// neither --shell nor SECRETS_TUI_SHELL is given. Other lines are left alone; `#` starts a comment.
import fs from 'node:fs';
import type {ConfiguredShell} from '../environments/definition.js';
import {settingsFile} from '../store/registry.js';
import {resolveShell, type Shell} from './shell.js';

export {settingsFile} from '../store/registry.js';
import {checkTrusted} from '../util/file-trust.js';

/** The `shell:` setting of settings.yaml in `storeDir`, or undefined when there is none. */
export function shellSetting(storeDir: string): string | undefined {
	const file = settingsFile(storeDir);
	if (!fs.existsSync(file)) {
		return undefined;
	}

	// Its shell runs with the secrets: nobody else may change it.
	checkTrusted(file, 'settings.yaml beside the store', 'private');
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}

	for (const line of text.split('\n')) {
		const match = /^shell\s*:\s*(.*)$/.exec(line.replace(/(^|\s)#.*$/, '').trimEnd());
		if (match) {
			const value = match[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
			return value === '' ? undefined : value;
		}
	}

	return undefined;
}

/**
 * The shell definitions run in (shell.ts's order): `flag` (--shell), else SECRETS_TUI_SHELL, else this
 * settings.yaml's, else `configured` (the fitting matflow/hpcflow configuration's), else the default.
 */
export function chosenShell(storeDir: string, configured: ConfiguredShell | undefined, flag?: string): Shell {
	return resolveShell({...(flag === undefined ? {} : {flag}), setting: shellSetting(storeDir), ...(configured ? {configured} : {})});
}
