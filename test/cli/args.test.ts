// The one parser (util.parseArgs under a command's spec table): values, defaults, --no-X, numbers.
import {describe, expect, it} from 'vitest';
import {parseCommandArgs} from '../../source/cli/args.js';
import {helpText, type CommandSpec} from '../../source/cli/spec.js';

const spec: CommandSpec = {
	name: 'demo',
	usage: 'ENV [EXECUTABLE] [options] [-- ARGS...]',
	help: 'Does a demo.\n\nExamples\n  $ secrets-tui demo env',
	minArgs: 1,
	maxArgs: 2,
	takesRest: true,
	flags: {
		envs: {type: 'string', value: 'FILE', description: 'the file'},
		param: {type: 'string', isMultiple: true, value: 'K=V', description: 'a parameter'},
		cores: {type: 'number', description: 'how many cores'},
		redact: {type: 'boolean', default: true, description: 'do not redact'},
		dryRun: {type: 'boolean', shortFlag: 'n', description: 'run nothing'},
	},
};

describe('parseCommandArgs', () => {
	it('reads strings, repeated strings, numbers and booleans, with the defaults of the table', () => {
		expect(parseCommandArgs(spec, ['env'])).toEqual({input: ['env'], flags: {param: [], redact: true}, rest: undefined, help: false});
		const parsed = parseCommandArgs(spec, ['env', 'exe', '--envs=e.yaml', '--param', 'a=1', '--param=b=2', '--cores', '4', '-n', '--no-redact', '--', '--x', 'y']);
		expect(parsed).toEqual({
			input: ['env', 'exe'],
			flags: {envs: 'e.yaml', param: ['a=1', 'b=2'], cores: 4, redact: false, dryRun: true},
			rest: ['--x', 'y'],
			help: false,
		});
	});

	it('takes a value that starts with a dash when it is not one of the options', () => {
		expect(parseCommandArgs(spec, ['env', '--param', '--time=1:00', '--param', '-x', '--cores', '-2']).flags).toMatchObject({param: ['--time=1:00', '-x'], cores: -2});
	});

	it('keeps everything after -- as it is, and sees -h only before it', () => {
		expect(parseCommandArgs(spec, ['env', '--', '-h']).help).toBe(false);
		expect(parseCommandArgs(spec, ['-h']).help).toBe(true);
		expect(parseCommandArgs(spec, ['--help', 'a', 'b', 'c']).help).toBe(true);
	});

	it('says what to do for each mistake', () => {
		const mistakes: Array<[string[], string]> = [
			[['env', '--cores', 'many'], 'The option --cores takes a number, not "many", as in --cores 4.'],
			[['env', '--cores'], 'The option --cores needs a value, as in --cores N; `secrets-tui demo --help` lists its options.'],
			[['env', '--envs', '--cores', '2'], 'The option --envs needs a value, but "--cores" follows it; give the value (write --envs=--cores if that is the value).'],
			[['env', '--envs', '-n'], 'The option --envs needs a value, but "-n" follows it; give the value (write --envs=-n if that is the value).'],
			[['env', '--dry-run=yes'], 'The option --dry-run takes no value; write it alone, without "=yes".'],
			[['env', '--no-envs'], 'Unknown option --no-envs for secrets-tui demo; `secrets-tui demo --help` lists its options.'],
			[['env', '-x'], 'Unknown option -x for secrets-tui demo; `secrets-tui demo --help` lists its options.'],
			[[], 'Missing ENV: secrets-tui demo ENV [EXECUTABLE] [options] [-- ARGS...].'],
			[['env', 'exe', 'arg one', '--cores', '2'], "Put `--` before the arguments for the program: secrets-tui demo env exe -- 'arg one' --cores 2."],
		];
		for (const [argv, message] of mistakes) {
			expect(() => parseCommandArgs(spec, argv), argv.join(' ')).toThrow(message);
		}
	});
});

describe('helpText', () => {
	it('lists every option of the table and the global ones, then the sections of the help', () => {
		expect(helpText(spec)).toBe(
			[
				'Usage',
				'  $ secrets-tui demo ENV [EXECUTABLE] [options] [-- ARGS...]',
				'',
				'  Does a demo.',
				'',
				'Options',
				'  --envs FILE     the file',
				'  --param K=V     a parameter',
				'  --cores N       how many cores',
				'  --no-redact     do not redact',
				'  --dry-run, -n   run nothing',
				'  --no-color      draw no colour (as NO_COLOR=1 does); bold, dim and inverse stay',
				'  --help, -h      show this help',
				'',
				'Examples',
				'  $ secrets-tui demo env',
			].join('\n'),
		);
	});
});
