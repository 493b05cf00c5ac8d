// Writing the store through conf: an atomic temp-file-and-rename write, the file 0600 from its first byte.
// Loaded only by commands that write, so reads never pay for conf's start-up.
import path from 'node:path';
import Conf from 'conf';
import type {StoreData} from './read.js';

export function writeStore(file: string, data: StoreData): void {
	const conf = new Conf<StoreData>({
		cwd: path.dirname(file),
		configName: path.basename(file, '.json'),
		fileExtension: 'json',
		configFileMode: 0o600,
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
		projectSuffix: '',
	});
	conf.store = data;
}
