import type { Lang, Span } from './types';
import type { Sentence, Token } from './tokens';

/** Everything the detectors share about one text. */
export interface Context {
  /** The analysed text (see `analyzedText`); spans point into it. */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lang: Lang;
}

/** The span from the start of token `from` to the end of token `to - 1`. */
export function tokenSpan(ctx: Context, from: number, to: number): Span {
  const start = ctx.tokens[from]!.s;
  const end = ctx.tokens[Math.max(from, to - 1)]!.e;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Index of the sentence holding token `i`, by binary search. */
export function sentenceAt(ctx: Context, i: number): Sentence {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid]!.from <= i) lo = mid;
    else hi = mid - 1;
  }
  return ctx.sentences[lo] ?? { from: 0, to: ctx.tokens.length };
}
