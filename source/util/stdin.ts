// Reading all of standard input as text, and the one rule for text from outside: it must be UTF-8.
import os from 'node:os';
import path from 'node:path';
import {UserError} from './errors.js';

/** `name`, when given, is the secret being set: the fix then names it. */
export async function readStdin(stdin: NodeJS.ReadableStream = process.stdin, name?: string): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) {
		chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	}

	return decodeUtf8(Buffer.concat(chunks), 'Standard input', name);
}

/**
 * Bytes as text, refused when they are not UTF-8 (a plain decode would turn them into U+FFFD and
 * store a changed value). The same rule for `set -`, piped stdin, `@file` and `import`.
 * `what` starts the sentence: "Standard input", "The file x.env"; `name`, the secret being set, makes
 * the fix a command to copy (`base64 < file | secrets-tui set ghe-token -`).
 */
export function decodeUtf8(bytes: Buffer, what: string, name?: string): string {
	try {
		return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
	} catch {
		const fix = name === undefined ? '' : ` (base64 < file | secrets-tui set ${name} -)`;
		throw new UserError(`${what} is not UTF-8 text, so nothing was stored; store binary data base64-encoded instead${fix}.`);
	}
}

/** A path typed after @ or given to import: a leading ~/ is the home folder, as in a shell. */
export function expandHome(file: string): string {
	return file === '~' || file.startsWith('~/') ? path.join(os.homedir(), file.slice(1)) : file;
}

/** Text piped in usually ends with the newline `echo` or an editor added: drop exactly one. */
export function dropOneTrailingNewline(text: string): string {
	if (text.endsWith('\r\n')) {
		return text.slice(0, -2);
	}

	return text.endsWith('\n') ? text.slice(0, -1) : text;
}
