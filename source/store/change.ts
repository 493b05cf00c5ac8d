// A change to a store file: read, apply the change, write, all under the lock, and never a rename over
// a store this writer did not read. Just before its rename the writer checks that the lock is still its
// own and that the store is still the file it read (device, inode, size, mtime in nanoseconds). If not
// (it stalled past the stale threshold and another writer took the lock over and saved), it drops its
// temp file, takes a fresh lock, reads again and applies its change again, so both saves survive; after
// a few such rounds it gives up with a sentence and has written nothing. `change` must therefore be a
// function of the data it is given (set, delete, import and rename are changes to names).
import {UserError} from '../util/errors.js';
import {withLock, type LockOptions} from './lock.js';
import {currentIdentity, readStoreFile, sameIdentity, type StoreData} from './read.js';
import {writeStore} from './write.js';

const ROUNDS = 5;

/** Thrown before the rename when the lock or the store is no longer what this writer had. */
class Overtaken extends Error {}

export async function changeStore<T>(file: string, change: (data: StoreData) => T, options: LockOptions = {}): Promise<T> {
	for (let round = 1; ; round++) {
		try {
			return await withLock(
				file,
				(lock) => {
					const {data, identity} = readStoreFile(file);
					pauseForTest(round);
					const result = change(data);
					lock.refresh();
					writeStore(file, data, undefined, () => {
						if (!lock.isMine() || !sameIdentity(identity, currentIdentity(file))) {
							throw new Overtaken();
						}
					});
					return result;
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
