// What `run` and `exec` share once a plan is made: warnings, the dry run, the launch and its exit code.
import {UsageError} from '../core/errors.js';
import type {LaunchPlan} from '../launch/contract.js';
import {launch} from '../launch/launch.js';
import {Redactor, redactionRules} from '../launch/redact.js';

export type LaunchFlags = {redact: boolean; dryRun: boolean};

export function launchFlags(flags: Record<string, unknown>): LaunchFlags {
	return {redact: flags.redact !== false, dryRun: flags.dryRun === true};
}

export async function execute(plan: LaunchPlan, flags: LaunchFlags): Promise<number> {
	for (const warning of plan.warnings) {
		process.stderr.write(`secrets-tui: warning: ${warning}\n`);
	}

	if (flags.dryRun) {
		process.stdout.write(dryRunText(plan, flags) + '\n');
		return 0;
	}

	const handle = launch(plan, {redact: flags.redact, inherit: !flags.redact});
	const result = await handle.result;
	return result.exitCode;
}

/** The command line and the names of the variables and files; never a value (redacted, to be sure). */
export function dryRunText(plan: LaunchPlan, flags: LaunchFlags): string {
	const variables = plan.variables.map(({variable, secret}) => (variable === secret ? variable : `${variable} (secret ${secret})`));
	const files = plan.files.map(({variable, secret}) => `${variable} (secret ${secret})`);
	const lines = [
		`Would run: ${plan.display}`,
		`Variables: ${variables.length > 0 ? variables.join(', ') : 'none'}`,
		`Secret files: ${files.length > 0 ? files.join(', ') : 'none'}`,
		`Output: ${flags.redact ? 'redacted' : 'not redacted (the terminal is handed to the command)'}`,
	];
	const redactor = new Redactor(redactionRules(plan.values));
	const text = Buffer.concat([redactor.write(Buffer.from(lines.join('\n'))), redactor.end()]).toString('utf8');
	return text;
}

/** `K=V` pairs from --param. */
export function parseParams(values: unknown): Record<string, string> {
	const params = Object.create(null) as Record<string, string>; // --param __proto__=x is a parameter like any other
	for (const pair of (values as string[] | undefined) ?? []) {
		const equals = pair.indexOf('=');
		if (equals <= 0) {
			throw new UsageError(`The option --param takes NAME=VALUE, as in --param script_name=main.py; got "${pair}".`);
		}

		params[pair.slice(0, equals)] = pair.slice(equals + 1);
	}

	return params;
}
