import {UserError} from '../core/errors.js';

export async function run(_argv: string[]): Promise<number> {
	throw new UserError('`secrets-tui exec` is not built yet.');
}
