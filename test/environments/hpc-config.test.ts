import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {configurationFile, fittingConfiguration, globMatches, readConfigurations, type RunTime} from '../../source/environments/hpc-config.js';
import {tempDir} from '../helpers/temp.js';
import {csf3Configuration} from '../helpers/fixtures.js';

const LOGIN: RunTime = {hostname: 'login2.csf3.man.alces.network', platform: 'linux', CPU_arch: 'x86_64'};
const LAPTOP: RunTime = {hostname: 'my-laptop', platform: 'linux', CPU_arch: 'x86_64'};

// Shaped like hpcflow/matflow-configs manchester-CSF3.yaml (a string glob, shells.bash.defaults.executable_args).
const CSF3 = `configs:
${csf3Configuration('csf3', 'login*.csf3.man.alces.network', ['~/envs/csf3.yaml', 'site/envs.yaml'])}  laptop:
    invocation:
      match: {}
    config:
      environment_sources: [laptop.yaml]
`;

describe('choosing a configuration as hpcflow does', () => {
	it('takes the one whose every match key fits, the most specific of several; `match: {}` fits every machine', () => {
		const env = {HOME: '/home/me'};
		const csf3 = fittingConfiguration('matflow', '/home/me/.matflow-new/config.yaml', CSF3, LOGIN, env);
		expect(csf3).toEqual({
			app: 'matflow',
			file: '/home/me/.matflow-new/config.yaml',
			name: 'csf3',
			sources: ['/home/me/envs/csf3.yaml', '/home/me/.matflow-new/site/envs.yaml'],
			shell: ['bash', '--login'],
		});
		const laptop = fittingConfiguration('matflow', '/c/config.yaml', CSF3, LAPTOP, env);
		expect(laptop).toEqual({app: 'matflow', file: '/c/config.yaml', name: 'laptop', sources: ['/c/laptop.yaml']});
	});

	it('fits none when no match fits, and names what it cannot check instead of guessing', () => {
		const text = 'configs:\n  a:\n    invocation:\n      match:\n        hostname: [login*, gateway*]\n    config: {}\n';
		expect(fittingConfiguration('hpcflow', '/c.yaml', text, LAPTOP)).toBeUndefined();
		expect(fittingConfiguration('hpcflow', '/c.yaml', text, {...LAPTOP, hostname: 'gateway1'})).toMatchObject({name: 'a', sources: []});
		const unknown = 'configs:\n  a:\n    invocation:\n      match:\n        python_version: "3.11*"\n';
		expect(fittingConfiguration('hpcflow', '/c.yaml', unknown, LAPTOP)).toBe(
			'/c.yaml, line 5: the match of a has `python_version`, which secrets-tui cannot check (it checks hostname, platform, CPU_arch, name); the environments of this hpcflow configuration are left out',
		);
	});

	it('names the file and line of broken YAML or a wrong shape, as a warning', () => {
		expect(fittingConfiguration('matflow', '/c.yaml', 'configs:\n  a: [unclosed\n', LAPTOP)).toMatch(/^\/c\.yaml, line 3: this matflow configuration is broken YAML \(.+\); its environments are left out$/);
		expect(fittingConfiguration('matflow', '/c.yaml', 'configs:\n  a:\n    config:\n      environment_sources: {x: 1}\n', LAPTOP)).toBe(
			'/c.yaml, line 4: environment_sources of a must be text or a list of text; the environments of this matflow configuration are left out',
		);
	});

	it("reads fnmatch's globs", () => {
		expect(globMatches('login*.csf3', 'login12.csf3')).toBe(true);
		expect(globMatches('login?', 'login12')).toBe(false);
		expect(globMatches('node[0-9]', 'node7')).toBe(true);
		expect(globMatches('node[!0-9]', 'node7')).toBe(false);
		expect(globMatches('a.b', 'axb')).toBe(false);
	});
});

describe('finding the configuration files', () => {
	it('reads ~/.matflow-new and ~/.hpcflow-new, or MATFLOW_CONFIG_DIR and HPCFLOW_CONFIG_DIR; a missing one is nothing', () => {
		const home = tempDir();
		expect(configurationFile('matflow', {HOME: home})).toBe(path.join(home, '.matflow-new', 'config.yaml'));
		expect(configurationFile('hpcflow', {HOME: home, HPCFLOW_CONFIG_DIR: '~/cfg'})).toBe(path.join(home, 'cfg', 'config.yaml'));
		expect(readConfigurations({HOME: home})).toEqual({fitting: [], warnings: []});
		fs.mkdirSync(path.join(home, '.matflow-new'));
		fs.writeFileSync(path.join(home, '.matflow-new', 'config.yaml'), `configs:\n  here:\n    invocation:\n      match:\n        hostname: "${os.hostname()}"\n    config:\n      environment_sources: [a.yaml]\n`);
		fs.mkdirSync(path.join(home, 'h'));
		fs.writeFileSync(path.join(home, 'h', 'config.yml'), 'configs: [broken');
		const read = readConfigurations({HOME: home, HPCFLOW_CONFIG_DIR: path.join(home, 'h')});
		expect(read.fitting).toEqual([{app: 'matflow', file: path.join(home, '.matflow-new', 'config.yaml'), name: 'here', sources: [path.join(home, '.matflow-new', 'a.yaml')]}]);
		expect(read.warnings).toHaveLength(1);
		expect(read.warnings[0]).toMatch(new RegExp(`^${path.join(home, 'h', 'config.yml')}, line 1: this hpcflow configuration is broken YAML`));
	});
});
