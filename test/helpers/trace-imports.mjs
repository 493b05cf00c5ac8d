// Loaded with `node --import`: records every module file the program loads, one URL per line, in
// the file named by TRACE_IMPORTS_FILE.
import {register} from 'node:module';

register(new URL('./trace-imports-hooks.mjs', import.meta.url), {data: {file: process.env.TRACE_IMPORTS_FILE}});
