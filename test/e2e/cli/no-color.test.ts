// Every subcommand takes --no-color (a global option), before or after its name; what follows `--` is
// the program's own.
import {describe, expect, it} from 'vitest';
import {COMMANDS} from '../../../source/cli/registry.js';
import {runCli} from '../../helpers/cli.js';
import {tempHome} from '../../helpers/temp.js';

describe('--no-color on the command line', () => {
	it('every command takes it, after its name and before it', async () => {
		const home = tempHome();
		for (const command of COMMANDS) {
			for (const args of [[command.name, '--no-color', '--help'], ['--no-color', command.name, '--help']]) {
				const result = await runCli(args, {home});
				expect(result.stderr, args.join(' ')).toBe('');
				expect(result.code, args.join(' ')).toBe(0);
				expect(result.stdout, args.join(' ')).toMatch(/--no-color/);
			}
		}
	});

	it('changes nothing else a command does, and reaches a program after `--` untouched', async () => {
		const home = tempHome();
		expect((await runCli(['set', 'TOKEN', 'a-long-enough-value', '--no-color'], {home})).code).toBe(0);
		const listed = await runCli(['--no-color', 'list'], {home});
		expect(listed.code, listed.stderr).toBe(0);
		expect(listed.stdout).toMatch(/^TOKEN\b/m);
		const ran = await runCli(['exec', '--no-color', '--secret', 'TOKEN', '--', 'sh', '-c', 'printf "%s %s" "${#TOKEN}" "$1"', 'sh', '--no-color'], {home});
		expect(ran.stderr).toBe('');
		expect(ran.stdout).toBe('19 --no-color');
	});
});
