// "Did you mean": the known name nearest a mistyped one, for every sentence that refuses a name (a
// command, an option, a secret, an environment, an executable).

/**
 * The candidate nearest `word`: one equal but for case first (`github_token` → `GITHUB_TOKEN`), else
 * the one fewest edits away (insert, delete, substitute, swap two neighbours: Damerau–Levenshtein),
 * if it is close enough to be a typo: at most a third of the word's length (at least 1, at most 3).
 * Ties go to the earlier candidate. Undefined when nothing is near, or when `word` is a candidate.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
	const list = [...candidates];
	if (list.includes(word)) {
		return undefined;
	}

	const lower = word.toLowerCase();
	const sameButCase = list.find((candidate) => candidate.toLowerCase() === lower);
	if (sameButCase !== undefined) {
		return sameButCase;
	}

	const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of list) {
		if (Math.abs(candidate.length - word.length) >= bestDistance) {
			continue;
		}

		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}

	return best;
}

/** ` (did you mean X?)` to put after the refused name in a sentence, or '' when nothing is near. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
	const found = nearest(word, candidates);
	return found === undefined ? '' : ` (did you mean ${found}?)`;
}

/** Edits from `a` to `b`, a swap of two neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const columns = b.length + 1;
	const d: number[][] = Array.from({length: rows}, (_, row) => Array.from({length: columns}, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < columns; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
			}
		}
	}

	return d[a.length]![b.length]!;
}
