// When the launcher joins a child's stderr to its stdout through `sh -c 'exec "$@" 2>&1'`: only when the
// program would be found by the exec itself (the one lookup, util/find-program.ts), so a missing program
// is still reported by the launcher's own sentence. The built program's behaviour is in test/e2e/cli/one-output.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {oneOutputCommand} from '../../source/launch/one-output.js';
import {tempDir} from '../helpers/temp.js';

describe('oneOutputCommand', () => {
	it('wraps a program found on PATH, and one found through the fallback PATH when PATH is unset', () => {
		const cwd = tempDir();
		expect(oneOutputCommand(['true'], '/usr/bin:/bin', cwd)).toEqual(['/bin/sh', '-c', 'exec "$@" 2>&1', 'sh', 'true']);
		expect(oneOutputCommand(['true', 'x'], undefined, cwd)).toEqual(['/bin/sh', '-c', 'exec "$@" 2>&1', 'sh', 'true', 'x']);
	});

	it('starts a program the exec would not find as it is, so the launcher says it is missing', () => {
		const cwd = tempDir();
		fs.writeFileSync(path.join(cwd, 'stui14only-here'), '#!/bin/sh\n', {mode: 0o755});
		expect(oneOutputCommand(['stui14only-here'], undefined, cwd)).toBeUndefined();
		expect(oneOutputCommand(['stui14-no-such-program'], '/usr/bin:/bin', cwd)).toBeUndefined();
		expect(oneOutputCommand(['./stui14only-here'], undefined, cwd)).toEqual(['/bin/sh', '-c', 'exec "$@" 2>&1', 'sh', './stui14only-here']);
	});
});
