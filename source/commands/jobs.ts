import {relativeTime} from '../util/time.js';
import {SecretStore} from '../store/store.js';
import {jobRows, type JobRow} from '../submit/job-list.js';
import {describeJobState} from '../submit/job-state.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printable, printableJson} from '../util/printable.js';
import {widest} from '../util/widest.js';

export const spec: CommandSpec = {
	name: 'jobs',
	usage: '[--all] [--json]',
	flags: {
		all: {type: 'boolean', shortFlag: 'a', description: 'every job recorded (default: the last 20)'},
		json: {type: 'boolean', description: 'one JSON array, with the state and exit code of each'},
	},
	help: `
The batch jobs you submitted with \`secrets-tui submit\` (or the run panel), newest last: id, state,
environment and executable, when, and the output file. The state comes from the cluster (scontrol, or
sacct where the cluster keeps accounting) while it still knows the job; "unknown" after that.
The list is kept in jobs.jsonl beside the store: ids, names and paths, never a value.

Examples
  $ secrets-tui jobs
  $ secrets-tui jobs --json | jq -r '.[] | select(.state == "RUNNING") | .id'
`,
};

const RECENT = 20;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const store = new SecretStore();
	const rows = await jobRows(store.home, parsed.flags.all === true ? undefined : RECENT);
	if (parsed.flags.json === true) {
		process.stdout.write(printableJson(JSON.stringify(rows, null, 2)) + '\n');
		return 0;
	}

	if (rows.length === 0) {
		process.stderr.write('No jobs yet: `secrets-tui submit ENV` submits one.\n');
		return 0;
	}

	const table = [
		['ID', 'STATE', 'ENVIRONMENT', 'SUBMITTED', 'OUTPUT'],
		// Ids and states come from the scheduler, names and paths from the jobs file: each shown printable.
		...rows.map((row) => [row.id, stateText(row), `${row.environment}/${row.executable}`, relativeTime(row.submitted), row.output].map((cell) => printable(cell))),
	];
	const widths = table[0]!.map((_cell, column) => widest(table.map((line) => line[column]!)));
	for (const line of table) {
		process.stdout.write(line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ') + '\n');
	}

	return 0;
}

/** An ended job's exit code in the words of `submit --wait` and the job pane (`FAILED (exit 3)`); a clean end is its state alone. */
function stateText(row: JobRow): string {
	return row.exitCode === 0 ? row.state : describeJobState(row);
}
