// Reads an hpcflow/matflow-style environments file. Real hpcflow and matflow files load as they are:
// keys we do not use are kept in `extra`. A broken file is a UserError naming the file, the line and
// the problem.
import fs from 'node:fs';
import path from 'node:path';
import {expandHome} from '../util/stdin.js';
import {readTemplate} from './template.js';
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml';
import {isUserError, UserError} from '../util/errors.js';
import type {Environment, EnvironmentsFile, Executable, Instance, SecretMapping} from './definition.js';
import {aliasBombInText, AliasProblem, resolveAliases} from './aliases.js';
import {isNull, Problem, readCores, readSetup, readSpecifiers} from './read-values.js';
import {parseMappingEntry} from './mapping.js';

export function loadEnvironments(file: string): EnvironmentsFile {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
		throw new UserError(`Cannot read the environment definitions ${file}: ${why}.`);
	}

	return parseEnvironments(text, file);
}

/** Parses the text of an environments file; `file` names it in errors. */
export function parseEnvironments(text: string, file: string): EnvironmentsFile {
	const bomb = aliasBombInText(text);
	if (bomb) {
		throw new UserError(`${file}: ${bomb}.`);
	}

	const lineCounter = new LineCounter();
	const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
	const [first] = document.errors;
	if (first) {
		// A tab in a line's indentation is the usual cause, whatever the parser makes of it.
		const tabbed = text.split(/\r?\n/).findIndex((row) => /^[ ]*\t/.test(row) && row.trim() !== '');
		if (tabbed !== -1) {
			throw new UserError(`${file}: tabs cannot indent YAML; use spaces (line ${tabbed + 1}).`);
		}

		const line = lineOf(first.pos[0]);
		const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		throw new UserError(`${file}${line ? `, line ${line}` : ''}: the YAML is broken: ${message}.`);
	}

	try {
		const root = resolveAliases(document, document.contents);
		return {file, files: [file], environments: readEnvironments(root, {file, lineOf})};
	} catch (error) {
		if (error instanceof Problem || error instanceof AliasProblem) {
			const line = lineOf(error.node?.range?.[0]);
			throw new UserError(`${file}${line ? `, line ${line}` : ''}: ${error.message}.`);
		}

		throw error;
	}
}

type LineOf = (offset: number | undefined) => number | undefined;
type Where = {file: string; lineOf: LineOf};

/** Keys that look like a mistyped key secrets-tui reads, at any level it reads (hpcflow's other keys pass). */
const MISTYPED: Record<string, string> = {secret: 'secrets', executable: 'executables', instance: 'instances', setups: 'setup'};

/** One sentence per mistyped-looking key of `map`: file, line, and the key meant. */
function mistypedKeys(map: ReturnType<typeof asMap>, what: string, where: Where): string[] {
	const warnings: string[] = [];
	for (const pair of map.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
		if (key !== undefined && Object.hasOwn(MISTYPED, key) && !map.has(MISTYPED[key])) {
			const line = where.lineOf((pair.key as YamlNode).range?.[0]);
			// The question first: the panel shows a warning on one row, cut at its width.
			warnings.push(`${what} has \`${key}:\`; did you mean \`${MISTYPED[key]}:\`? (${where.file}${line ? `, line ${line}` : ''}: secrets-tui does not read \`${key}:\`)`);
		}
	}

	return warnings;
}

function readEnvironments(root: YamlNode | null, where: Where): Environment[] {
	if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
		return [];
	}

	let list: YamlNode | null = root;
	if (isMap(root)) {
		// Also accepted: a mapping with an `environments:` list.
		const inner = root.get('environments', true) as YamlNode | undefined;
		if (!inner) {
			throw new Problem(root, 'expected a list of environments (each `- name: ...`)');
		}

		list = inner;
	}

	if (!isSeq(list)) {
		throw new Problem(list, 'expected a list of environments (each `- name: ...`)');
	}

	return list.items.map((item) => readEnvironment(item as YamlNode, where));
}

function readEnvironment(node: YamlNode, where: Where): Environment {
	const {file, lineOf} = where;
	const map = asMap(node, 'an environment must be a mapping with `name`, `setup`, `secrets` and `executables`');
	const name = requiredString(map, 'name', 'an environment has no `name`');
	const setup = readSetup(map.get('setup', true) as YamlNode | undefined, name);
	const specifiers = readSpecifiers(map.get('specifiers', true) as YamlNode | undefined, name);
	const problems: string[] = [];
	const secrets = readSecrets(map.get('secrets', true) as YamlNode | undefined, name, file, (item, message) => {
		const line = lineOf(item.range?.[0]);
		problems.push(`The environment ${name} cannot run: ${file}${line ? `, line ${line}` : ''}: ${message}.`);
	});
	const executablesNode = map.get('executables', true) as YamlNode | undefined;
	let executables: Executable[] = [];
	const warnings = mistypedKeys(map, `the environment ${name}`, where);
	if (executablesNode && !isNull(executablesNode)) {
		if (!isSeq(executablesNode)) {
			throw new Problem(executablesNode, `the executables of ${name} must be a list (each \`- label: ...\`)`);
		}

		executables = executablesNode.items.map((item) => readExecutable(item as YamlNode, name, where, warnings));
	}

	return {
		name,
		file,
		...(setup === undefined ? {} : {setup}),
		specifiers,
		secrets,
		problems,
		executables,
		extra: extraOf(map, ['name', 'setup', 'specifiers', 'secrets', 'executables']),
		warnings,
	};
}

