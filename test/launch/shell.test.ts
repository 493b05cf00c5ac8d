// Which shell runs a definition, and how its kind is read.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultShell, parseShell, resolveShell, shellKind} from '../../source/launch/shell.js';
import {shellSetting} from '../../source/launch/settings.js';
import {tempDir} from '../helpers/temp.js';

describe('the shell', () => {
	it('is --shell, else SECRETS_TUI_SHELL, else the setting, else the default', () => {
		const env = {PATH: process.env.PATH, SECRETS_TUI_SHELL: 'zsh -l'};
		expect(resolveShell({flag: 'bash --login', env, setting: 'sh'})).toEqual({words: ['bash', '--login'], kind: 'posix', from: 'the --shell option'});
		expect(resolveShell({env, setting: 'sh'})).toEqual({words: ['zsh', '-l'], kind: 'posix', from: 'SECRETS_TUI_SHELL'});
		expect(resolveShell({env: {PATH: process.env.PATH}, setting: 'pwsh -NoProfile'})).toEqual({words: ['pwsh', '-NoProfile'], kind: 'powershell', from: 'settings.yaml'});
		expect(resolveShell({env: {PATH: process.env.PATH}}).from).toBe('the default');
	});

	it('knows PowerShell by its program, with a path or .exe', () => {
		expect(shellKind('pwsh')).toBe('powershell');
		expect(shellKind('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')).toBe('powershell');
		expect(shellKind('/usr/bin/bash')).toBe('posix');
		expect(() => parseShell('  ', 'the --shell option')).toThrow(/names no shell/);
	});

	it('defaults to PowerShell on Windows, as hpcflow does there', () => {
		const dir = tempDir();
		expect(defaultShell({PATH: dir}, 'win32')).toBe('powershell');
		fs.writeFileSync(path.join(dir, 'pwsh.exe'), '', {mode: 0o755});
		expect(defaultShell({PATH: dir}, 'win32')).toBe('pwsh');
	});

	it('does not take a folder named like the shell for the shell (the one program lookup passes over folders)', () => {
		const dir = tempDir();
		fs.mkdirSync(path.join(dir, 'pwsh.exe'));
		expect(defaultShell({PATH: dir}, 'win32')).toBe('powershell');
	});

	it('reads the one shell line of settings.yaml, comments and quotes allowed', () => {
		const dir = tempDir();
		expect(shellSetting(dir)).toBeUndefined();
		fs.writeFileSync(path.join(dir, 'settings.yaml'), "# shell for definitions\nother: x\nshell: 'bash --login'  # login shell for module\n");
		expect(shellSetting(dir)).toBe('bash --login');
	});
});
