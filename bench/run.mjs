// npm run bench: runs every suite in bench/suites (or those named: node bench/run.mjs store tui)
// and writes BENCHMARKS.md, one section per suite, each a table of ratios against a baseline
// measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {machine} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const wanted = process.argv.slice(2);
const suites = fs
	.readdirSync(path.join(here, 'suites'))
	.filter((file) => file.endsWith('.mjs'))
	.sort()
	.filter((file) => wanted.length === 0 || wanted.includes(path.basename(file, '.mjs')));

const output = path.join(root, 'BENCHMARKS.md');
const previous = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '';
const sections = new Map();
for (const match of previous.matchAll(/^<!-- suite:(\S+) -->\n([\s\S]*?)(?=^<!-- suite:|(?![\s\S]))/gm)) {
	sections.set(match[1], match[2].trimEnd());
}

for (const file of suites) {
	const name = path.basename(file, '.mjs');
	process.stderr.write(`bench: ${name}…\n`);
	const suite = await import(path.join(here, 'suites', file));
	const started = Date.now();
	const loadBefore = os.loadavg()[0];
	const markdown = await suite.run({root, cli: path.join(root, 'dist/cli.js')});
	// The load it ran under: a loaded machine inflates the baseline and the ratios alike.
	const load = `load average (1 min) ${loadBefore.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end`;
	sections.set(name, `${markdown.trim()}\n\n_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${((Date.now() - started) / 1000).toFixed(0)} s on ${machine()}, ${load}; compare figures measured under similar load._`);
	process.stderr.write(markdown.trim() + '\n\n');
}

const body = [...sections].map(([name, text]) => `<!-- suite:${name} -->\n${text}\n`).join('\n');
fs.writeFileSync(
	output,
	`# Benchmarks\n\nWritten by \`npm run bench\` (\`node bench/run.mjs SUITE\` re-runs one suite and keeps the others). Every figure is a median of whole runs, paired in the same run against a baseline, so compare the ratios: absolute times on these shared 2-core machines drift from run to run.\n\n${body}`,
);
process.stderr.write(`bench: wrote ${path.relative(process.cwd(), output)}\n`);
