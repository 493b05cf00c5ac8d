// matflow's and hpcflow's own configuration files: ~/.matflow-new/config.yaml (MATFLOW_CONFIG_DIR moves it)
// and ~/.hpcflow-new/config.yaml (HPCFLOW_CONFIG_DIR). Each holds named configurations,
//   configs: {NAME: {invocation: {match: {hostname: GLOB or [GLOBS]}}, config: {environment_sources: [FILES],
//            default_shell: bash, shells: {bash: {defaults: {executable_args: [--login]}}}}}}
// and, as hpcflow chooses (ConfigFile.select_invocation): a configuration fits when every key of its `match`
// fits this machine (a list: any one glob, fnmatch style); `match: {}` fits every machine; of several that
// fit, the one with the most match keys, the first on a tie. secrets-tui takes from the one that fits the
// files of its `environment_sources` and its shell. A missing file is nothing; a broken one is one warning
// naming the file and line, never an error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {isUserError} from '../util/errors.js';
import {checkTrusted} from '../util/file-trust.js';
import {expandHome} from '../util/stdin.js';
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap} from 'yaml';

export type HpcApp = 'matflow' | 'hpcflow';

/** In the order their sources are read (and their shell chosen). */
export const HPC_APPS: readonly HpcApp[] = ['matflow', 'hpcflow'];

export type FittingConfiguration = {
	app: HpcApp;
	/** The config.yaml it is in. */
	file: string;
	/** Its key under `configs:`. */
	name: string;
	/** Its environment_sources, absolute (`~` expanded, relative paths against the config's folder). */
	sources: string[];
	/** Its default_shell with that shell's executable and executable_args, when it names one. */
	shell?: string[];
};

export type ConfigurationsRead = {fitting: FittingConfiguration[]; warnings: string[]};

/** What `match` keys are compared with (hpcflow's RunTimeInfo). */
export type RunTime = {hostname: string; platform: string; CPU_arch: string};

export function runTime(): RunTime {
	const platform = process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'macos' : process.platform;
	return {hostname: os.hostname(), platform, CPU_arch: os.machine()};
}


/** The config.yaml (or config.yml) of matflow or hpcflow, as that program finds it. */
export function configurationFile(app: HpcApp, env: NodeJS.ProcessEnv = process.env): string {
	const variable = env[`${app.toUpperCase()}_CONFIG_DIR`];
	const dir = path.resolve(expandHome(variable || `~/.${app}-new`, env));
	const yaml = path.join(dir, 'config.yaml');
	const yml = path.join(dir, 'config.yml');
	return !fs.existsSync(yaml) && fs.existsSync(yml) ? yml : yaml;
}

/** The configurations of matflow and hpcflow that fit this machine, with a warning for each broken file. */
export function readConfigurations(env: NodeJS.ProcessEnv = process.env, machine: RunTime = runTime()): ConfigurationsRead {
	const fitting: FittingConfiguration[] = [];
	const warnings: string[] = [];
	for (const app of HPC_APPS) {
		const file = configurationFile(app, env);
		let text: string;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'ENOENT' && code !== 'ENOTDIR') {
				warnings.push(`${file}: cannot read this ${app} configuration (${code ?? (error as Error).message}); its environments are left out`);
			}

			continue;
		}

		// It chooses definitions and a shell: checked as a definitions file you chose is (file-trust.ts).
		try {
			warnings.push(...checkTrusted(file, `the ${app} configuration`, 'shared'));
		} catch (error) {
			if (!isUserError(error)) {
				throw error;
			}

			warnings.push(`${error.message.replace(/\.$/, '')}; its environments and shell are left out`);
			continue;
		}

		const read = fittingConfiguration(app, file, text, machine, env);
		if (typeof read === 'string') {
			warnings.push(read);
		} else if (read) {
			fitting.push(read);
		}
	}

	return {fitting, warnings};
}

class Broken extends Error {
	constructor(
		readonly node: YamlNode | null | undefined,
		message: string,
	) {
		super(message);
	}
}

