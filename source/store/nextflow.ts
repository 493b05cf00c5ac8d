// Nextflow's own secrets store (nextflow-io/nextflow LocalSecretsProvider.groovy): $NXF_SECRETS_FILE
// (a relative one is taken from Nextflow's home), else $NXF_HOME/secrets/store.json, NXF_HOME defaulting to
// ~/.nextflow. A pretty-printed JSON array of {"name", "value"}, sorted by name. Nextflow refuses the file
// unless it is rw------- (0600); so does secrets-tui, and also unless it is yours. Written here 0600 from
// its first byte, through a temp file renamed over it (atomic), its folder created 0700.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {UserError} from '../util/errors.js';
import {writePrivateFile} from '../util/private-file.js';
import {currentUid} from '../util/current-user.js';
import {makeFolders} from '../util/make-folders.js';

export type NextflowSecret = {name: string; value: string};

/** Nextflow's rule for a secret's name (`secrets.NAME` in a pipeline). */
const NEXTFLOW_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function nextflowNameProblem(name: string): string | undefined {
	return NEXTFLOW_NAME.test(name) ? undefined : `${name} cannot be a Nextflow secret's name (letters, digits and _, not starting with a digit), so \`secrets.${name}\` would not work in a pipeline`;
}

export function nextflowStoreFile(env: NodeJS.ProcessEnv = process.env): string {
	const home = env.NXF_HOME ? path.resolve(env.NXF_HOME) : path.join(env.HOME || os.homedir(), '.nextflow');
	const name = env.NXF_SECRETS_FILE || path.join('secrets', 'store.json');
	return path.isAbsolute(name) ? name : path.join(home, name);
}

/** The entries of Nextflow's store; a missing file is none. Refused unless 0600 and yours, or not its format. */
export function readNextflowStore(file: string, options: {mustExist?: boolean} = {}): NextflowSecret[] {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.mustExist) {
			return [];
		}

		const code = (error as NodeJS.ErrnoException).code;
		throw new UserError(`Cannot read Nextflow's secrets store ${file}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
	}

	if (!stat.isFile()) {
		throw new UserError(`Nextflow's secrets store ${file} is not a file.`);
	}

	const uid = currentUid() ?? stat.uid;
	if (stat.uid !== uid) {
		throw new UserError(`Nextflow's secrets store ${file} belongs to another user (uid ${stat.uid}); only your own store is read or written.`);
	}

	if ((stat.mode & 0o777) !== 0o600) {
		throw new UserError(
			`Nextflow's secrets store ${file} has mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}; Nextflow and secrets-tui require 0600 (rw-------): run \`chmod 600 ${file}\` if nobody else could have changed it.`,
		);
	}

	let data: unknown;
	try {
		data = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new UserError(`Nextflow's secrets store ${file} is not valid JSON: ${(error as Error).message}.`);
	}

	if (!Array.isArray(data)) {
		throw new UserError(`Nextflow's secrets store ${file} is not a JSON array of {"name": …, "value": …}.`);
	}

	return data.map((entry: unknown, index) => {
		const record = entry as Record<string, unknown> | null;
		if (!record || typeof record !== 'object' || typeof record.name !== 'string' || typeof record.value !== 'string') {
			throw new UserError(`Nextflow's secrets store ${file}: entry ${index + 1} is not {"name": text, "value": text}.`);
		}

		return {name: record.name, value: record.value};
	});
}

/** Nextflow's layout: a JSON array sorted by name, two-space indentation (as Gson's pretty printing). */
export function serializeNextflowStore(entries: readonly NextflowSecret[]): string {
	const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return JSON.stringify(
		sorted.map(({name, value}) => ({name, value})),
		null,
		2,
	);
}

/** Writes the store: folder 0700 when created, the file 0600 from its first byte, atomically. */
export function writeNextflowStore(file: string, entries: readonly NextflowSecret[]): void {
	makeFolders(path.dirname(file), 0o700);
	writePrivateFile(file, serializeNextflowStore(entries), "Nextflow's secrets store");
}
