// What `run` and `exec` share once a plan is made: warnings, the dry run, the launch and its exit code.
import {UsageError, UserError} from '../util/errors.js';
import {printableLines} from '../util/printable.js';
import type {LaunchPlan} from '../launch/types.js';
import {launch} from '../launch/launch.js';
import {hideStoredValues, redactText} from '../launch/redact.js';
import {describeDestination} from '../environments/mapping.js';

export type LaunchFlags = {redact: boolean; dryRun: boolean};

export function launchFlags(flags: Record<string, unknown>): LaunchFlags {
	return {redact: flags.redact !== false, dryRun: flags.dryRun === true};
}

/** Warnings on stderr, made printable (a definition's text may hold escape sequences). */
export function printWarnings(warnings: readonly string[]): void {
	for (const warning of warnings) {
		process.stderr.write(`secrets-tui: warning: ${printableLines(warning)}\n`);
	}
}

/** `stored`: every value in the store, hidden from a dry run too (a definition may hold one it does not inject). */
export async function execute(plan: LaunchPlan, flags: LaunchFlags, stored?: ReadonlyMap<string, string>): Promise<number> {
	printWarnings(plan.warnings);

	if (flags.dryRun) {
		process.stdout.write(printableLines(dryRunText(plan, flags, stored)) + '\n');
		if (plan.problems && plan.problems.length > 0) {
			process.stderr.write(plan.problems.map((problem) => `secrets-tui: ${printableLines(problem)}`).join('\n') + '\n');
			return 1;
		}

		return 0;
	}

	if (plan.problems && plan.problems.length > 0) {
		throw new UserError(plan.problems.join('\n'));
	}

	const handle = launch(plan, {redact: flags.redact, inherit: !flags.redact});
	const result = await handle.result;
	return result.exitCode;
}

/** The command line and the names of the variables and files; never a value (redacted, to be sure). */
export function dryRunText(plan: LaunchPlan, flags: LaunchFlags, stored: ReadonlyMap<string, string> = new Map()): string {
	const missing = new Set(plan.missing ?? []);
	const mark = (secret: string) => (missing.has(secret) ? ' [missing from the store]' : '');
	// Under the secret's name, or `db-password → $db_password` where the variable differs.
	const variables = plan.variables.map(({variable, secret}) => describeDestination({secret, variable, kind: 'env'}) + mark(secret));
	const files = plan.files.map(({variable, secret, template}) =>
		template ? `template ${secret} (${template.names.map((name) => name + mark(name)).join(', ') || 'no secrets'}) → file, path in $${variable}` : describeDestination({secret, variable, kind: 'file'}) + mark(secret),
	);
	const lines = [
		...(plan.about ?? []),
		`Would run: ${plan.display}`,
		`Variables: ${variables.length > 0 ? variables.join(', ') : 'none'}`,
		`Secret files: ${files.length > 0 ? files.join(', ') : 'none'}`,
		`Output: ${flags.redact ? 'redacted' : 'not redacted (the terminal is handed to the command)'}`,
	];
	return redactText(hideStoredValues(lines.join('\n'), stored), plan.values);
}

/** `K=V` pairs from --param. */
export function parseParams(values: unknown): Record<string, string> {
	return parsePairs(values, '--param', 'NAME=VALUE', '--param script_name=main.py');
}

/**
 * `K=V` pairs from a repeatable option, in an object with no prototype (`__proto__=x` is a pair like
 * any other). `option`, `shape` and `example` make the sentence for a pair with no name.
 */
export function parsePairs(values: unknown, option: string, shape: string, example: string): Record<string, string> {
	const pairs = Object.create(null) as Record<string, string>;
	for (const pair of (values as string[] | undefined) ?? []) {
		const equals = pair.indexOf('=');
		if (equals <= 0) {
			throw new UsageError(`The option ${option} takes ${shape}, as in ${example}; got "${pair}".`);
		}

		pairs[pair.slice(0, equals)] = pair.slice(equals + 1);
	}

	return pairs;
}
