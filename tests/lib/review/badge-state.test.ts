import { describe, expect, it } from 'vitest';
import { type BadgeTexts, badgeFor } from '@/lib/background/badge-state';
import { DC_SITE, SITE, answer, unclearAnalysis } from './fixtures';

const texts: BadgeTexts = { name: 'CBC', issue: (key, verdict) => `${key} ${verdict}`, unclearCount: (n) => `${n} unclear` };
const answers = [
  answer({ key: 'A-1', verdict: 'unclear' }),
  answer({ key: 'A-2', analysis: { ...unclearAnalysis, flags: [] } }),
  answer({ key: 'A-3', verdict: 'clear' }),
  answer({ key: 'B-1', site: DC_SITE, verdict: 'unclear' }),
];
const issue = (key: string) => ({ key, summary: null, url: '', description: null, issueType: null, labels: [] });

describe('badgeFor', () => {
  it.each([
    ['?', 'CBC: A-1 unclear', { site: SITE, issue: issue('A-1') }],
    ['?', 'CBC: A-2 unclear', { site: SITE, issue: issue('A-2') }],
    ['✓', 'CBC: A-3 clear', { site: SITE, issue: issue('A-3') }],
    ['–', 'CBC: A-9 undecided', { site: SITE, issue: issue('A-9') }],
    ['–', 'CBC: A-1 undecided', { site: DC_SITE, issue: issue('A-1') }],
    ['2', 'CBC: 2 unclear', { site: SITE, issue: null }],
    ['1', 'CBC: 1 unclear', { site: DC_SITE, issue: null }],
    ['', 'CBC: 0 unclear', { site: 'https://other.atlassian.net', issue: null }],
    ['', 'CBC', null],
  ] as const)('shows %j (%s)', (text, title, page) => {
    const state = badgeFor(page, answers, texts);
    expect(state.text).toBe(text);
    expect(state.title).toBe(title);
  });
});
