import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/lib/analyzer';
import type { JiraIssue } from '@/lib/jira-rest/issue';
import { toTicketRows } from '@/lib/review/ticket-row';
import { saveCheckedPage } from '@/lib/sprint-check/check-records';
import { answerStorageKey, getAnswer, listAnswers, saveAnswer } from '@/lib/storage/answers';

const SITE = 'https://acme.atlassian.net';
const NOW = 1_736_000_000_000;

function issue(key: string, summary: string, descriptionText = ''): JiraIssue {
  return { key, summary, descriptionText, descriptionFormat: 'plain', issueType: 'Story', labels: [], status: 'To Do' };
}

const VAGUE = issue('SHOP-2', 'Improve the checkout page', 'Rework the checkout page so that it is better.');
const CLEAR = issue(
  'SHOP-1',
  'Save a card for one-step checkout',
  'As a returning shopper I want to save my card so that I can check out in one step. Completion rises from 61% to 70%.',
);

describe('saveCheckedPage', () => {
  it('stores each issue as an analyzer-only answer, in one write, listed by the review page', async () => {
    let sets = 0;
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = ((items: Record<string, unknown>) => (sets++, set(items))) as typeof set;
    const results = await saveCheckedPage(SITE, [VAGUE, CLEAR], analyze, NOW);
    expect(sets).toBe(1);
    expect(results).toEqual([
      { key: 'SHOP-2', summary: 'Improve the checkout page', verdict: 'unclear', by: 'analyzer', flags: expect.arrayContaining(['no-evidence']) },
      { key: 'SHOP-1', summary: 'Save a card for one-step checkout', verdict: 'clear', by: 'analyzer', flags: expect.any(Array) },
    ]);
    const stored = await getAnswer({ site: SITE, key: 'SHOP-2' });
    expect(stored).toMatchObject({ verdict: null, customer: '', fieldUpdatedAt: {}, analysis: { verdict: 'unclear' }, updatedAt: NOW });
    const rows = toTicketRows(await listAnswers());
    expect(rows.find((row) => row.key === 'SHOP-2')).toMatchObject({ verdict: 'unclear', source: 'analyzer' });
  });

  it('keeps the team’s answer and verdict: the team wins, and its words count in the analysis', async () => {
    await saveAnswer({ site: SITE, key: 'SHOP-2' }, { verdict: 'clear', customer: 'Shoppers on mobile' }, { now: NOW - 1_000 });
    const [result] = await saveCheckedPage(SITE, [VAGUE], analyze, NOW);
    expect(result).toMatchObject({ verdict: 'clear', by: 'team' });
    const stored = (await getAnswer({ site: SITE, key: 'SHOP-2' }))!;
    expect(stored).toMatchObject({ verdict: 'clear', customer: 'Shoppers on mobile' });
    expect(stored.analysis!.flags).not.toContain('no-customer');
    expect(stored.fieldUpdatedAt.verdict).toBe(NOW - 1_000);
  });

  it('writes nothing when a check finds what is stored already', async () => {
    await saveCheckedPage(SITE, [VAGUE], analyze, NOW);
    let sets = 0;
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = ((items: Record<string, unknown>) => (sets++, set(items))) as typeof set;
    await saveCheckedPage(SITE, [VAGUE], analyze, NOW + 60_000);
    expect(sets).toBe(0);
    expect((await getAnswer({ site: SITE, key: 'SHOP-2' }))!.updatedAt).toBe(NOW);
  });

  it('leaves a newer build’s record alone but still reports the issue', async () => {
    const key = answerStorageKey({ site: SITE, key: 'SHOP-2' });
    const future = { version: 99, site: SITE, key: 'SHOP-2', whatever: true };
    await fakeBrowser.storage.local.set({ [key]: future });
    const results = await saveCheckedPage(SITE, [VAGUE], analyze, NOW);
    expect(results).toHaveLength(1);
    expect((await fakeBrowser.storage.local.get(key))[key]).toEqual(future);
  });
});
