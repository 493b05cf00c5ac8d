// Every usage mistake, through the built program: exit 2, one line on stderr, a sentence (a capital
// first, a period last) that says what to type instead; and one help layout for every command.
import {describe, expect, it} from 'vitest';
import {COMMANDS} from '../../../source/cli/registry.js';
import {runCli} from '../../helpers/cli.js';
import {tempHome} from '../../helpers/temp.js';

const exact: Array<[string[], string]> = [
	[['exec', '--secret', 'A', 'ls'], 'Put `--` before the command: secrets-tui exec --secret A -- ls.'],
	[['exec', '--secret', 'A', 'ls', '-l'], 'Put `--` before the command: secrets-tui exec --secret A -- ls -l.'],
	[['list', 'extra'], 'Too many arguments: secrets-tui list takes no arguments; remove "extra".'],
	[['get', 'A', 'B'], 'Too many arguments: secrets-tui get takes NAME; remove "B" (or quote a value that has spaces).'],
	[['get'], 'Missing NAME: secrets-tui get NAME.'],
	[['list', '--', 'x'], 'Nothing goes after `--` in secrets-tui list; remove `-- x`.'],
	[['frobnicate'], 'There is no command "frobnicate"; the commands are ' + COMMANDS.map((c) => c.name).join(', ') + ' (secrets-tui --help describes them).'],
];

const others: string[][] = [
	['get', 'A', '--', 'x'],
	['set'],
	['set', 'A', 'b', 'c'],
	['set', 'A', '@'],
	['list', '--bogus'],
	['list', '--values=yes'],
	['delete', '--nope', 'A'],
	['import'],
	['import', 'a', 'b'],
	['exec'],
	['exec', '--secret', 'A'],
	['exec', '--secret', '1X', '--', 'true'],
	['exec', '--secret'],
	['run'],
	['run', 'env', '--cores'],
	['run', 'env', '--cores', 'many'],
	['run', 'env', '--cores', '0'],
	['run', 'env', 'exe', 'extra'],
	['envs', 'python_env', 'extra'],
	['envs', '--envs'],
	['envs', '--names', '--specs'],
	['list', '--names', '--json'],
	['completion'],
	['completion', 'tcsh'],
	['completion', 'bash', 'zsh'],
];

describe('usage mistakes', () => {
	for (const [args, message] of exact) {
		it(`${args.join(' ')}: ${message}`, async () => {
			const result = await runCli(args, {home: tempHome()});
			expect(result.code).toBe(2);
			expect(result.stderr).toBe(`secrets-tui: ${message}\n`);
		});
	}

	it('every one is a sentence on one line, exit 2', async () => {
		const home = tempHome();
		const all = [...exact.map(([args]) => args), ...others];
		for (let start = 0; start < all.length; start += 4) {
			const batch = all.slice(start, start + 4);
			const results = await Promise.all(batch.map((args) => runCli(args, {home})));
			for (const [index, result] of results.entries()) {
				const args = batch[index]!.join(' ');
				expect(result.code, args).toBe(2);
				expect(result.stdout, args).toBe('');
				expect(result.stderr, args).toMatch(/^secrets-tui: [A-Z][^\n]*\.\n$/);
			}
		}
	});
});

describe('help', () => {
	it('has one layout for every command: Usage, what it does, Options from its table', async () => {
		for (const command of COMMANDS) {
			const {spec} = (await command.load()) as unknown as {spec: {flags?: Record<string, unknown>}};
			const asks = [[command.name, '--help'], [command.name, '-h'], ['help', command.name]];
			const results = await Promise.all(asks.map((asked) => runCli(asked, {home: tempHome()})));
			for (const [index, result] of results.entries()) {
				const asked = asks[index]!;
				expect(result.code, asked.join(' ')).toBe(0);
				expect(result.stdout, asked.join(' ')).toMatch(new RegExp(`^Usage\\n  \\$ secrets-tui ${command.name}\\b.*\\n\\n  \\S`));
				expect(result.stdout).toMatch(/\n\nOptions\n( {2}--.*\n)* {2}--help, -h +show this help\n/);
				// Titles flush left, everything else indented: no line starts with one space or a tab.
				expect(result.stdout).not.toMatch(/^( [^ ]|\t)/m);
				for (const flag of Object.keys(spec.flags ?? {})) {
					const kebab = flag.replaceAll(/[A-Z]/g, (letter) => '-' + letter.toLowerCase());
					expect(result.stdout).toMatch(new RegExp(`\\n  --(no-)?${kebab}\\b`));
				}
			}
		}
	});
});
