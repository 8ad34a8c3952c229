import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, EMPTY_FILTER, filterChoices, queryTickets } from '@/lib/review/ticket-query';
import { foldText, issueUrl, toTicketRows } from '@/lib/review/ticket-row';
import { DC_SITE, SITE, answer, clearAnalysis, unclearAnalysis } from './fixtures';

const day = (iso: string): number => new Date(`${iso}T12:00:00`).getTime();

const rows = toTicketRows([
  answer({ key: 'SHOP-10', verdict: 'clear', customer: 'Returning shoppers', updatedAt: day('2025-03-01') }),
  answer({ key: 'SHOP-9', analysis: { ...unclearAnalysis, flags: [...unclearAnalysis.flags] }, updatedAt: day('2025-03-02') }),
  answer({ key: 'PAY-2', site: DC_SITE, verdict: 'unclear', summary: 'Żółta ścieżka płatności', updatedAt: day('2025-03-05') }),
  answer({ key: 'PAY-1', site: DC_SITE, analysis: { ...clearAnalysis, flags: [] }, benefit: 'Pay in one step', updatedAt: day('2025-03-04') }),
  answer({ key: 'SHOP-1', customer: 'Support team', updatedAt: day('2025-02-20') }),
  answer({ key: 'SHOP-99' }), // nothing answered, nothing checked: not listed
]);
const keys = (list: { key: string }[]): string[] => list.map((row) => row.key);

describe('review rows', () => {
  it('lists answered or checked tickets only, linked to their site', () => {
    expect(keys(rows).sort()).toEqual(['PAY-1', 'PAY-2', 'SHOP-1', 'SHOP-10', 'SHOP-9']);
    expect(issueUrl(DC_SITE, 'PAY-2')).toBe('https://jira.acme.com/jira/browse/PAY-2');
  });

  it('folds case and Polish diacritics for search', () => {
    expect(foldText('Żółta ŚCIEŻKA łąka')).toBe('zolta sciezka laka');
  });
});

describe('queryTickets', () => {
  it('puts unclear tickets first, then newest first by default', () => {
    expect(keys(queryTickets(rows, EMPTY_FILTER, DEFAULT_SORT))).toEqual(['PAY-2', 'SHOP-9', 'PAY-1', 'SHOP-10', 'SHOP-1']);
  });

  it('sorts keys naturally (SHOP-9 before SHOP-10) in both directions', () => {
    const sort = { column: 'key', direction: 'asc', unclearFirst: false } as const;
    expect(keys(queryTickets(rows, EMPTY_FILTER, sort))).toEqual(['PAY-1', 'PAY-2', 'SHOP-1', 'SHOP-9', 'SHOP-10']);
    expect(keys(queryTickets(rows, EMPTY_FILTER, { ...sort, direction: 'desc' }))).toEqual(['SHOP-10', 'SHOP-9', 'SHOP-1', 'PAY-2', 'PAY-1']);
  });

  it.each([
    [{ site: DC_SITE }, ['PAY-2', 'PAY-1']],
    [{ project: 'SHOP' }, ['SHOP-9', 'SHOP-10', 'SHOP-1']],
    [{ verdict: 'unclear' }, ['PAY-2', 'SHOP-9']],
    [{ verdict: 'undecided' }, ['SHOP-1']],
    [{ from: '2025-03-02', to: '2025-03-04' }, ['SHOP-9', 'PAY-1']],
    [{ text: 'zolta' }, ['PAY-2']],
    [{ text: 'support   TEAM' }, ['SHOP-1']],
    [{ text: 'shop-1' }, ['SHOP-10', 'SHOP-1']],
    [{ text: 'no-customer' }, ['SHOP-9']],
    [{ site: SITE, verdict: 'clear' }, ['SHOP-10']],
  ] as const)('filters by %o', (patch, expected) => {
    expect(keys(queryTickets(rows, { ...EMPTY_FILTER, ...patch }, DEFAULT_SORT))).toEqual(expected);
  });

  it('offers the sites and projects present', () => {
    expect(filterChoices(rows)).toEqual({ sites: [SITE, DC_SITE], projects: ['PAY', 'SHOP'] });
  });
});
