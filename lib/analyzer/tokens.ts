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

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const STOPS = new Set(['.', '!', '?', ';', '…']);
const APOSTROPHES = new Set([39, 0x2019]);

// Answers per UTF-16 unit, filled on first sight: 1 word character, 2 not. A regular expression
// per character made non-Latin text four times slower.
const WORD_TABLE = new Uint8Array(65_536);

/** Letters, marks and digits of any script (surrogate halves count, for astral letters). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = WORD_TABLE[code]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
    WORD_TABLE[code] = known;
  }
  return known === 1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 ||
    code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028;
}

/**
 * Splits into words (keeping inner apostrophes: "I'd", "don't") and single punctuation marks,
 * by one scan over the characters: linear in the input, whatever it holds.
 */
function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i += 1; continue; }
    if (!isWordChar(c)) {
      const ch = text[i]!;
      tokens.push({ w: ch, s: i, e: i + 1, word: false });
      i += 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isWordChar(text.charCodeAt(j))) j += 1;
      if (j + 1 < n && APOSTROPHES.has(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    tokens.push({ w: text.slice(i, j).toLowerCase(), s: i, e: j, word: true });
    i = j;
  }
  return tokens;
}

function isBreak(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  if (t.w === HARD_BREAK) return true;
  if (STOPS.has(t.w)) {
    // "v3.5", "e.g.x" and "?!" are not sentence ends; "end." and "end.\n" are.
    const next = text.charCodeAt(t.e);
    return Number.isNaN(next) || isSpace(next) || next === 10 || next === 0x2029;
  }
  if (t.w !== '\n') return false;
  // A hard-wrapped line ("…so\nthat we…") continues the sentence; a blank line never does.
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.w === '\n' || next.w === '\n') return true;
  const prevOpen = prev.word || prev.w === ',';
  return !(prevOpen && next.word && LOWER.test(text[next.s]!));
}

export function tokenize(masked: string): Tokenized {
  const raw = scan(masked);
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
