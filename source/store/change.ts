// A change to a store file: read, apply the change, write, all under the lock, and never a rename over
// a store this writer did not read. Just before its rename the writer checks that the lock is still its
// own and that the store is still the file it read (device, inode, size, mtime in nanoseconds). If not
// (it stalled past the stale threshold and another writer took the lock over and saved), it drops its
// temp file, takes a fresh lock, reads again and applies its change again, so both saves survive; after
// a few such rounds it gives up with a sentence and has written nothing. `change` must therefore be a
// function of the data it is given (set, delete, import and rename are changes to names).
//
// A change to one entry (changeEntry: `set`) is made in the file's bytes when the file is in the
// writer's own shape (splice.ts): the same bytes as the full parse and write, without building every
// entry. Either way the same lock, read, check before the rename and writer (write.ts).
import {UserError} from '../util/errors.js';
import {withLock, type LockOptions} from './lock.js';
import {currentIdentity, emptyStore, parseStore, readStoreBytes, sameIdentity, type StoreData} from './read.js';
import {spliceEntry, type EntryUpdate} from './splice.js';
import {serializeStore, writeStoreBytes} from './write.js';

const ROUNDS = 5;

/** Thrown before the rename when the lock or the store is no longer what this writer had. */
class Overtaken extends Error {}

/** A change as bytes: the store's bytes (undefined when there is no file) to the new bytes in pieces, and a result. */
type Edit<T> = (bytes: Buffer | undefined) => {pieces: Buffer[]; result: T};

export async function changeStore<T>(file: string, change: (data: StoreData) => T, options: LockOptions = {}): Promise<T> {
	return editStore(file, (bytes) => changeWhole(file, bytes, change), options);
}

/** A change to the entry `name` alone: `update` is given the entry as it is (undefined: none) and returns it as it becomes. */
export async function changeEntry<T>(file: string, name: string, update: EntryUpdate<T>, options: LockOptions = {}): Promise<T> {
	return editStore(
		file,
		(bytes) =>
			(bytes && spliceEntry(bytes, name, update)) ??
			changeWhole(file, bytes, (data) => {
				const {secret, result} = update(data.secrets[name]);
				data.secrets[name] = secret;
				return result;
			}),
		options,
	);
}

/** The full path: the whole file parsed, changed and written again. */
function changeWhole<T>(file: string, bytes: Buffer | undefined, change: (data: StoreData) => T): {pieces: Buffer[]; result: T} {
	const data = bytes ? parseStore(file, bytes.toString('utf8')) : emptyStore();
	const result = change(data);
	return {pieces: [Buffer.from(serializeStore(data), 'utf8')], result};
}

async function editStore<T>(file: string, edit: Edit<T>, options: LockOptions): Promise<T> {
	for (let round = 1; ; round++) {
		try {
			return await withLock(
				file,
				(lock) => {
					const {bytes, identity} = readStoreBytes(file, options.team, options.group);
					pauseForTest(round);
					const next = edit(bytes);
					lock.refresh();
					writeStoreBytes(
						file,
						next.pieces,
						undefined,
						() => {
							if (!lock.isMine() || !sameIdentity(identity, currentIdentity(file))) {
								throw new Overtaken();
							}
						},
						options.group === undefined ? undefined : {gid: options.group.gid},
					);
					return next.result;
				},
				options,
			);
		} catch (error) {
			if (!(error instanceof Overtaken)) {
				throw error;
			}

			if (round >= ROUNDS) {
				throw new UserError(
					`Another secrets-tui process took over the lock of ${file} and changed the store while this one was writing, ${ROUNDS} times in a row; this change was not saved, and nothing else was lost. Try again.`,
				);
			}
		}
	}
}

/**
 * For tests of a writer that stalls inside the lock: SECRETS_TUI_TEST_PAUSE_IN_LOCK=1 stops this
 * process (SIGSTOP) once, after it read the store, until a SIGCONT. Unset, it does nothing.
 */
function pauseForTest(round: number): void {
	if (round === 1 && process.env.SECRETS_TUI_TEST_PAUSE_IN_LOCK === '1') {
		process.kill(process.pid, 'SIGSTOP');
	}
}
