// "Copy to store…" as pure steps: the questions, their sentences and the write each answer leads to.
import {describe, expect, it} from 'vitest';
import {answerConfirm, answerPick, askCopy, copiedStatus, NO_TEAM_STORE, NOT_PERSONAL, pickedStore} from '../../../source/ui/stores/copyQuestion.js';
import {ISO} from '../entries.js';

const entry = {name: 'WANDB', value: 'w-1', created: ISO, updated: ISO, note: 'the lab key', expires: '2030-01-01'};

describe('copy to store', () => {
	it('asks which team store, numbering them; refuses from a team store or without one', () => {
		const asked = askCopy(entry, undefined, ['lab', 'ops']);
		expect(asked.status).toEqual({text: 'Copy WANDB to which store? 1 lab  2 ops', tone: 'question'});
		expect(asked.question).toEqual({step: 'pick', entry, targets: ['lab', 'ops']});
		expect(askCopy(entry, 'lab', ['lab', 'ops'])).toEqual({status: {text: NOT_PERSONAL, tone: 'error'}});
		expect(askCopy(entry, undefined, [])).toEqual({status: {text: NO_TEAM_STORE, tone: 'error'}});
	});

	it('a listed digit picks a store and asks y/N, naming the name it gets there; another key copies nothing', () => {
		const {question} = askCopy(entry, undefined, ['lab', 'ops']);
		expect(pickedStore(question!, true, '2')).toBe('ops');
		expect(pickedStore(question!, true, '3')).toBeUndefined();
		expect(pickedStore(question!, false, 'x')).toBeUndefined();
		const asked: string[] = [];
		const step = answerPick(question!, 'ops', (name) => {
			asked.push(name);
			return false;
		});
		expect(asked).toEqual(['ops']);
		expect(step.status).toEqual({text: 'Copy WANDB to ops/WANDB? (y/N)', tone: 'question'});
		expect(step.question).toEqual({step: 'confirm', entry, target: 'ops', exists: false});
		expect(answerPick(question!, undefined, () => false)).toEqual({status: {text: 'Copied nothing', tone: 'info'}});
	});

	it('asks before replacing a name that exists there; only y writes, replacing only then', () => {
		const {question} = answerPick(askCopy(entry, undefined, ['lab']).question!, 'lab', () => true);
		expect(question).toEqual({step: 'confirm', entry, target: 'lab', exists: true});
		expect(answerPick(askCopy(entry, undefined, ['lab']).question!, 'lab', () => true).status.text).toBe('lab/WANDB exists; replace it? (y/N)');
		expect(answerConfirm(question!, false)).toEqual({status: {text: 'Copied nothing; lab/WANDB is unchanged', tone: 'info'}});
		const yes = answerConfirm(question!, true);
		expect(yes.write).toEqual({entry, target: 'lab', overwrite: true});
		expect(yes.question).toBeUndefined();
		expect(answerConfirm({step: 'confirm', entry, target: 'lab', exists: false}, true).write).toEqual({entry, target: 'lab', overwrite: false});
	});

	it('says what was copied, and that the note and expiry came along', () => {
		expect(copiedStatus({entry, target: 'lab', overwrite: false}).text).toBe('Copied WANDB to lab/WANDB, with its note and expiry');
		expect(copiedStatus({entry: {...entry, note: undefined, expires: undefined}, target: 'lab', overwrite: true}).text).toBe('Replaced lab/WANDB with your WANDB');
	});
});
