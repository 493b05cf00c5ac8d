// The team stores a user has registered: the `stores:` block of settings.yaml beside the personal store.
//   stores:
//     lab:
//       path: "/project/lab/secrets"
//       group: "lab"
// Read and written line by line (no YAML library on the read path of `get`); other lines are kept.
import fs from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {checkTrusted} from '../util/file-trust.js';
import {writePrivateFile} from '../util/private-file.js';
import {makeFolders} from '../util/make-folders.js';

export const SETTINGS_FILE_NAME = 'settings.yaml';

export type TeamEntry = {name: string; path: string; group: string};

/**
 * Team stores given by the environment (a JSON array of {name, path, group}), ahead of settings.yaml:
 * a Slurm job script pins the ones its secrets name, by absolute path, as it pins SECRETS_TUI_HOME.
 */
export const TEAM_STORES_VARIABLE = 'SECRETS_TUI_TEAM_STORES';

function fromEnvironment(env: NodeJS.ProcessEnv): TeamEntry[] {
	const text = env[TEAM_STORES_VARIABLE];
	if (text === undefined || text === '') {
		return [];
	}

	let entries: unknown;
	try {
		entries = JSON.parse(text);
	} catch {
		entries = undefined;
	}

	const valid = Array.isArray(entries) && entries.every((entry) => entry && typeof entry === 'object' && ['name', 'path', 'group'].every((key) => typeof (entry as Record<string, unknown>)[key] === 'string'));
	if (!valid) {
		throw new UserError(`${TEAM_STORES_VARIABLE} is not a JSON array of {name, path, group}; unset it to use the team stores of settings.yaml.`);
	}

	return (entries as TeamEntry[]).map(({name, path, group}) => ({name, path, group}));
}

export function settingsFile(personalDir: string): string {
	return path.join(personalDir, SETTINGS_FILE_NAME);
}

function readText(file: string): string {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return '';
		}

		throw new UserError(`Cannot read ${file}: ${(error as Error).message}.`);
	}
}

/** The registered team stores, in the order they were added (and those SECRETS_TUI_TEAM_STORES gives, first). */
export function readRegistry(personalDir: string, env: NodeJS.ProcessEnv = process.env): TeamEntry[] {
	const pinned = fromEnvironment(env);
	return [...pinned, ...readSettings(personalDir).filter((entry) => !pinned.some((pin) => pin.name === entry.name))];
}

/** The `stores:` block of settings.yaml alone (what store add and store remove change). */
export function readSettings(personalDir: string): TeamEntry[] {
	const file = settingsFile(personalDir);
	if (fs.existsSync(file)) {
		// It says where your team secrets are read from and written to: nobody else may change it.
		checkTrusted(file, 'settings.yaml beside the store', 'private');
	}

	const lines = readText(file).split('\n');
	const start = lines.findIndex((line) => /^stores\s*:\s*(#.*)?$/.test(line));
	if (start === -1) {
		return [];
	}

	const entries: TeamEntry[] = [];
	let current: Partial<TeamEntry> | undefined;
	for (const line of lines.slice(start + 1)) {
		if (/^\S/.test(line)) {
			break;
		}

		const entry = /^ {2}([^\s:#]+)\s*:\s*$/.exec(line);
		if (entry) {
			current = {name: entry[1]!};
			entries.push(current as TeamEntry);
			continue;
		}

		const field = /^ {4}(path|group)\s*:\s*(.*)$/.exec(line);
		if (field && current) {
			current[field[1] as 'path' | 'group'] = readScalar(field[2]!);
		}
	}

	return entries.filter((entry) => typeof entry.path === 'string' && typeof entry.group === 'string');
}

export function findTeam(personalDir: string, name: string): TeamEntry | undefined {
	return readRegistry(personalDir).find((entry) => entry.name === name);
}

/** Writes the `stores:` block (replacing the old one), creating settings.yaml 0600 when missing. */
export function writeRegistry(personalDir: string, entries: TeamEntry[]): void {
	const file = settingsFile(personalDir);
	const lines = readText(file).split('\n');
	const start = lines.findIndex((line) => /^stores\s*:\s*(#.*)?$/.test(line));
	let kept = lines;
	if (start !== -1) {
		let end = start + 1;
		while (end < lines.length && !/^\S/.test(lines[end]!)) {
			end++;
		}

		kept = [...lines.slice(0, start), ...lines.slice(end)];
	}

	while (kept.length > 0 && kept.at(-1) === '') {
		kept.pop();
	}

	const block =
		entries.length === 0
			? []
			: ['stores:', ...entries.flatMap((entry) => [`  ${entry.name}:`, `    path: ${JSON.stringify(entry.path)}`, `    group: ${JSON.stringify(entry.group)}`])];
	const text = [...kept, ...block].join('\n') + '\n';
	makeFolders(personalDir, 0o700);
	writePrivateFile(file, text, 'the settings file');
}

/** A YAML scalar as this file writes it (a JSON string), or a plain word a person typed. */
function readScalar(text: string): string {
	const value = text.replace(/\s+#.*$/, '').trim();
	if (value.startsWith('"')) {
		try {
			return JSON.parse(value) as string;
		} catch {
			return value;
		}
	}

	return value.replace(/^'(.*)'$/, '$1');
}
