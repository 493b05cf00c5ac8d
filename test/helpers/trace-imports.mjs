// Loaded with `node --import`: records every module file the program loads, one URL per line, in
// the file named by TRACE_IMPORTS_FILE: ES modules through a load hook, CommonJS files (dist/ is
// CommonJS) as require() compiles them. A file can be recorded twice (an ES import of CommonJS).
import {appendFileSync} from 'node:fs';
import {createRequire, register} from 'node:module';
import {pathToFileURL} from 'node:url';

const file = process.env.TRACE_IMPORTS_FILE;
register(new URL('./trace-imports-hooks.mjs', import.meta.url), {data: {file}});

const Module = createRequire(import.meta.url)('node:module');
const compileJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
	if (file) {
		appendFileSync(file, pathToFileURL(filename).href + '\n');
	}

	return compileJs.call(this, module, filename);
};
