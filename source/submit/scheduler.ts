// A batch scheduler, behind one small interface: secrets-tui submits a job script that holds names only,
// asks for the job's state, and says how to cancel it. Slurm is slurm.ts; PBS/Torque or SGE (qsub, qstat,
// qdel) would be one more file of the same shape, added to SCHEDULERS (schedulers.ts). Types only here.

/** What the job asks for: N cores as N tasks (MPI) or as N CPUs for one task. */
export type Resources = {cores?: number; mpi: boolean};

export type JobStatus = {
	/** The scheduler's word for it, upper-case: PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, ... */
	state: string;
	/** True once the job has ended (whatever the reason). */
	done: boolean;
	/** The exit code as a shell gives it: the job's own, or 128 + N when signal N ended it. */
	exitCode?: number;
	/** Where the job's output goes, when the scheduler says. */
	output?: string;
};

export type Scheduler = {
	/** For people: "Slurm". */
	name: string;
	/** For job records: "slurm". */
	id: string;
	/** The program that submits; the scheduler counts as present when it is on the PATH. */
	submitProgram: string;
	/** The submit command line for a job script given on stdin: program, options, then the user's `extra`. */
	submitCommand(options: {jobName: string; resources: Resources; extra: readonly string[]}): string[];
	/** Submits; resolves to the job's id, or rejects with a sentence saying why the scheduler refused. */
	submit(command: readonly string[], script: string, cwd: string): Promise<string>;
	/** The state of each job the scheduler still knows (the others are left out). */
	status(ids: readonly string[]): Promise<Map<string, JobStatus>>;
	/** The command that cancels a job (what to tell a person, and what `cancel` runs). */
	cancelCommand(id: string): string[];
	cancel(id: string): Promise<void>;
	/** Where the output goes by default, when the scheduler cannot say: e.g. `slurm-ID.out` in `cwd`. */
	defaultOutput(id: string, cwd: string, extra: readonly string[]): string;
};
