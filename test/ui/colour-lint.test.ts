// The lint rule that keeps colours in one table: a screen that names a colour or a style, or talks to
// chalk, fails `npm run lint`; a role passes. Run with the project's own eslint.config.js.
import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/cli.js';

const eslint = new ESLint({cwd: ROOT});

async function errors(code: string, file = 'source/ui/secrets/Probe.tsx'): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath: path.join(ROOT, file)});
	return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const header = "import {Box} from 'ink';\nimport {Text} from '../shared/Text.js';\n";

describe('the colour lint rule', () => {
	it('refuses a colour or style named on a screen', async () => {
		for (const attribute of ['color="red"', "color={'yellow'}", 'dimColor', 'bold', 'inverse={true}', 'backgroundColor="white"']) {
			const found = await errors(`${header}export const P = () => <Text ${attribute}>x</Text>;\n`);
			expect(found.join('\n'), attribute).toMatch(/no-restricted-syntax: Give the Text a role/);
		}

		expect((await errors(`${header}export const P = () => <Box borderColor="green" />;\n`)).join('\n')).toMatch(/Give the Text a role/);
	});

	it('refuses chalk outside the roles module', async () => {
		expect((await errors("import chalk from 'chalk';\nexport const p = chalk.red('x');\n", 'source/ui/run/probe.ts')).join('\n')).toMatch(/no-restricted-imports: .*roles of source\/ui\/shared\/colour.ts/);
	});

	it('passes a role', async () => {
		expect(await errors(`${header}export const P = () => <Box><Text role="expired">x</Text></Box>;\n`)).toEqual([]);
	});
});