/** The configuration of `text` that fits, undefined when none does, or a warning sentence. */
export function fittingConfiguration(app: HpcApp, file: string, text: string, machine: RunTime, env: NodeJS.ProcessEnv = process.env): FittingConfiguration | string | undefined {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {lineCounter, prettyErrors: false});
	const at = (offset: number | undefined) => (offset === undefined ? file : `${file}, line ${lineCounter.linePos(offset).line}`);
	const [first] = document.errors;
	if (first) {
		return `${at(first.pos[0])}: this ${app} configuration is broken YAML (${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); its environments are left out`;
	}

	try {
		const root = document.contents as YamlNode | null;
		const configs = isMap(root) ? (root.get('configs', true) as YamlNode | undefined) : undefined;
		if (!isMap(configs)) {
			throw new Broken(configs ?? root, 'it has no `configs:` mapping');
		}

		let best: {name: string; node: YamlNode; keys: number} | undefined;
		for (const pair of configs.items) {
			const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
			const node = pair.value as YamlNode | null;
			if (!isMap(node)) {
				throw new Broken(node ?? (pair.key as YamlNode), `the configuration ${name} is not a mapping`);
			}

			const keys = matchKeys(node, name, app, machine);
			if (keys !== undefined && (!best || keys > best.keys)) {
				best = {name, node, keys};
			}
		}

		if (!best) {
			return undefined;
		}

		const config = (best.node as YAMLMap).get('config', true) as YamlNode | undefined;
		const base = path.dirname(file);
		const sources = stringList(isMap(config) ? (config.get('environment_sources', true) as YamlNode | undefined) : undefined, `environment_sources of ${best.name}`).map(
			(source) => path.resolve(base, expandHome(source, env)),
		);
		const shell = isMap(config) ? shellOf(config, best.name) : undefined;
		return {app, file, name: best.name, sources, ...(shell ? {shell} : {})};
	} catch (error) {
		if (error instanceof Broken) {
			return `${at(error.node?.range?.[0])}: ${error.message}; the environments of this ${app} configuration are left out`;
		}

		throw error;
	}
}

/** How many match keys the configuration has, when every one fits this machine; undefined when one does not. */
function matchKeys(node: YAMLMap, name: string, app: HpcApp, machine: RunTime): number | undefined {
	const invocation = node.get('invocation', true) as YamlNode | undefined;
	const match = isMap(invocation) ? (invocation.get('match', true) as YamlNode | undefined) : undefined;
	if (match === undefined || (isScalar(match) && match.value === null)) {
		return 0;
	}

	if (!isMap(match)) {
		throw new Broken(match, `the match of ${name} is not a mapping`);
	}

	const known: Record<string, string> = {...machine, name: app};
	for (const pair of match.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		if (!Object.hasOwn(known, key)) {
			throw new Broken(pair.key as YamlNode, `the match of ${name} has \`${key}\`, which secrets-tui cannot check (it checks ${Object.keys(known).join(', ')})`);
		}

		const globs = stringList(pair.value as YamlNode, `match ${key} of ${name}`);
		if (!globs.some((glob) => globMatches(glob, known[key]!))) {
			return undefined;
		}
	}

	return match.items.length;
}

function shellOf(config: YAMLMap, name: string): string[] | undefined {
	const chosen = config.get('default_shell', true) as YamlNode | undefined;
	const shells = config.get('shells', true) as YamlNode | undefined;
	if (chosen !== undefined && !(isScalar(chosen) && typeof chosen.value === 'string' && chosen.value.trim() !== '')) {
		throw new Broken(chosen, `the default_shell of ${name} is not a shell's name`);
	}

	const shellName = chosen ? String((chosen as {value: string}).value).trim() : process.platform === 'win32' ? 'powershell' : 'bash';
	const entry = isMap(shells) ? (shells.get(shellName, true) as YamlNode | undefined) : undefined;
	const defaults = isMap(entry) ? (entry.get('defaults', true) as YamlNode | undefined) : undefined;
	const executableNode = isMap(defaults) ? (defaults.get('executable', true) as YamlNode | undefined) : undefined;
	const args = stringList(isMap(defaults) ? (defaults.get('executable_args', true) as YamlNode | undefined) : undefined, `executable_args of ${name}`);
	const executable = executableNode && isScalar(executableNode) && typeof executableNode.value === 'string' ? executableNode.value : shellName;
	if (!chosen && !executableNode && args.length === 0) {
		return undefined;
	}

	return [executable, ...args];
}

/** A string or a list of strings (null and absent: none). */
function stringList(node: YamlNode | undefined | null, what: string): string[] {
	if (!node || (isScalar(node) && node.value === null)) {
		return [];
	}

	if (isScalar(node) && typeof node.value === 'string') {
		return [node.value];
	}

	if (isSeq(node)) {
		return node.items.map((item) => {
			if (isScalar(item) && typeof item.value === 'string') {
				return item.value;
			}

			throw new Broken(item as YamlNode, `each entry of ${what} must be text`);
		});
	}

	throw new Broken(node, `${what} must be text or a list of text`);
}


/** Python's fnmatch on POSIX: `*`, `?`, `[seq]`, `[!seq]`; case-sensitive; the whole text. */
export function globMatches(glob: string, text: string): boolean {
	let pattern = '';
	for (let index = 0; index < glob.length; index++) {
		const character = glob[index]!;
		if (character === '*') {
			pattern += '.*';
		} else if (character === '?') {
			pattern += '.';
		} else if (character === '[') {
			const end = glob.indexOf(']', index + 2);
			if (end === -1) {
				pattern += '\\[';
				continue;
			}

			let inside = glob.slice(index + 1, end);
			const negate = inside.startsWith('!');
			if (negate) {
				inside = inside.slice(1);
			}

			pattern += `[${negate ? '^' : ''}${inside.replaceAll('\\', '\\\\').replaceAll(']', '\\]')}]`;
			index = end;
		} else {
			pattern += character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
		}
	}

	return new RegExp(`^${pattern}$`, 's').test(text);
}
