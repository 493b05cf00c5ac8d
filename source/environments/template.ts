// Templates: any text file with `{{ secrets.NAME }}` (spaces optional) or `{{ secrets["any.name-at/all"] }}`
// where a secret's value goes, as Nextflow's `secrets.NAME`, `op inject` and Doppler's --mount-template do.
// Reading one names what it needs (before anything runs); filling one needs every value.
import fs from 'node:fs';
import {UserError} from '../util/errors.js';

const REFERENCE = /\{\{\s*secrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*"([^"\n]+)"\s*\]|\[\s*'([^'\n]+)'\s*\])\s*\}\}/g;

export type Template = {file: string; text: string; names: string[]};

/** Reads the template at `file` (an absolute path); a missing or unreadable one is a sentence. */
export function readTemplate(file: string): Template {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new UserError(`Cannot read the template ${file}: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
	}

	return {file, text, names: templateNames(text)};
}

/** The secret names the template refers to, each once, in order of first use. */
export function templateNames(text: string): string[] {
	return [...new Set([...text.matchAll(REFERENCE)].map((match) => (match[1] ?? match[2] ?? match[3])!))];
}

/** The text with every reference replaced by its value; `values` must hold every name (see missing). */
export function fillTemplate(text: string, values: ReadonlyMap<string, string>): string {
	return text.replaceAll(REFERENCE, (whole, dotted?: string, double?: string, single?: string) => {
		const value = values.get((dotted ?? double ?? single)!);
		if (value === undefined) {
			throw new Error(`fillTemplate: no value for ${whole}`);
		}

		return value;
	});
}
