// A hidden-input prompt on the terminal, without ink: nothing typed is echoed (like ssh and sudo),
// so neither the value nor its length shows on screen. Enter submits; Ctrl+C cancels.
import {UserError} from './errors.js';

export async function promptHidden(question: string, stdin: NodeJS.ReadStream = process.stdin, out: NodeJS.WriteStream = process.stderr): Promise<string> {
	out.write(question);
	stdin.setRawMode(true);
	stdin.resume();
	stdin.setEncoding('utf8');

	return new Promise((resolve, reject) => {
		let value = '';
		const finish = (error?: Error) => {
			stdin.off('data', onData);
			stdin.setRawMode(false);
			stdin.pause();
			out.write('\n');
			if (error) {
				reject(error);
			} else {
				resolve(value);
			}
		};

		const onData = (chunk: string) => {
			for (const character of chunk) {
				if (character === '\r' || character === '\n' || character === '\u0004') {
					finish();
					return;
				}

				if (character === '\u0003') {
					finish(new UserError('Cancelled; nothing was stored.', 130));
					return;
				}

				if (character === '\u007F' || character === '\b') {
					value = [...value].slice(0, -1).join('');
				} else if (character === '\u0015') {
					value = '';
				} else if (character >= ' ' || character === '\t') {
					value += character;
				}
			}
		};

		stdin.on('data', onData);
	});
}
