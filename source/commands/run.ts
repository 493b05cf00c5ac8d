import {UserError} from '../core/errors.js';

export async function run(_argv: string[]): Promise<number> {
	throw new UserError('`secrets-tui run` is not built yet.');
}
