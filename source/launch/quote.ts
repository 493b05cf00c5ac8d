// Shell quoting, POSIX and PowerShell: each argument becomes exactly one word, whatever it holds.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(word: string): string {
	if (word !== '' && SAFE.test(word)) {
		return word;
	}

	return `'${word.replaceAll("'", `'\\''`)}'`;
}

const POWERSHELL_SAFE = /^[A-Za-z0-9_%+=:,./\\-]+$/;

export function powershellQuote(word: string): string {
	if (word !== '' && POWERSHELL_SAFE.test(word)) {
		return word;
	}

	return `'${word.replaceAll("'", "''")}'`;
}

export function shellJoin(words: readonly string[]): string {
	return words.map((word) => shellQuote(word)).join(' ');
}
