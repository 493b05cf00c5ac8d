// Secrets never belong in definitions, which are shared (hpcflow copies them into workflow metadata).
// Two checks: a stored secret's value written into `setup` or a `command`, and a password-like variable
// assigned a literal value. Messages name the place and the variable, never a value.
import type {DefinitionWarning, Environment, EnvironmentsFile} from './definition.js';
import {describeSpecifiers, sameSpecifiers} from './select.js';

/** Values shorter than this are too common to look for in definitions. */
export const MIN_VALUE_LENGTH = 4;

// `export password=1234`, `PASSword=1234`, `$env:password = '1234'`, `DB_PASSWORD="x"`, `--api-key=x`;
// not `password=$PASSWORD`, `password="${X}"` or `password=<<param>>`.
const PASSWORD_LIKE =
	/(?:^|[\s;&|(])(?:export\s+|\$env:|set\s+|--?)?([\w-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key)[\w-]*)\s*=\s*(["']?)(?![$<"'\s`]|\)|$)/gim;

export function definitionWarnings(defs: EnvironmentsFile, values: Map<string, string>): DefinitionWarning[] {
	// Sources that could not be read (a broken configuration) belong to no environment.
	const warnings: DefinitionWarning[] = (defs.warnings ?? []).map((message) => ({environment: '', message}));
	for (const [index, environment] of defs.environments.entries()) {
		// hpcflow tells environments of one name apart by their specifiers: only the same name with the same
		// specifiers is defined twice.
		const first = defs.environments.slice(0, index).find((other) => other.name === environment.name && sameSpecifiers(other.specifiers, environment.specifiers));
		if (first) {
			const which = Object.keys(environment.specifiers).length > 0 ? ` with the same specifiers (${describeSpecifiers(environment.specifiers)})` : '';
			const message =
				first.file === environment.file
					? `${environment.name} is defined more than once${which} in ${environment.file}; \`run\` uses the first`
					: `${environment.name} is defined in ${first.file} and again${which} in ${environment.file}; \`run\` uses the one in ${first.file}`;
			warnings.push({environment: environment.name, message});
		}

		warnings.push(...environment.warnings.map((message) => ({environment: environment.name, message})));

		for (const {where, text} of textsOf(environment)) {
			for (const [secret, value] of values) {
				if (value.length >= MIN_VALUE_LENGTH && text.includes(value)) {
					warnings.push({
						environment: environment.name,
						message: `${where} contains the value of the stored secret ${secret}; definitions are shared: list ${secret} under secrets: and use its variable instead`,
					});
				}
			}

			for (const [index, line] of text.split('\n').entries()) {
				for (const match of line.matchAll(PASSWORD_LIKE)) {
					warnings.push({
						environment: environment.name,
						message: `${where}${lineSuffix(text, index)} assigns ${match[1]} a literal value; keep it in the store and list it under secrets: instead`,
					});
				}
			}
		}
	}

	return warnings;
}

function textsOf(environment: Environment): Array<{where: string; text: string}> {
	const texts: Array<{where: string; text: string}> = [];
	if (environment.setup) {
		texts.push({where: `the setup of ${environment.name}`, text: environment.setup});
	}

	for (const executable of environment.executables) {
		for (const [index, instance] of executable.instances.entries()) {
			const which = executable.instances.length > 1 ? ` (instance ${index + 1})` : '';
			texts.push({where: `the command of ${environment.name}/${executable.label}${which}`, text: instance.command});
		}
	}

	return texts;
}

function lineSuffix(text: string, index: number): string {
	return text.includes('\n') ? `, line ${index + 1},` : '';
}
