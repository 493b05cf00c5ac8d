// How values and names are drawn: a fixed mask, and shown values made safe for a terminal.
import {printable} from '../../util/printable.js';

/** Every masked value looks the same, whatever its length. */
export const MASK = '••••••••';

/** The lines of a value, each made printable (util/printable.ts); `\r\n` counts as one break. */
export function valueLines(value: string): string[] {
	return value.split(/\r?\n/).map((line) => printable(line));
}

/** One row's view of a shown value: the first line, and how many more there are. */
export function firstLine(value: string): {text: string; more: number} {
	const lines = value.split(/\r?\n/);
	return {text: printable(lines[0] ?? ''), more: lines.length - 1};
}

/** Cuts `text` to at most `width` columns (counting each code point as one), with … when cut. */
export function fit(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	const points = [...text];
	return points.length <= width ? text : points.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/**
 * Splits text into rows of at most `width` columns at spaces, each row starting with a word (no
 * stray space); a word longer than a row is split across rows.
 */
export function wrapWords(text: string, width: number): string[] {
	const room = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ').filter(Boolean)) {
		let rest = [...word];
		if (line && [...line].length + 1 + rest.length <= room) {
			line = `${line} ${word}`;
			continue;
		}

		if (line) {
			lines.push(line);
		}

		while (rest.length > room) {
			lines.push(rest.slice(0, room).join(''));
			rest = rest.slice(room);
		}

		line = rest.join('');
	}

	return [...lines, line];
}

/** At most `rows` of `lines`; when some are left out, the last kept row ends with … */
export function clipRows(lines: string[], rows: number, width: number): string[] {
	if (lines.length <= rows) {
		return lines;
	}

	if (rows <= 0) {
		return [];
	}

	const kept = lines.slice(0, rows);
	kept[rows - 1] = [...kept[rows - 1]!].slice(0, Math.max(0, width - 1)).join('') + '…';
	return kept;
}
