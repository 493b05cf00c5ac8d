// A Slurm job of a team member whose definition names a team secret (lab/NAME): it reads the team
// store on the node, whose path the job script holds, as it holds the personal store's.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {tempDir} from '../../helpers/temp.js';
import {createAccounts, projectFolder, publicCli, removeAccounts, requireRoot, runAs} from '../../helpers/users.js';
import {batchScript, requireCluster} from './cluster.js';

const GROUP = 'stui17slab';
const MEMBER = 'stui17s';
const TOKEN = 'team-slurm-7c1d-Secret-value';
let cli: string;
let publicDir: string;

beforeAll(() => {
	requireCluster();
	requireRoot();
	createAccounts(GROUP, [MEMBER]);
	({dir: publicDir, cli} = publicCli());
});

afterAll(() => {
	removeAccounts(GROUP, [MEMBER]);
	fs.rmSync(publicDir, {recursive: true, force: true});
});

describe('a team secret in a Slurm job', () => {
	it('a job submitted by a member reads lab/NAME from the team store on the node, redacted, with the store\'s path in the job script', async () => {
		const folder = path.join(projectFolder(tempDir(), GROUP), 'lab-secrets');
		const home = `/home/${MEMBER}/.secrets-tui`;
		const work = `/home/${MEMBER}/work`;
		expect((await runAs(MEMBER, cli, ['store', 'add', 'lab', folder, '--group', GROUP])).code).toBe(0);
		const set = await runAs(MEMBER, cli, ['set', 'lab/token', '-'], {input: TOKEN});
		expect(set.stderr).toBe('');
		fs.writeFileSync(
			path.join(home, 'environments.yaml'),
			`- name: team\n  secrets: [TEAM_TOKEN=lab/token]\n  executables:\n    - label: show\n      instances:\n        - command: 'echo "token: $TEAM_TOKEN"; printf "%s\\\\n" "$TEAM_TOKEN" | rev'\n`,
			{mode: 0o600},
		);
		fs.mkdirSync(work);
		execFileSync('chown', [MEMBER, path.join(home, 'environments.yaml'), work]);

		const result = await runAs(MEMBER, cli, ['submit', 'team', 'show', '--wait'], {cwd: work, timeoutMs: 80_000});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const id = result.stdout.trim();
		const output = fs.readFileSync(path.join(work, `slurm-${id}.out`), 'utf8');
		expect(output).toBe(`token: [secret:lab/token]\n${[...TOKEN].reverse().join('')}\n`);
		const script = batchScript(id);
		expect(script).toContain(`SECRETS_TUI_TEAM_STORES='[{"name":"lab","path":"${folder}","group":"${GROUP}"}]'`);
		expect(script).not.toContain(TOKEN);
	});
});
