// Reading input (standard input, a file) with a bound on its size, and the one rule for text from
// outside: it must be UTF-8.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {UserError} from './errors.js';

/**
 * Reads `source` (a path, or a stream such as standard input) but never more than `maxBytes` + 1
 * bytes: past that it stops reading and throws `tooLarge()`, so `/dev/zero` or a gigabyte on a pipe
 * costs no more memory than the limit. A regular file is refused from its size before any read.
 * Errors of the file system (ENOENT, EISDIR) are thrown as they are, for the caller's sentence.
 */
export async function readAtMost(source: string | NodeJS.ReadableStream, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
	let stream: NodeJS.ReadableStream;
	if (typeof source === 'string') {
		const fd = fs.openSync(source, 'r');
		let size = 0;
		try {
			const stat = fs.fstatSync(fd);
			size = stat.isFile() ? stat.size : 0;
		} catch (error) {
			fs.closeSync(fd);
			throw error;
		}

		if (size > maxBytes) {
			fs.closeSync(fd);
			throw tooLarge();
		}

		stream = fs.createReadStream('', {fd, highWaterMark: Math.min(maxBytes + 1, 1024 * 1024)});
	} else {
		stream = source;
	}

	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		total += bytes.length;
		if (total > maxBytes) {
			(stream as NodeJS.ReadableStream & {destroy?: () => void}).destroy?.();
			throw tooLarge();
		}

		chunks.push(bytes);
	}

	return Buffer.concat(chunks, total);
}

/**
 * All of standard input as UTF-8 text, at most `maxBytes` of it (then `tooLarge()` is thrown). `name`,
 * when given, is the secret being set: the fix for bytes that are not text then names it.
 */
export async function readStdin(maxBytes: number, tooLarge: () => Error, stdin: NodeJS.ReadableStream = process.stdin, name?: string): Promise<string> {
	return decodeUtf8(await readAtMost(stdin, maxBytes, tooLarge), 'Standard input', name);
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
export function expandHome(file: string, env: NodeJS.ProcessEnv = process.env): string {
	return file === '~' || file.startsWith('~/') ? path.join(env.HOME || os.homedir(), file.slice(1)) : file;
}

/** Text piped in usually ends with the newline `echo` or an editor added: drop exactly one. */
export function dropOneTrailingNewline(text: string): string {
	if (text.endsWith('\r\n')) {
		return text.slice(0, -2);
	}

	return text.endsWith('\n') ? text.slice(0, -1) : text;
}
