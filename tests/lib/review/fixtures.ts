import type { Answer } from '@/lib/storage/answer-schema';

export const SITE = 'https://acme.atlassian.net';
export const DC_SITE = 'https://jira.acme.com/jira';

/** An answer with sensible defaults; override what the test is about. */
export function answer(overrides: Partial<Answer> & { key: string }): Answer {
  return {
    version: 2,
    site: SITE,
    summary: `Summary of ${overrides.key}`,
    customer: '',
    benefit: '',
    evidence: '',
    note: '',
    verdict: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    fieldUpdatedAt: {},
    ...overrides,
  } as Answer;
}

export const unclearAnalysis = { verdict: 'unclear', score: 20, flags: ['no-customer', 'no-benefit'] } as const;
export const clearAnalysis = { verdict: 'clear', score: 90, flags: [] } as const;
