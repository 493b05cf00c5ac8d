// Reading all of standard input as text.

export async function readStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) {
		chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	}

	return Buffer.concat(chunks).toString('utf8');
}

/** Text piped in usually ends with the newline `echo` or an editor added: drop exactly one. */
export function dropOneTrailingNewline(text: string): string {
	if (text.endsWith('\r\n')) {
		return text.slice(0, -2);
	}

	return text.endsWith('\n') ? text.slice(0, -1) : text;
}
