// "Copy to store…" (C) as pure steps: which team store, then y/N (a name that exists there asks before
// it is replaced), then the write's outcome. Each step gives the status line's sentence and the next
// question; the hook (useCopyToStore.ts) reads and writes the stores.
import type {SecretEntry} from '../../store/store.js';
import type {Status} from '../shared/StatusLine.js';

export type CopyQuestion =
	| {step: 'pick'; entry: SecretEntry; targets: readonly string[]}
	| {step: 'confirm'; entry: SecretEntry; target: string; exists: boolean};

/** What the next key does: ask (again), or stop; `write` when the answer was yes. */
export type CopyStep = {question?: CopyQuestion; status: Status; write?: {entry: SecretEntry; target: string; overwrite: boolean}};

export const NO_TEAM_STORE = 'There is no team store to copy to; `secrets-tui store add NAME PATH` registers one (docs/TEAMS.md).';
export const NOT_PERSONAL = 'C copies a secret of your personal store to a team store: S switches back to your personal store.';

const nothing: CopyStep = {status: {text: 'Copied nothing', tone: 'info'}};

/** C on the list: the selected secret `entry` of the store shown (`fromTeam`: a team store's name). */
export function askCopy(entry: SecretEntry, fromTeam: string | undefined, targets: readonly string[]): CopyStep {
	if (fromTeam !== undefined) {
		return {status: {text: NOT_PERSONAL, tone: 'error'}};
	}

	if (targets.length === 0) {
		return {status: {text: NO_TEAM_STORE, tone: 'error'}};
	}

	// Nine stores fit the digits; more are listed only on the command line.
	const choices = targets.slice(0, 9).map((name, index) => `${index + 1} ${name}`);
	return {question: {step: 'pick', entry, targets: targets.slice(0, 9)}, status: {text: `Copy ${entry.name} to which store? ${choices.join('  ')}`, tone: 'question'}};
}

/** The store a key picks on the first question, or undefined: any key but a listed digit copies nothing. */
export function pickedStore(question: CopyQuestion, picked: boolean, input: string): string | undefined {
	return question.step === 'pick' && picked ? question.targets[Number(input) - 1] : undefined;
}

/** The second question, once the store is picked and whether the name exists there is known. */
export function confirmCopy(entry: SecretEntry, target: string, exists: boolean): CopyStep {
	// Short, so the question is whole at 40 columns for short names.
	const text = exists ? `${target}/${entry.name} exists; replace it? (y/N)` : `Copy ${entry.name} to ${target}/${entry.name}? (y/N)`;
	return {question: {step: 'confirm', entry, target, exists}, status: {text, tone: 'question'}};
}

/** The answer to the first question: a picked store leads to the second (`exists` reads it); else nothing. */
export function answerPick(question: CopyQuestion, target: string | undefined, exists: (target: string) => boolean): CopyStep {
	return target === undefined || question.step !== 'pick' ? nothing : confirmCopy(question.entry, target, exists(target));
}

/** The answer to `… ? (y/N)`: only yes writes (replacing only when the question said so). */
export function answerConfirm(question: CopyQuestion, yes: boolean): CopyStep {
	if (question.step !== 'confirm' || !yes) {
		return question.step === 'confirm' && question.exists ? {status: {text: `Copied nothing; ${question.target}/${question.entry.name} is unchanged`, tone: 'info'}} : nothing;
	}

	const {entry, target, exists} = question;
	return {status: {text: `Copying ${entry.name} to ${target}/${entry.name}…`, tone: 'progress'}, write: {entry, target, overwrite: exists}};
}

/** The status once the write is done. */
export function copiedStatus({entry, target, overwrite}: NonNullable<CopyStep['write']>): Status {
	const extras = [entry.note === undefined ? undefined : 'note', entry.expires === undefined ? undefined : 'expiry'].filter(Boolean);
	const kept = extras.length > 0 ? `, with its ${extras.join(' and ')}` : '';
	return {text: overwrite ? `Replaced ${target}/${entry.name} with your ${entry.name}${kept}` : `Copied ${entry.name} to ${target}/${entry.name}${kept}`, tone: 'info'};
}
