import fs from 'node:fs';
import path from 'node:path';
import {UsageError, UserError} from '../util/errors.js';
import {expandHome} from '../util/stdin.js';
import {writePrivateFile} from '../util/private-file.js';
import {fillTemplate, readTemplate} from '../environments/template.js';
import {lookUpSecrets} from '../launch/lookup.js';
import {SecretStore} from '../store/store.js';
import {parseOrHelp, type CommandSpec} from '../cli/args.js';
import {printableLines} from '../util/printable.js';
import {currentUid} from '../util/current-user.js';

export const spec: CommandSpec = {
	name: 'inject',
	usage: '-i TEMPLATE [-o FILE]',
	minArgs: 0,
	maxArgs: 0,
	flags: {
		in: {type: 'string', shortFlag: 'i', value: 'TEMPLATE', complete: 'file', description: 'the template: any text with {{ secrets.NAME }} (or {{ secrets["any-name"] }}) where values go'},
		out: {type: 'string', shortFlag: 'o', value: 'FILE', complete: 'file', description: 'write the filled file here, 0600, atomically (default: standard output); a FILE others can read is refused'},
	},
	help: `
Fill a template with secrets, as Nextflow's secrets.NAME, op inject or Doppler's --mount-template do.
Every name the template holds must be in the store: the missing ones are named and nothing is written.
To hand a filled file to one program and remove it afterwards, use exec --template-file or
{template: PATH, file: VAR} in definitions instead.

Examples
  $ secrets-tui inject -i rclone.conf.tmpl -o ~/.config/rclone/rclone.conf
  $ secrets-tui inject -i netrc.tmpl -o ~/.netrc
`,
};

export async function run(argv: string[]): Promise<number> {
	const parsed = parseOrHelp(spec, argv);
	if (!parsed) {
		return 0;
	}

	const input = parsed.flags.in as string | undefined;
	if (input === undefined) {
		throw new UsageError('Give the template with -i TEMPLATE, as in: secrets-tui inject -i config.tmpl -o config.');
	}

	const template = readTemplate(path.resolve(expandHome(input)));
	const {values, missing} = lookUpSecrets(new SecretStore(), template.names);
	if (missing.length > 0) {
		throw new UserError(
			`The template ${template.file} needs ${missing.length === 1 ? 'a secret that is' : `${missing.length} secrets that are`} not in the store: ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'each'} with \`secrets-tui set NAME\`; nothing was written.`,
		);
	}

	const filled = fillTemplate(template.text, values);
	const output = parsed.flags.out as string | undefined;
	if (output === undefined) {
		// As it is to a pipe; printable on a terminal, as get.
		process.stdout.write(process.stdout.isTTY ? printableLines(filled) : filled);
		return 0;
	}

	const file = path.resolve(expandHome(output));
	refuseReadableByOthers(file);
	writePrivateFile(file, filled, 'the filled template');
	return 0;
}

/** An existing FILE that others can read (or that is not yours) would have shown them the values. */
function refuseReadableByOthers(file: string): void {
	let stat: fs.Stats;
	try {
		stat = fs.lstatSync(file);
	} catch {
		return;
	}

	const uid = currentUid() ?? stat.uid;
	if (!stat.isFile() || stat.uid !== uid || (stat.mode & 0o077) !== 0) {
		const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
		throw new UserError(
			`${file} ${!stat.isFile() ? 'is not a plain file' : stat.uid !== uid ? 'belongs to another user' : `has mode ${mode}: others can read it`}; nothing was written. Remove it, or make it yours and private (chmod 600 ${file}), and inject again.`,
		);
	}
}
