// --no-color is a global option: one table (GLOBAL_FLAGS), taken out of argv wherever it stands before
// `--`, listed in every help and in the completion.
import {describe, expect, it} from 'vitest';
import {takeGlobalOptions} from '../../source/cli/global-options.js';
import {GLOBAL_FLAGS, helpText} from '../../source/cli/spec.js';
import {COMMANDS} from '../../source/cli/registry.js';
import {completionModel} from '../../source/completion/model.js';

describe('takeGlobalOptions', () => {
	it('takes --no-color out before the command, after it, or alone', () => {
		expect(takeGlobalOptions(['--no-color', 'list'])).toEqual({argv: ['list'], globals: {noColor: true}});
		expect(takeGlobalOptions(['list', '--values', '--no-color'])).toEqual({argv: ['list', '--values'], globals: {noColor: true}});
		expect(takeGlobalOptions(['--no-color'])).toEqual({argv: [], globals: {noColor: true}});
		expect(takeGlobalOptions(['get', 'A'])).toEqual({argv: ['get', 'A'], globals: {noColor: false}});
	});

	it('leaves what follows `--` to the program', () => {
		expect(takeGlobalOptions(['exec', '--secret', 'A', '--', 'ls', '--no-color'])).toEqual({argv: ['exec', '--secret', 'A', '--', 'ls', '--no-color'], globals: {noColor: false}});
		expect(takeGlobalOptions(['exec', '--no-color', '--secret', 'A', '--', 'ls'])).toEqual({argv: ['exec', '--secret', 'A', '--', 'ls'], globals: {noColor: true}});
	});
});

describe('the global options in help and completion', () => {
	it('every command lists --no-color in its help and its completion, and the top level offers it', async () => {
		expect(Object.keys(GLOBAL_FLAGS)).toEqual(['noColor']);
		const model = await completionModel(COMMANDS);
		for (const command of COMMANDS) {
			const {spec} = await command.load();
			expect(helpText(spec), command.name).toMatch(/^ {2}--no-color +draw no colour/m);
			expect(model.commands.find((entry) => entry.name === command.name)!.options.map((option) => option.long), command.name).toContain('--no-color');
		}

		expect(model.topOptions.map((option) => option.long)).toContain('--no-color');
	});
});
