import {describe, expect, it} from 'vitest';
import {didYouMean, editDistance, nearest} from '../../source/util/nearest.js';

describe('nearest', () => {
	it('prefers a name equal but for case', () => {
		expect(nearest('github_token', ['GITHUB_TOKN', 'GITHUB_TOKEN'])).toBe('GITHUB_TOKEN');
	});

	it('finds a typo: a letter left out, added, changed, or two swapped', () => {
		const commands = ['set', 'get', 'list', 'delete', 'import', 'run', 'exec', 'submit', 'jobs', 'envs', 'completion'];
		expect(nearest('delet', commands)).toBe('delete');
		expect(nearest('deletee', commands)).toBe('delete');
		expect(nearest('submti', commands)).toBe('submit');
		expect(nearest('imprt', commands)).toBe('import');
		expect(nearest('pyhton_env', ['python_env', 'dream_3D_env'])).toBe('python_env');
	});

	it('says nothing when nothing is near, or the word is known', () => {
		expect(nearest('zzz', ['GITHUB_TOKEN', 'wandb'])).toBeUndefined();
		expect(nearest('xy', ['ab'])).toBeUndefined();
		expect(nearest('set', ['set', 'get'])).toBeUndefined();
		expect(didYouMean('zzz', ['wandb'])).toBe('');
		expect(didYouMean('wandbb', ['wandb'])).toBe(' (did you mean wandb?)');
	});

	it('counts a swap of neighbours as one edit', () => {
		expect(editDistance('ab', 'ba')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
});
