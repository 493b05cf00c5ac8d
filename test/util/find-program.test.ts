// The one program lookup, in real folders, checked against what a real spawn then does with the same
// PATH and folder: the lookup exists to say beforehand whether the exec will find the program.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FALLBACK_PATH, findProgram} from '../../source/util/find-program.js';
import {tempDir} from '../helpers/temp.js';

/** A shell script that prints `said` and exits 0. */
function program(dir: string, name: string, said: string, mode = 0o755): string {
	fs.mkdirSync(dir, {recursive: true});
	const file = path.join(dir, name);
	fs.writeFileSync(file, `#!/bin/sh\necho ${said}\n`, {mode});
	fs.chmodSync(file, mode);
	return file;
}

/** What a spawn with this PATH (undefined: unset) in this folder runs: the program's words, or undefined when it fails to start. */
function spawnRuns(name: string, pathVariable: string | undefined, cwd: string): string | undefined {
	const env: NodeJS.ProcessEnv = pathVariable === undefined ? {} : {PATH: pathVariable};
	const result = spawnSync(name, [], {cwd, env, encoding: 'utf8'});
	return result.error ? undefined : result.stdout.trim();
}

describe('findProgram', () => {
	it('takes the first PATH entry that holds an executable file, and agrees with spawn', () => {
		const root = tempDir();
		program(path.join(root, 'a'), 'stui14tool', 'a');
		program(path.join(root, 'b'), 'stui14tool', 'b');
		const pathVariable = `${path.join(root, 'a')}:${path.join(root, 'b')}`;
		expect(findProgram('stui14tool', {pathVariable, cwd: root})).toBe(path.join(root, 'a', 'stui14tool'));
		expect(spawnRuns('stui14tool', pathVariable, root)).toBe('a');
	});

	it('passes over a file without the execute bit and a folder of the name, as the exec does', () => {
		const root = tempDir();
		program(path.join(root, 'plain'), 'stui14tool', 'plain', 0o644);
		fs.mkdirSync(path.join(root, 'folder', 'stui14tool'), {recursive: true});
		program(path.join(root, 'real'), 'stui14tool', 'real');
		const pathVariable = ['plain', 'folder', 'real'].map((dir) => path.join(root, dir)).join(':');
		expect(findProgram('stui14tool', {pathVariable, cwd: root})).toBe(path.join(root, 'real', 'stui14tool'));
		expect(spawnRuns('stui14tool', pathVariable, root)).toBe('real');
		const none = ['plain', 'folder'].map((dir) => path.join(root, dir)).join(':');
		expect(findProgram('stui14tool', {pathVariable: none, cwd: root})).toBeUndefined();
		expect(spawnRuns('stui14tool', none, root)).toBeUndefined();
	});

	it('reads an empty entry as the current folder (POSIX), leading, doubled or trailing, as spawn does', () => {
		const root = tempDir();
		program(root, 'stui14here', 'here');
		const elsewhere = tempDir();
		for (const pathVariable of [`:${elsewhere}`, `${elsewhere}::${elsewhere}`, `${elsewhere}:`, '']) {
			expect(findProgram('stui14here', {pathVariable, cwd: root}), JSON.stringify(pathVariable)).toBe(path.join(root, 'stui14here'));
			expect(spawnRuns('stui14here', pathVariable, root), JSON.stringify(pathVariable)).toBe('here');
		}

		expect(findProgram('stui14here', {pathVariable: elsewhere, cwd: root})).toBeUndefined();
		expect(spawnRuns('stui14here', elsewhere, root)).toBeUndefined();
	});

	it('takes a relative entry from the given folder, as spawn does', () => {
		const root = tempDir();
		program(path.join(root, 'bin'), 'stui14rel', 'relative');
		expect(findProgram('stui14rel', {pathVariable: 'bin', cwd: root})).toBe(path.join(root, 'bin', 'stui14rel'));
		expect(spawnRuns('stui14rel', 'bin', root)).toBe('relative');
		expect(findProgram('stui14rel', {pathVariable: 'bin', cwd: tempDir()})).toBeUndefined();
	});

	it('uses /usr/bin:/bin when PATH is unset, and not the current folder', () => {
		const root = tempDir();
		program(root, 'stui14cwd', 'cwd');
		expect(FALLBACK_PATH).toBe('/usr/bin:/bin');
		expect(findProgram('sh', {pathVariable: undefined, cwd: root})).toMatch(/^\/(usr\/)?bin\/sh$/);
		expect(spawnRuns('sh', undefined, root)).toBe('');
		expect(findProgram('stui14cwd', {pathVariable: undefined, cwd: root})).toBeUndefined();
		expect(spawnRuns('stui14cwd', undefined, root)).toBeUndefined();
	});

	it('does not search PATH for a name with a slash: it is that file, from the given folder', () => {
		const root = tempDir();
		program(path.join(root, 'sub'), 'stui14slash', 'slash');
		program(path.join(root, 'onpath'), 'stui14slash', 'path');
		const pathVariable = path.join(root, 'onpath');
		expect(findProgram('sub/stui14slash', {pathVariable, cwd: root})).toBe(path.join(root, 'sub', 'stui14slash'));
		expect(spawnRuns('./sub/stui14slash', pathVariable, root)).toBe('slash');
		expect(findProgram('./stui14slash', {pathVariable, cwd: root})).toBeUndefined();
		expect(findProgram('', {pathVariable, cwd: root})).toBeUndefined();
	});
});
