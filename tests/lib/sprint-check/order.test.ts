import { describe, expect, it } from 'vitest';
import { compareKeys, countUnclear, mergeResults, orderResults } from '@/lib/sprint-check/order';
import type { CheckResult } from '@/lib/sprint-check/protocol';

const result = (key: string, verdict: 'clear' | 'unclear', flags: string[] = []): CheckResult => ({
  key, summary: `Summary of ${key}`, verdict, by: 'analyzer', flags,
});

describe('result order', () => {
  it('puts unclear first, the emptiest first, then by key in natural order', () => {
    const ordered = orderResults([
      result('SHOP-10', 'clear'),
      result('SHOP-9', 'unclear', ['no-evidence']),
      result('SHOP-2', 'clear'),
      result('ABC-3', 'unclear', ['no-evidence']),
      result('SHOP-11', 'unclear', ['no-customer', 'no-benefit', 'no-evidence']),
    ]);
    expect(ordered.map((r) => r.key)).toEqual(['SHOP-11', 'ABC-3', 'SHOP-9', 'SHOP-2', 'SHOP-10']);
  });

  it.each([
    [-1, 'SHOP-9', 'SHOP-10'],
    [1, 'SHOP-10', 'SHOP-9'],
    [-1, 'ABC-100', 'SHOP-1'],
    [0, 'A-1', 'A-1'],
  ])('compareKeys sign is %i for %s vs %s', (sign, a, b) => {
    expect(Math.sign(compareKeys(a, b))).toBe(sign);
  });

  it('merges pages, a repeated issue counted once with its later result', () => {
    const merged = mergeResults([result('A-1', 'clear'), result('A-2', 'unclear')], [result('A-2', 'clear'), result('A-3', 'unclear')]);
    expect(merged.map((r) => [r.key, r.verdict])).toEqual([['A-1', 'clear'], ['A-2', 'clear'], ['A-3', 'unclear']]);
    expect(countUnclear(merged)).toBe(1);
  });
});
