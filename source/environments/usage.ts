// Which environments use a secret through their `secrets:` (the details pane's "used by", the questions
// before deleting or renaming it): by name, or through a template that names it (the loader reads each
// template's names), from definitions read by definitions-file.ts's definitionsFor. No YAML here: the TUI
// loads this at start and the definitions later.
import path from 'node:path';
import type {EnvironmentsFile} from './definition.js';
import {secretsOf} from './mapping.js';

/** An environment that uses a secret: its definitions file, and the templates that name the secret, if any. */
export type SecretUse = {environment: string; file: string; templates?: string[]};

/** The environments of `defs` whose secrets use `name` (by name or in a template), in file order, each once. */
export function usesOf(defs: EnvironmentsFile, name: string): SecretUse[] {
	return defs.environments.flatMap((environment) => {
		const using = environment.secrets.filter((mapping) => secretsOf(mapping).includes(name));
		if (using.length === 0) {
			return [];
		}

		const templates = using.flatMap((mapping) => (mapping.template ? [mapping.template.file] : []));
		return [{environment: environment.name, file: environment.file, ...(templates.length > 0 ? {templates} : {})}];
	});
}

/** "python_env and train_env": the environments' names as a phrase, or undefined when there are none. */
export function usersPhrase(uses: readonly SecretUse[]): {text: string; count: number} | undefined {
	const names = [...new Set(uses.map((use) => use.environment))];
	if (names.length === 0) {
		return undefined;
	}

	return {text: names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`, count: names.length};
}

/**
 * "python_env and train_env in /home/me/environments.yaml": the environments with their files' paths, and
 * the templates that name the secret (what `delete` and `rename` say on stderr), and how many environments,
 * for the verb; undefined when none.
 */
export function usersInFiles(uses: readonly SecretUse[]): {text: string; count: number} | undefined {
	const users = usersPhrase(uses);
	const files = new Set(uses.flatMap((use) => [use.file, ...(use.templates ?? [])]));
	return users ? {text: `${users.text} in ${[...files].join(', ')}`, count: users.count} : undefined;
}

/** "python_env and train_env use it." for a question, or undefined when none does. */
export function usedBySentence(uses: readonly SecretUse[]): string | undefined {
	const users = usersPhrase(uses);
	return users ? `${users.text} ${users.count === 1 ? 'uses' : 'use'} it.` : undefined;
}

/** "python_env, train_env (environments.yaml)": the environments with their file's name. */
export function usesText(uses: readonly SecretUse[]): string {
	const byFile = new Map<string, string[]>();
	for (const use of uses) {
		byFile.set(use.file, [...(byFile.get(use.file) ?? []), use.environment]);
	}

	return [...byFile].map(([file, names]) => `${names.join(', ')} (${path.basename(file)})`).join('; ');
}