/** The usable entries of `secrets:`; each unusable one is reported to `problem` (it fails this environment only). */
function readSecrets(node: YamlNode | undefined, environment: string, file: string, problem: (item: YamlNode, message: string) => void): SecretMapping[] {
	if (!node || isNull(node)) {
		return [];
	}

	if (!isSeq(node)) {
		throw new Problem(node, `the secrets of ${environment} must be a list: NAME, VAR=NAME, {secret: NAME, env: VAR} or {secret: NAME, file: VAR}`);
	}

	const mappings: SecretMapping[] = [];
	for (const item of node.items) {
		const entry = (item as YamlNode).toJSON();
		const parsed = parseMappingEntry(typeof entry === 'number' ? String(entry) : entry);
		if (typeof parsed === 'string') {
			problem(item as YamlNode, `in its secrets: ${parsed}`);
			continue;
		}

		const clash = mappings.find((mapping) => mapping.variable === parsed.variable);
		if (clash) {
			problem(item as YamlNode, `in its secrets: the variable ${parsed.variable} is given twice`);
			continue;
		}

		if (parsed.kind === 'template') {
			// Relative to the definitions file's folder; read now, so its names show and a missing one is said before a run.
			const templateFile = path.resolve(path.dirname(file), expandHome(parsed.secret));
			try {
				parsed.template = {file: templateFile, names: readTemplate(templateFile).names};
				parsed.secret = templateFile;
			} catch (error) {
				problem(item as YamlNode, `in its secrets: ${isUserError(error) ? error.message.replace(/\.$/, '') : String(error)}`);
				continue;
			}
		}

		mappings.push(parsed);
	}

	return mappings;
}

function readExecutable(node: YamlNode, environment: string, where: Where, warnings: string[]): Executable {
	const map = asMap(node, `an executable of ${environment} must be a mapping with \`label\` and \`instances\``);
	const label = requiredString(map, 'label', `an executable of ${environment} has no \`label\``);
	warnings.push(...mistypedKeys(map, `the executable ${label} of ${environment}`, where));
	const instancesNode = map.get('instances', true) as YamlNode | undefined;
	if (!instancesNode || !isSeq(instancesNode) || instancesNode.items.length === 0) {
		const typo = !instancesNode && map.has('instance') ? ' (it has `instance:`; did you mean `instances:`?)' : '';
		throw new Problem(instancesNode ?? node, `the executable ${label} of ${environment} needs \`instances\`: a list, each with a \`command\`${typo}`);
	}

	const instances = instancesNode.items.map((item) => {
		if (isMap(item)) {
			warnings.push(...mistypedKeys(item, `an instance of ${label} of ${environment}`, where));
		}

		return readInstance(item as YamlNode, environment, label);
	});
	return {label, instances, extra: extraOf(map, ['label', 'instances'])};
}

function readInstance(node: YamlNode, environment: string, label: string): Instance {
	const where = `the executable ${label} of ${environment}`;
	const map = asMap(node, `each instance of ${where} must be a mapping with a \`command\``);
	const command = requiredString(map, 'command', `an instance of ${where} has no \`command\``);
	const instance: Instance = {command, extra: extraOf(map, ['command', 'num_cores', 'parallel_mode'])};
	const cores = map.get('num_cores', true) as YamlNode | undefined;
	if (cores !== undefined) {
		instance.num_cores = readCores(cores, where);
	}

	const parallel = map.get('parallel_mode', true) as YamlNode | undefined;
	if (parallel !== undefined) {
		const value = parallel.toJSON() as unknown;
		if (value !== null && typeof value !== 'string') {
			throw new Problem(parallel, `the parallel_mode of ${where} must be text or null`);
		}

		instance.parallel_mode = value;
	}

	return instance;
}

function asMap(node: YamlNode, message: string) {
	if (!isMap(node)) {
		throw new Problem(node, message);
	}

	return node;
}

function requiredString(map: ReturnType<typeof asMap>, key: string, message: string): string {
	const node = map.get(key, true) as YamlNode | undefined;
	if (!node) {
		throw new Problem(map, message);
	}

	if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number') || String(node.value).trim() === '') {
		throw new Problem(node, `\`${key}\` must be text`);
	}

	return String(node.value);
}

function extraOf(map: ReturnType<typeof asMap>, known: string[]): Record<string, unknown> {
	const extra = Object.create(null) as Record<string, unknown>;
	for (const pair of map.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		if (!known.includes(key)) {
			extra[key] = (pair.value as YamlNode | null)?.toJSON() ?? null;
		}
	}

	return extra;
}

