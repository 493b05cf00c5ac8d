// Keys of the Slurm screens, as data: the submit screen of the run panel, a job's view, the jobs list.
import {char, ctrl, either, special, type KeyTable} from './binding.js';
import {OUTPUT_SCROLL_KEYS} from './scrollKeys.js';

export type JobAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'submit' | 'open' | 'cancel' | 'back' | 'wrap' | 'quit';

export const SUBMIT_KEYS: KeyTable<JobAction> = {
	title: 'Run panel: submit to Slurm (Ctrl+S on the arguments step)',
	bindings: [
		{keys: 'Enter', label: 'submit', description: 'Submit the job with these sbatch options.', action: 'submit', footer: true, match: special('return')},
		{keys: 'Esc', label: 'back', description: 'Back to the arguments (nothing is submitted).', action: 'back', footer: true, match: special('escape')},
	],
};

export const JOB_KEYS: KeyTable<JobAction> = {
	title: 'A Slurm job',
	bindings: [
		...OUTPUT_SCROLL_KEYS,
		{keys: 'x', label: 'cancel job', description: 'Cancel the job with scancel (asks first); offered while the job has not ended.', action: 'cancel', footer: true, needs: 'liveJob', match: char('x')},
		{keys: 'Esc', label: 'back', description: 'Back; the job goes on (the jobs list, J on the secret list, shows it).', action: 'back', footer: true, match: special('escape')},
	],
};

export const JOBS_KEYS: KeyTable<JobAction> = {
	title: 'Slurm jobs',
	bindings: [
		{keys: '↑/k', label: 'up', description: 'Move up.', action: 'up', match: either(special('upArrow'), char('k'))},
		{keys: '↓/j', label: 'down', description: 'Move down.', action: 'down', match: either(special('downArrow'), char('j'))},
		{keys: 'Home/g', label: 'first', description: 'Jump to the first job.', action: 'first', match: either(special('home'), char('g'))},
		{keys: 'End/G', label: 'last', description: 'Jump to the last job.', action: 'last', match: either(special('end'), char('G'))},
		{keys: 'Enter/o', label: 'output', description: 'Show the job: its state and the tail of its output file, live.', action: 'open', footer: true, match: either(special('return'), char('o'))},
		{keys: 'x', label: 'cancel job', description: 'Cancel the selected job with scancel (asks first); offered while it has not ended.', action: 'cancel', footer: true, needs: 'liveJob', match: char('x')},
		{keys: 'Esc', label: 'close', description: 'Back to the secret list.', action: 'back', footer: true, match: special('escape')},
		{keys: 'q/Ctrl+C', label: 'quit', description: 'Quit.', action: 'quit', match: either(char('q'), ctrl('c'))},
	],
};
