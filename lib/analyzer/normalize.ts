/**
 * Masks what is not prose (code, URLs, wiki and Markdown markup, list markers) without moving any
 * character, so offsets found in the masked text are offsets in the original. Text reaches us from
 * the DOM, from Atlassian Document Format and from wiki markup; all three leave such noise behind.
 */

/** Written where a list marker or heading marker stood: an unconditional sentence break. */
export const HARD_BREAK = '\u2029';

const BLOCK_FENCES: ReadonlyArray<readonly [open: string, close: string]> = [
  ['{code', '{code}'],
  ['{noformat', '{noformat}'],
  ['```', '```'],
];

const INLINE_CODE = /`[^`\n]{0,200}`/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'|\]]*/gi;
const MARKUP = /[*_{}|~^[\]`]/g;
// A marker at the start of a line: bullets, numbers, wiki headings ("h2."), Markdown "#", quotes.
const LINE_MARKER = /(^|\n)([ \t]*)([-*#•◦▪+>]{1,8}|\d{1,3}[.)]|h[1-6]\.)(?=[ \t])/g;
// Whitespace-normalised exports put list markers and headings mid-line: "setup: * Ubuntu * Java".
const INLINE_MARKER = /(^|[ \t])([*#•]{1,3}|h[1-6]\.)(?=[ \t])/g;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function maskFences(text: string): string {
  const ranges: Array<[number, number]> = [];
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
      ranges.push([start, end + close.length]);
      from = end + close.length;
    }
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, stop] of ranges) {
    if (stop <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), blank(text.slice(from, stop)));
    at = stop;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function markerToBreak(_m: string, lead: string, space: string, marker: string): string {
  return lead + space + HARD_BREAK + ' '.repeat(marker.length - 1);
}

/** Same length as `text`; noise replaced by spaces, markers by `HARD_BREAK`. */
export function maskNoise(text: string): string {
  let out = maskFences(text);
  out = out.replace(INLINE_CODE, blank);
  out = out.replace(URL, blank);
  out = out.replace(LINE_MARKER, markerToBreak);
  out = out.replace(INLINE_MARKER, (_m, lead: string, marker: string) =>
    markerToBreak(_m, lead, '', marker),
  );
  return out.replace(MARKUP, ' ');
}
