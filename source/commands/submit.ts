import path from 'node:path';
import {UserError} from '../util/errors.js';
import {loadDefinitions} from '../environments/definitions-file.js';
import {redactText} from '../launch/redact.js';
import {shellJoin} from '../launch/quote.js';
import {SecretStore} from '../store/store.js';
import {prepareJob} from '../submit/prepare.js';
import {findScheduler, SCHEDULERS} from '../submit/schedulers.js';
import {slurm} from '../submit/slurm.js';
import {submitJob, waitForJob} from '../submit/submit.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printWarnings} from '../cli/launching.js';
import {RUN_CHOICE_FLAGS, runChoicesFrom} from '../cli/run-options.js';
import {printable, printableLines} from '../util/printable.js';
import {stateChangeLine} from '../submit/job-state.js';
import type {JobStatus} from '../submit/scheduler.js';

export const spec: CommandSpec = {
	name: 'submit',
	usage: 'ENV [EXECUTABLE] [--envs FILE]... [--param K=V]... [--cores N] [--spec K=V]... [--script PATH] [--shell CMD] [--sbatch ARG]... [--wait] [--dry-run] [-- ARGS...]',
	minArgs: 1,
	maxArgs: 2,
	takesRest: true,
	complete: {args: ['env', 'executable'], rest: 'file'},
	flags: {
		...RUN_CHOICE_FLAGS,
		cores: {
			...RUN_CHOICE_FLAGS.cores!,
			description: `${RUN_CHOICE_FLAGS.cores!.description}; Slurm is asked for N cores (N tasks for an instance with parallel_mode: MPI, else N CPUs for one task)`,
		},
		sbatch: {
			type: 'string',
			isMultiple: true,
			value: 'ARG',
			description: 'pass ARG to sbatch as it is (repeat for each: --sbatch --partition=debug --sbatch --time=1:00:00)',
		},
		wait: {type: 'boolean', description: 'wait for the job to end and exit with its exit code; when stderr is a terminal, each change of state is printed there (job 42: PENDING → RUNNING). Ctrl+C stops waiting, not the job'},
		dryRun: {type: 'boolean', description: 'print the job script and the sbatch command line, and submit nothing'},
	},
	help: `
Submit a batch job to Slurm that runs an executable of an environment definition with its secrets,
as \`secrets-tui run\` does, but on a compute node. The job script holds names only: secrets-tui,
started inside the job, reads the values from the store (home folders are shared with the compute
nodes), injects them and redacts them from the job's output file. Everything \`run\` checks is checked
before submitting: when anything is missing, nothing reaches the queue.

Prints the job id alone on stdout. The output goes where sbatch puts it (slurm-ID.out in the working
directory) unless --sbatch --output=FILE says otherwise. \`secrets-tui jobs\` lists the jobs submitted.

Extra arguments
  -- ARGS...   extra arguments for the executable, as with run

Examples
  $ secrets-tui submit github -- https://api.github.com/user
  $ secrets-tui submit python_env mpi_solver --cores 16 --sbatch --time=02:00:00 -- input.dat
  $ secrets-tui submit python_env python_script --param script_name=fit.py --wait
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const {flags} = parsed;
	const {envs, ...choices} = runChoicesFrom(parsed);
	const {defs, warnings} = loadDefinitions(envs);
	printWarnings(warnings);

	const dryRun = flags.dryRun === true;
	const found = findScheduler();
	// A dry run shows what would be submitted even where Slurm is not installed.
	const scheduler = found ?? slurm;
	const extra = (flags.sbatch as string[] | undefined) ?? [];
	const store = new SecretStore();
	const cwd = process.cwd();
	const prepared = prepareJob({
		defs,
		// The job may start elsewhere: the definitions and the script by absolute path.
		choices: {...choices, ...(choices.script === undefined ? {} : {script: path.resolve(cwd, choices.script)}), envsFiles: defs.files},
		extra,
		store,
		cwd,
		scheduler,
	});
	printWarnings(prepared.warnings);

	if (dryRun) {
		// Names only; redacted all the same, to be sure.
		const storeValues = store.values();
		const text = `Job script:\n${prepared.script}\nWould submit: ${shellJoin(prepared.command)} < (the job script above)\n`;
		process.stdout.write(printableLines(redactText(text, storeValues)));
		return 0;
	}

	if (!found) {
		throw new UserError(`Slurm was not found: there is no ${SCHEDULERS.map((candidate) => candidate.submitProgram).join(' or ')} on the PATH, so nothing was submitted (on a cluster, run this on a login node, or load its module first).`);
	}

	const record = await submitJob(prepared, {scheduler, cwd, extra, storeDir: store.home});
	process.stdout.write(`${printableLines(record.id)}\n`);
	if (process.stderr.isTTY) {
		process.stderr.write(printableLines(`Submitted job ${record.id} to ${scheduler.name}; its output goes to ${record.output}. \`secrets-tui jobs\` shows its state.`) + '\n');
	}

	if (flags.wait !== true) {
		return 0;
	}

	const stop = new AbortController();
	const interrupted = () => stop.abort();
	process.on('SIGINT', interrupted);
	try {
		// On a terminal, each change of state as it happens; to a file or pipe, nothing (the exit code tells
		// the end, and a log does not fill with lines a script would have to skip).
		let last: JobStatus | undefined;
		const onStatus = (next: JobStatus) => {
			process.stderr.write(printable(stateChangeLine(record.id, last, next)) + '\n');
			last = next;
		};
		const status = await waitForJob(scheduler, record.id, {signal: stop.signal, ...(process.stderr.isTTY ? {onStatus} : {})});
		if (!status) {
			process.stderr.write(printableLines(`Stopped waiting; job ${record.id} is still in the queue. \`${shellJoin(scheduler.cancelCommand(record.id))}\` cancels it.`) + '\n');
			return 130;
		}

		if (status.exitCode === undefined) {
			process.stderr.write(printableLines(`secrets-tui: Job ${record.id} ended (${status.state}) without an exit code; see ${record.output}.`) + '\n');
			return 1;
		}

		if (status.state !== 'COMPLETED' && status.exitCode === 0) {
			process.stderr.write(printableLines(`secrets-tui: Job ${record.id} ended ${status.state}; see ${record.output}.`) + '\n');
			return 1;
		}

		return status.exitCode;
	} finally {
		process.off('SIGINT', interrupted);
	}
}
