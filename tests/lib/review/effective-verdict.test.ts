import { describe, expect, it } from 'vitest';
import { effectiveVerdict, isUnclear, verdictSource } from '@/lib/review/effective-verdict';
import { clearAnalysis, unclearAnalysis } from './fixtures';

describe('effectiveVerdict: the team decides, the analyzer stands in', () => {
  it.each([
    ['unclear', 'team', 'unclear', undefined],
    ['unclear', 'team', 'unclear', clearAnalysis],
    ['clear', 'team', 'clear', unclearAnalysis],
    ['unclear', 'analyzer', null, unclearAnalysis],
    ['clear', 'analyzer', null, clearAnalysis],
    ['undecided', 'none', null, undefined],
  ] as const)('%s (%s) for team %s and analysis %o', (expected, source, verdict, analysis) => {
    const judged = { verdict, analysis: analysis ? { ...analysis, flags: [...analysis.flags] } : undefined };
    expect(effectiveVerdict(judged)).toBe(expected);
    expect(verdictSource(judged)).toBe(source);
    expect(isUnclear(judged)).toBe(expected === 'unclear');
  });
});
