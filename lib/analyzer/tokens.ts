import { HARD_BREAK } from './normalize';

/** A word or punctuation mark; `w` is lower-cased, `s`/`e` are offsets into the analysed text. */
export interface Token {
  w: string;
  s: number;
  e: number;
  /** True for words (letters or digits), false for punctuation and breaks. */
  word: boolean;
}

/** Token indices `[from, to)` of one sentence, breaks excluded. */
export interface Sentence {
  from: number;
  to: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

// Words keep inner apostrophes ("I'd", "don't"); each repetition needs an apostrophe, so this
// cannot backtrack. Every other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\n|\u2029|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
const STOPS = new Set(['.', '!', '?', ';', '…']);

function isBreak(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  if (t.w === HARD_BREAK) return true;
  if (STOPS.has(t.w)) {
    // "v3.5", "e.g.x" and "?!" are not sentence ends; "end." and "end.\n" are.
    const next = text.charCodeAt(t.e);
    return Number.isNaN(next) || next <= 32 || next === 0x2029;
  }
  if (t.w !== '\n') return false;
  // A hard-wrapped line ("…so\nthat we…") continues the sentence; a blank line never does.
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.w === '\n' || next.w === '\n') return true;
  const prevOpen = prev.word || prev.w === ',';
  return !(prevOpen && next.word && LOWER_START.test(text.slice(next.s, next.s + 1)));
}

export function tokenize(masked: string): Tokenized {
  const raw: Token[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const s = m.index;
    raw.push({ w: m[0].toLowerCase(), s, e: s + m[0].length, word: WORD_START.test(m[0]) });
  }
  // Breaks end a sentence and leave the token list; a soft newline just disappears, so patterns
  // see "so that" across a hard wrap.
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (isBreak(raw, i, masked)) {
      if (t.w !== '\n' && t.w !== HARD_BREAK) tokens.push(t);
      if (tokens.length > from) sentences.push({ from, to: tokens.length });
      from = tokens.length;
    } else if (t.w !== '\n') {
      tokens.push(t);
    }
  }
  if (tokens.length > from) sentences.push({ from, to: tokens.length });
  return { tokens, sentences };
}
