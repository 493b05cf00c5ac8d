// Loaded with `node --import`: records every module file the program loads, one URL per line, in
// the file named by TRACE_IMPORTS_FILE: ES modules through a load hook, CommonJS files (dist/ is
// CommonJS) as require() compiles them, and what is compiled through vm.Script (dist/cli.js loads each
// chunk that way, with a code cache). A file can be recorded twice (an ES import of CommonJS).
import {appendFileSync} from 'node:fs';
import {createRequire, register} from 'node:module';
import {pathToFileURL} from 'node:url';

const file = process.env.TRACE_IMPORTS_FILE;
register(new URL('./trace-imports-hooks.mjs', import.meta.url), {data: {file}});

const require = createRequire(import.meta.url);
const record = (filename) => {
	if (file && filename) {
		appendFileSync(file, pathToFileURL(filename).href + '\n');
	}
};

const Module = require('node:module');
const compileJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
	record(filename);
	return compileJs.call(this, module, filename);
};

const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
	constructor(code, options) {
		super(code, options);
		record(typeof options === 'string' ? options : options?.filename);
	}
};
