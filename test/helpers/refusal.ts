// The UserError an action rejects (or throws) with; the test fails when it succeeds or throws anything else.
import {expect} from 'vitest';
import {UserError} from '../../source/util/errors.js';

export async function refusal(action: () => unknown): Promise<UserError> {
	try {
		await action();
	} catch (error) {
		expect(error).toBeInstanceOf(UserError);
		return error as UserError;
	}

	throw new Error('expected a refusal');
}
