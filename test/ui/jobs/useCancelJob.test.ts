// The one cancel flow's request to the scheduler, for the job pane and the jobs list alike: a real
// program named scancel on PATH, recording what it was asked.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cancelJob} from '../../../source/ui/jobs/useCancelJob.js';
import {tempDir} from '../../helpers/temp.js';

const savedPath = process.env.PATH;
afterEach(() => {
	process.env.PATH = savedPath;
});

describe('cancelJob', () => {
	it('asks the job’s scheduler and says what it ran', async () => {
		const bin = tempDir();
		const asked = path.join(bin, 'asked');
		fs.writeFileSync(path.join(bin, 'scancel'), `#!/bin/sh\necho "$@" > '${asked}'\n`, {mode: 0o755});
		process.env.PATH = `${bin}:${savedPath}`;
		await expect(cancelJob({id: '42', scheduler: 'slurm'})).resolves.toBe('Asked Slurm to cancel job 42 (scancel 42).');
		expect(fs.readFileSync(asked, 'utf8')).toBe('42\n');
	});

	it('says why when the scheduler refuses, and when the job’s scheduler is unknown here', async () => {
		const bin = tempDir();
		fs.writeFileSync(path.join(bin, 'scancel'), '#!/bin/sh\necho "scancel: error: Invalid job id specified" >&2\nexit 1\n', {mode: 0o755});
		process.env.PATH = `${bin}:${savedPath}`;
		await expect(cancelJob({id: '42', scheduler: 'slurm'})).rejects.toThrow(/Invalid job id/);
		await expect(cancelJob({id: '7', scheduler: 'pbs'})).rejects.toThrow('This job was submitted to pbs, which secrets-tui cannot reach here.');
	});
});
