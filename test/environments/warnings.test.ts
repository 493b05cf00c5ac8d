import {describe, expect, it} from 'vitest';
import {parseEnvironments} from '../../source/environments/load.js';
import {definitionWarnings} from '../../source/environments/warnings.js';

const defs = parseEnvironments(
	`
- name: leaky
  setup:
    - export password=1234
    - PASSword=1234
    - $env:password = '1234'
    - export DB_PASSWORD=$DB_PASSWORD
    - token="\${TOKEN}"
  executables:
    - label: curl
      instances:
        - command: 'curl -H "Authorization: Bearer ghp_realtokenvalue" https://api.github.com'
- name: clean
  secrets: [GITHUB_TOKEN]
  setup: export PASSWORD_FILE=<<pw>>
  executables:
    - label: curl
      instances:
        - command: 'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com'
`,
	'envs.yaml',
);

describe('definitionWarnings', () => {
	const warnings = definitionWarnings(defs, new Map([['GITHUB_TOKEN', 'ghp_realtokenvalue'], ['SHORT', 'ab']]));

	it('finds password-like assignments of literal values, not references', () => {
		const assigns = warnings.filter((warning) => warning.message.includes('assigns'));
		expect(assigns.map((warning) => warning.message)).toEqual([
			'the setup of leaky, line 1, assigns password a literal value; keep it in the store and list it under secrets: instead',
			'the setup of leaky, line 2, assigns PASSword a literal value; keep it in the store and list it under secrets: instead',
			'the setup of leaky, line 3, assigns password a literal value; keep it in the store and list it under secrets: instead',
		]);
	});

	it('finds a stored value written into a command, and names the secret, never the value', () => {
		const found = warnings.filter((warning) => warning.message.includes('contains the value'));
		expect(found).toEqual([
			{
				environment: 'leaky',
				message: 'the command of leaky/curl contains the value of the stored secret GITHUB_TOKEN; definitions are shared: list GITHUB_TOKEN under secrets: and use its variable instead',
			},
		]);
		for (const warning of warnings) {
			expect(warning.message).not.toContain('ghp_realtokenvalue');
			expect(warning.message).not.toContain('1234');
		}
	});

	it('has nothing to say about a clean definition', () => {
		expect(warnings.filter((warning) => warning.environment === 'clean')).toEqual([]);
	});
});
