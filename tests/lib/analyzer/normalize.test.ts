import { describe, expect, it } from 'vitest';
import { HARD_BREAK, maskNoise } from '@/lib/analyzer/normalize';
import { tokenize } from '@/lib/analyzer/tokens';

describe('maskNoise', () => {
  it.each([
    ['{code}so that x{code} after', ['so that', 'x'], ['after']],
    ['```\nin order to\n``` after', ['in order'], ['after']],
    ['see https://example.com/so-that now', ['example', 'so-that'], ['see', 'now']],
    ['run `aby` here', ['aby'], ['run', 'here']],
  ])('masks %j', (text, gone, kept) => {
    const masked = maskNoise(text);
    expect(masked).toHaveLength(text.length);
    for (const word of gone) expect(masked).not.toContain(word);
    for (const word of kept) expect(masked).toContain(word);
  });

  it('leaves an unclosed fence alone', () => {
    expect(maskNoise('{code} so that it works')).toContain('so that it works');
  });

  it('turns list and heading markers into sentence breaks', () => {
    const masked = maskNoise('h2. Why\n* first\n- second\n1. third\nsetup: * one * two');
    expect(masked.split(HARD_BREAK)).toHaveLength(7);
  });
});

describe('tokenize', () => {
  it('keeps apostrophes inside words and splits sentences', () => {
    const { tokens, sentences } = tokenize("I'd like it. Don't stop!\n\nNext");
    expect(tokens.map((t) => t.w)).toEqual(["i'd", 'like', 'it', '.', "don't", 'stop', '!', 'next']);
    expect(sentences).toHaveLength(3);
  });

  it('joins hard-wrapped lines but not list lines', () => {
    expect(tokenize('I want it so\nthat we ship').sentences).toHaveLength(1);
    expect(tokenize('First item\nSecond item').sentences).toHaveLength(2);
  });

  it('does not end a sentence inside a version number', () => {
    expect(tokenize('Upgrade to 3.5 now').sentences).toHaveLength(1);
  });
});

describe('HTML tags in ticket text', () => {
  it('are masked like other markup, keeping offsets', () => {
    const text = 'As a buyer <b onmouseover="x()">I want</b> receipts so that <i>I can</i> claim VAT.';
    const masked = maskNoise(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('<b');
    expect(masked).not.toContain('</i>');
    expect(masked).toContain('I want');
  });

  it('stays linear on a flood of angle brackets', () => {
    const flood = '<a'.repeat(50_000) + '<b x'.repeat(10_000);
    const started = performance.now();
    expect(maskNoise(flood)).toHaveLength(flood.length);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
