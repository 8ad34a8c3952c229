import { describe, expect, it } from 'vitest';
import { analyze, analyzedText } from '@/lib/analyzer';

const SIZE = 100_000;
/** Generous: real timings belong in `npm run bench`; this only catches runaway backtracking. */
const BUDGET_MS = 2_000;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

// A small seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['so that ', 'as a ', 'I want ', 'aby ', 'żeby ', 'chcę, ', 'Jako ', '{code}', '```', '* ', '- ',
  '# ', 'h2. ', 'Why:\n', 'http://', '`', '"', "'", ',', '.', '\n', '\n\n', '\u2029', '\uD83D', '\uDE00', 'ż', ' ', 'to improve '];

function randomText(next: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = next() < 0.5 ? PIECES[Math.floor(next() * PIECES.length)]! : String.fromCharCode(Math.floor(next() * 0xffff));
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

function timed(summary: string, description?: string): number {
  const started = performance.now();
  const a = analyze({ summary, description });
  const ms = performance.now() - started;
  const text = analyzedText({ summary, description });
  for (const span of [a.customer, a.benefit, a.evidence]) {
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(100);
  return ms;
}

describe('hostile 100 KB inputs', () => {
  it.each([
    ['no spaces', fill('abcdefghij')],
    ['thousands of "so that"', fill('so that ')],
    ['thousands of templates', fill('As a user, I want ')],
    ['deeply nested markers', fill('* - # > ')],
    ['unclosed code fences', fill('{code:java} x ')],
    ['quotes and backticks', fill('`"`\'"')],
    ['Polish purpose words', fill('chcę, aby żeby ')],
    ['heading lines', fill('Why:\nGoal\n')],
    ['URLs', fill('https://x.y/so-that?')],
    ['one endless sentence of purposes', fill('to improve to reduce to avoid ')],
    ['lone surrogates', fill('\uD800a\uDFFF')],
  ])('%s', (_name, text) => {
    expect(timed(text.slice(0, 300), text)).toBeLessThan(BUDGET_MS);
  });
});

describe('random strings', () => {
  it('never throws and stays fast', () => {
    const next = random(42);
    for (let round = 0; round < 200; round++) {
      const length = round % 20 === 0 ? SIZE : Math.floor(next() * 2_000);
      expect(timed(randomText(next, 80), randomText(next, length))).toBeLessThan(BUDGET_MS);
    }
  });

  it('accepts empty and odd inputs', () => {
    expect(() => analyze({ summary: '' })).not.toThrow();
    expect(() => analyze({ summary: '', description: '' })).not.toThrow();
    expect(() => analyze({ summary: '\n\n\n', labels: [], annotation: {} })).not.toThrow();
    expect(() => analyze({ summary: 'x', annotation: { customer: '  ', benefit: '!!', evidence: '' } })).not.toThrow();
  });
});
