// The one definitions loader: missing, broken or loaded, for the commands (as sentences) and the run panel (as states).
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {EXAMPLE_DEFINITIONS, loadDefinitions, readDefinitionSet} from '../../source/environments/definitions-file.js';
import {isUserError} from '../../source/util/errors.js';
import {tempDir} from '../helpers/temp.js';

describe('readDefinitionSet', () => {
	it('says missing, with the file it looked for beside the store', () => {
		const home = tempDir();
		expect(readDefinitionSet({env: {HOME: home, SECRETS_TUI_HOME: home}})).toEqual({state: 'missing', file: path.join(home, 'environments.yaml'), warnings: []});
	});

	it('says broken with the loader’s sentence, which names the file and the line', () => {
		const file = path.join(tempDir(), 'envs.yaml');
		fs.writeFileSync(file, '- name: x\n  executables: 3\n');
		const found = readDefinitionSet({flags: [file]});
		expect(found.state).toBe('broken');
		expect(found.state === 'broken' && found.message).toMatch(new RegExp(`${file}.*line 2`));
	});

	it('loads the one example, which run --help and the run panel both show', () => {
		const file = path.join(tempDir(), 'environments.yaml');
		fs.writeFileSync(file, EXAMPLE_DEFINITIONS + '\n');
		const found = readDefinitionSet({env: {SECRETS_TUI_ENVS: file}});
		expect(found.state === 'loaded' && found.defs.environments.map((environment) => environment.name)).toEqual(['github']);
	});
});

describe('loadDefinitions', () => {
	it('turns missing into a sentence that says what to do, and throws a broken file’s own error', () => {
		const missing = path.join(tempDir(), 'none.yaml');
		expect(() => loadDefinitions(missing)).toThrow(`There are no environment definitions at ${missing}. Create that file`);
		const broken = path.join(tempDir(), 'envs.yaml');
		fs.writeFileSync(broken, '- name: x\n  executables: 3\n');
		const state = readDefinitionSet({flags: [broken]});
		try {
			loadDefinitions(broken);
			expect.unreachable();
		} catch (error) {
			expect(isUserError(error)).toBe(true);
			expect((error as Error).message).toBe(state.state === 'broken' ? state.message : '');
		}
	});
});
