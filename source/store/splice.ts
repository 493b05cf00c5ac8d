// A change to one entry, made in the store file's bytes: the entry's bytes replaced, or the new entry
// added at the end, as serializeStore writes them, and every other byte kept. For a file in the writer's
// own shape (scan.ts checks every byte of it) the result is byte for byte what parsing the whole file,
// changing the entry and writing it all again gives (test/store/splice.test.ts compares them), without
// building every entry. Any other file, or a name the file repeats, is left to that full path (the
// caller's): spliceEntry then returns undefined. A file that repeats another name (never the writer's
// doing) keeps repeating it, which reads the same (the last entry wins).
import type {Secret} from './read.js';
import {checkStore, entryFrom} from './scan.js';

/** What the change makes of the entry (`existing` undefined when there is none); it throws to change nothing. */
export type EntryUpdate<T> = (existing: Secret | undefined) => {secret: Secret; result: T};

/** The end of the secrets and of the file, after the last entry. */
const TAIL = '\n\t}\n}';

/** The store's new bytes, in pieces (the old file's around the new entry's), and the update's result; undefined when the file is not one to splice. */
export function spliceEntry<T>(bytes: Buffer, name: string, update: EntryUpdate<T>): {pieces: Buffer[]; result: T} | undefined {
	if (!checkStore(bytes, () => undefined)) {
		return undefined;
	}

	// In a checked file a raw newline and tabs are never inside a string: this is the entry's own line.
	const opening = Buffer.from(`\n\t\t${JSON.stringify(name)}: {\n`, 'utf8');
	const at = bytes.indexOf(opening);
	if (at !== -1 && bytes.indexOf(opening, at + 1) !== -1) {
		return undefined;
	}

	// JSON allows whitespace after the file's last brace; the writer writes none.
	let end = bytes.length;
	while (end > 0 && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[end - 1]!)) {
		end--;
	}

	if (at === -1) {
		const {secret, result} = update(undefined);
		// `"secrets": {}\n}` when there is no secret yet.
		const empty = bytes[end - 4] === 0x7b;
		const head = bytes.subarray(0, empty ? end - 3 : end - TAIL.length);
		return {pieces: [head, Buffer.from(`${empty ? '\n' : ',\n'}${entryText(name, secret)}${TAIL}`, 'utf8')], result};
	}

	const start = at + 1;
	const brace = at + opening.length - 2;
	const close = bytes.indexOf('\n\t\t}', brace) + 4;
	const {secret, result} = update(entryFrom(bytes.toString('utf8', brace, close), 0));
	return {pieces: [bytes.subarray(0, start), Buffer.from(entryText(name, secret), 'utf8'), bytes.subarray(close, end)], result};
}

/** One entry as serializeStore writes it inside the secrets object (two tabs in, no comma). */
function entryText(name: string, secret: Secret): string {
	return `\t\t${JSON.stringify(name)}: ${JSON.stringify(secret, undefined, '\t').replaceAll('\n', '\n\t\t')}`;
}
