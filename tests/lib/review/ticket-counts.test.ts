import { describe, expect, it } from 'vitest';
import { clearShare, countTickets, latestUnclear } from '@/lib/review/ticket-counts';
import { toTicketRows } from '@/lib/review/ticket-row';
import { DC_SITE, SITE, answer, clearAnalysis, unclearAnalysis } from './fixtures';

const answers = [
  answer({ key: 'A-1', verdict: 'unclear', updatedAt: 3 }),
  answer({ key: 'A-2', analysis: { ...unclearAnalysis, flags: [] }, updatedAt: 5 }),
  answer({ key: 'A-3', verdict: 'clear', analysis: { ...unclearAnalysis, flags: [] }, updatedAt: 9 }),
  answer({ key: 'B-1', site: DC_SITE, verdict: 'unclear', updatedAt: 7 }),
  answer({ key: 'B-2', site: DC_SITE, customer: 'Ops', updatedAt: 1 }),
  answer({ key: 'B-3', site: DC_SITE, analysis: { ...clearAnalysis, flags: [] }, updatedAt: 2 }),
  answer({ key: 'C-1' }),
];

describe('ticket counts', () => {
  it('counts answered and unclear per site and over all', () => {
    const counts = countTickets(answers);
    expect(counts.all).toEqual({ answered: 6, unclear: 3 });
    expect(counts.bySite.get(SITE)).toEqual({ answered: 3, unclear: 2 });
    expect(counts.bySite.get(DC_SITE)).toEqual({ answered: 3, unclear: 1 });
  });

  it('lists the latest unclear tickets, newest first, optionally of one site', () => {
    expect(latestUnclear(answers, 2).map((a) => a.key)).toEqual(['B-1', 'A-2']);
    expect(latestUnclear(answers, 5, SITE).map((a) => a.key)).toEqual(['A-2', 'A-1']);
  });

  it('gives the share of judged tickets that are clear', () => {
    expect(clearShare(toTicketRows(answers))).toEqual({ checked: 5, clear: 2 });
  });
});
