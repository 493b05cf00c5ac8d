// The jobs submitted through secrets-tui, one JSON line each in jobs.jsonl beside the store (0600):
// ids, names and paths, never a value. Appending one short line is atomic, so no lock is needed.
import fs from 'node:fs';
import path from 'node:path';
import {checkTrusted} from '../util/file-trust.js';
import {makeFolders} from '../util/make-folders.js';

const JOBS_FILE_NAME = 'jobs.jsonl';

export type JobRecord = {
	id: string;
	/** Which scheduler: "slurm". */
	scheduler: string;
	environment: string;
	executable: string;
	/** ISO time of submission. */
	submitted: string;
	/** The job's output file. */
	output: string;
	cwd: string;
};

function jobsFile(storeDir: string): string {
	return path.join(storeDir, JOBS_FILE_NAME);
}

export function recordJob(storeDir: string, record: JobRecord): void {
	makeFolders(storeDir, 0o700);
	checkTrusted(jobsFile(storeDir), 'the jobs file beside the store', 'private');
	const fd = fs.openSync(jobsFile(storeDir), 'a', 0o600);
	try {
		fs.writeSync(fd, JSON.stringify(record) + '\n');
	} finally {
		fs.closeSync(fd);
	}
}

/** Every record, oldest first; a damaged line (a write cut short) is skipped. */
export function readJobs(storeDir: string): JobRecord[] {
	let text: string;
	try {
		checkTrusted(jobsFile(storeDir), 'the jobs file beside the store', 'private');
		text = fs.readFileSync(jobsFile(storeDir), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return [];
		}

		throw error;
	}

	const records: JobRecord[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim()) {
			continue;
		}

		try {
			const record = JSON.parse(line) as Partial<JobRecord>;
			if (typeof record.id === 'string' && typeof record.environment === 'string') {
				records.push(record as JobRecord);
			}
		} catch {
			// Skipped.
		}
	}

	return records;
}
