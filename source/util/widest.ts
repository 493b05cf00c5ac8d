// The length of the longest of many texts, for column widths. A loop, not Math.max(...texts): a spread
// passes every element as an argument on the stack, and from about 130,000 (a store of many secrets)
// that throws RangeError: Maximum call stack size exceeded.

/** The `.length` of the longest text, at least `floor`. */
export function widest(texts: Iterable<string>, floor = 0): number {
	let most = floor;
	for (const text of texts) {
		if (text.length > most) {
			most = text.length;
		}
	}

	return most;
}
