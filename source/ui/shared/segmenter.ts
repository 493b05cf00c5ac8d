// Grapheme segmentation that asks ICU only for text that needs it. ink splits every line it draws into
// graphemes (@alcalzone/ansi-tokenize, slice-ansi), and the first Intl.Segmenter of a process loads ICU's
// break rules: about 7 ms of the TUI's first frame on these machines. A text none of whose code points
// can join another (no marks, joiners, variation selectors, jamo, regional indicators, prepended or
// extending letters, emoji, CR) has one grapheme per code point: those are listed here, as Intl.Segmenter
// would list them (`segment`, `index`, `input`; `containing`). Any other text goes to a real
// Intl.Segmenter, made at first need. scripts/build.mjs puts this class in place of `new Intl.Segmenter`
// in the TUI bundle's dependencies; test/ui/shared/segmenter.test.ts holds the two to the same answers.

/** Code points that can share a grapheme with a neighbour (or that we do not vouch for): such a text goes to ICU. */
export const JOINS =
	/[\r\p{M}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Emoji_Presentation}\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3\u0E33\u0EB3\u0D4E\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{113D1}\u{16D63}\u{16D67}-\u{16D6A}\u{E0000}-\u{E0FFF}]/u;

type Segment = {segment: string; index: number; input: string};

/** The graphemes of a text with one grapheme per code point. */
class OnePerCodePoint implements Iterable<Segment> {
	constructor(private readonly input: string) {}

	*[Symbol.iterator](): Iterator<Segment> {
		const {input} = this;
		for (let index = 0; index < input.length; ) {
			const segment = String.fromCodePoint(input.codePointAt(index)!);
			yield {segment, index, input};
			index += segment.length;
		}
	}

	containing(at = 0): Segment | undefined {
		const {input} = this;
		const index = Math.trunc(Number(at)) || 0;
		if (index < 0 || index >= input.length) {
			return undefined;
		}

		// The second half of a surrogate pair belongs to the grapheme that starts one before it.
		const start = index > 0 && isLowSurrogate(input.charCodeAt(index)) && isHighSurrogate(input.charCodeAt(index - 1)) ? index - 1 : index;
		return {segment: String.fromCodePoint(input.codePointAt(start)!), index: start, input};
	}
}

const isHighSurrogate = (code: number) => code >= 0xd8_00 && code <= 0xdb_ff;
const isLowSurrogate = (code: number) => code >= 0xdc_00 && code <= 0xdf_ff;

/** Intl.Segmenter for graphemes, which makes the real one only for a text that needs it. */
export class LazySegmenter {
	private real: Intl.Segmenter | undefined;
	private readonly arguments_: ConstructorParameters<typeof Intl.Segmenter>;

	constructor(...arguments_: ConstructorParameters<typeof Intl.Segmenter>) {
		this.arguments_ = arguments_;
	}

	segment(input: string): Intl.Segments | OnePerCodePoint {
		const text = String(input);
		if ((this.arguments_[1]?.granularity ?? 'grapheme') === 'grapheme' && !JOINS.test(text)) {
			return new OnePerCodePoint(text);
		}

		this.real ??= new Intl.Segmenter(...this.arguments_);
		return this.real.segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		this.real ??= new Intl.Segmenter(...this.arguments_);
		return this.real.resolvedOptions();
	}
}
