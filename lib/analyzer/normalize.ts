/**
 * Masks what is not prose (code, URLs, wiki and Markdown markup, list markers) without moving any
 * character, so offsets found in the masked text are offsets in the original. Text reaches us from
 * the DOM, from Atlassian Document Format and from wiki markup; all three leave such noise behind.
 * Works on a buffer of char codes in a few linear passes; no regular expression can backtrack.
 */

/** Written where a list marker or heading marker stood: an unconditional sentence break. */
export const HARD_BREAK = '\u2029';
const BREAK = 0x2029;
const SPACE = 32;
const NL = 10;

const BLOCK_FENCES: ReadonlyArray<readonly [open: string, close: string]> = [
  ['{code', '{code}'],
  ['{noformat', '{noformat}'],
  ['```', '```'],
];
const INLINE_CODE = /`[^`\n]{0,200}`/g;
// HTML tags pasted into tickets (or left by a bad export): never prose. The class stops at the next
// '<', so every '<' is scanned once: linear, even on a description of nothing but '<'.
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]{0,300}>/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'|\]]*/gi;
const MARKUP = new Set([...'*_{}|~^[]`'].map((c) => c.charCodeAt(0)));
const LINE_MARKS = new Set([...'-*#•◦▪+>'].map((c) => c.charCodeAt(0)));
const INLINE_MARKS = new Set([...'*#•'].map((c) => c.charCodeAt(0)));

function blank(buf: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i++) if (buf[i] !== NL) buf[i] = SPACE;
}

function maskFences(text: string, buf: Uint16Array): void {
  for (const [open, close] of BLOCK_FENCES) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const openEnd = open === '```' ? start + 3 : text.indexOf('}', start) + 1;
      if (openEnd <= 0) break;
      const end = text.indexOf(close, openEnd);
      // An unclosed fence masks nothing: guessing wrong would hide the whole description.
      if (end < 0) break;
      blank(buf, start, end + close.length);
      from = end + close.length;
    }
  }
}

function maskPattern(text: string, buf: Uint16Array, pattern: RegExp): void {
  for (const m of text.matchAll(pattern)) blank(buf, m.index, m.index + m[0].length);
}

const isBlank = (c: number | undefined): boolean => c === SPACE || c === 9;

/** Length of a list or heading marker at `i` that is followed by a blank, else 0. */
function markerLength(buf: Uint16Array, i: number, marks: ReadonlySet<number>, max: number, numbered: boolean): number {
  let j = i;
  while (j < buf.length && j - i < max && marks.has(buf[j]!)) j += 1;
  if (j === i && numbered) {
    // "1." / "12)" / wiki "h2."
    if (buf[i] === 104 && buf[i + 1]! >= 49 && buf[i + 1]! <= 54 && buf[i + 2] === 46) j = i + 3;
    else {
      while (j < buf.length && j - i < 3 && buf[j]! >= 48 && buf[j]! <= 57) j += 1;
      j = j > i && (buf[j] === 46 || buf[j] === 41) ? j + 1 : i;
    }
  }
  return j > i && isBlank(buf[j]) ? j - i : 0;
}

function maskMarkers(buf: Uint16Array): void {
  let lineStart = true;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (c === NL) { lineStart = true; continue; }
    if (lineStart && isBlank(c)) continue;
    const inline = i === 0 || isBlank(buf[i - 1]);
    const length = lineStart
      ? markerLength(buf, i, LINE_MARKS, 8, true)
      : inline ? markerLength(buf, i, INLINE_MARKS, 3, true) : 0;
    lineStart = false;
    if (length === 0) continue;
    buf[i] = BREAK;
    for (let k = 1; k < length; k++) buf[i + k] = SPACE;
    i += length - 1;
  }
}

// Lone surrogates would come back as U+FFFD: still one unit, so offsets stay right.
const UTF16 = new TextDecoder('utf-16le');

function decode(buf: Uint16Array): string {
  return UTF16.decode(buf);
}

// Characters that can start anything this module masks; text without them is returned as is.
const INTERESTING = /[*_{}|~^[\]`#•◦▪+<>\-\d:.h]/;

/** Same length as `text`; noise replaced by spaces, markers by `HARD_BREAK`. */
export function maskNoise(text: string): string {
  if (!INTERESTING.test(text)) return text;
  const buf = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) buf[i] = text.charCodeAt(i);
  maskFences(text, buf);
  if (text.includes('`')) maskPattern(text, buf, INLINE_CODE);
  if (text.includes('<')) maskPattern(text, buf, HTML_TAG);
  if (text.includes('://') || text.includes('www.')) maskPattern(text, buf, URL);
  maskMarkers(buf);
  for (let i = 0; i < buf.length; i++) if (MARKUP.has(buf[i]!)) buf[i] = SPACE;
  return decode(buf);
}
