import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { set(items: object): Promise<void> } };
};

/** Other answers, as the panel stores them, so the review and the chart have something to show. */
function seedAnswers(origin: string): Record<string, unknown> {
  const day = 86_400_000;
  const now = Date.now();
  const make = (key: string, summary: string, fields: Record<string, unknown>, age: number) => ({
    version: 2, site: origin, key, summary, customer: '', benefit: '', evidence: '', note: '', verdict: null,
    createdAt: now - age * day, updatedAt: now - age * day, fieldUpdatedAt: {}, ...fields,
  });
  const answers = [
    make('SHOP-1', 'Save a card for one-step checkout', { customer: 'Returning shoppers on mobile', benefit: 'Check out in one step instead of retyping the card', evidence: 'Mobile checkout completion 61% → 70%', verdict: 'clear' }, 2),
    make('SHOP-3', 'Customers cannot pay with Apple Pay on iOS 18', { customer: 'iPhone customers', benefit: 'They can pay again', analysis: { verdict: 'clear', score: 80, flags: ['no-evidence'] } }, 3),
    make('SHOP-4', 'Refactor the cart service', { analysis: { verdict: 'unclear', score: 10, flags: ['internal-only', 'no-evidence'] } }, 5),
    make('PAY-7', 'Faktury w PDF dla firm', { customer: 'Klienci firmowi', benefit: 'Księgowość dostaje fakturę bez proszenia o nią', verdict: 'clear' }, 6),
  ];
  return Object.fromEntries(answers.map((a) => [`answer:${a.site}|${a.key}`, a]));
}

/** Two earlier retros (lib/storage/retro-schema.ts) and their ticket shares, so the chart shows a trend. */
function seedSessions(): Record<string, unknown> {
  const session = (id: string, date: string, votes: [number, number][], createdAt: number) => ({
    id, date, teamName: 'Kasa', createdAt, updatedAt: createdAt,
    healthCheck: votes.map(([up, down]) => ({ up, down, comment: '' })),
    openAnswers: ['', '', '', ''], actionItems: [],
  });
  return {
    retroSessions: {
      version: 1,
      sessions: [
        session('earlier-1', '2025-01-10', [[2, 3], [3, 2], [1, 4]], 1),
        session('earlier-2', '2025-01-24', [[3, 2], [4, 1], [1, 4]], 2),
      ],
    },
    retroTicketShares: { 'earlier-1': { checked: 10, clear: 4 }, 'earlier-2': { checked: 12, clear: 6 } },
  };
}

describe('popup and review page', () => {
  let harness: Harness;
  let jira: Page;
  let jiraTabId: number;
  const extensionPage = (path: string): string => `chrome-extension://${harness.extensionId}/${path}`;

  beforeAll(async () => {
    harness = await launchHarness();
    jira = await harness.open('/browse/SHOP-2');
    await jira.locator(PANEL).waitFor();
    // The team marks the ticket unclear in the panel.
    await jira.locator('[data-testid="verdict-unclear"]').check();
    await jira.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    const probe = await harness.context.newPage();
    await probe.goto(extensionPage('review.html'));
    await probe.evaluate((items) => chrome.storage.local.set(items), { ...seedAnswers(harness.demo.origin), ...seedSessions() });
    const tabs = await probe.evaluate(() => chrome.tabs.query({}));
    jiraTabId = tabs.find((tab) => tab.url?.endsWith('/browse/SHOP-2'))!.id;
    await probe.close();
  });
  afterAll(async () => harness?.close());

  it('the popup shows the tab’s issue as unclear, with the prompts, the counts and the latest unclear tickets', async () => {
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 380, height: 1220 }); // the whole popup in the screenshot; Chrome scrolls it at 600 px
    // Opened in a tab, the popup's "active tab" would be itself: ?tab= names the Jira tab.
    await popup.goto(extensionPage(`popup.html?tab=${jiraTabId}`));
    await expect.poll(() => popup.getByTestId('popup-issue-key').textContent()).toBe('SHOP-2');
    expect(await popup.getByTestId('popup-issue-summary').textContent()).toBe('Improve the checkout page');
    await expect.poll(() => popup.getByTestId('popup-verdict').getAttribute('data-verdict')).toBe('unclear');
    expect(await popup.getByTestId('verdict-unclear').isChecked()).toBe(true);
    expect(await popup.getByTestId('counts-site-unclear').textContent()).toBe('2');
    expect(await popup.getByTestId('popup-unclear').textContent()).toContain('SHOP-2');
    await popup.getByTestId('popup-analysis').waitFor();
    await screenshot(popup, 'popup');
    await popup.close();
  });

  it('the badge shows the issue’s state, and the toggle message hides and shows the panel', async () => {
    const page = await harness.context.newPage();
    await page.goto(extensionPage('popup.html'));
    await expect.poll(() => page.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), jiraTabId)).toBe('?');
    const toggle = (): Promise<unknown> => page.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'cbc:toggle-panel' }), jiraTabId);
    expect(await toggle()).toEqual({ visible: false });
    await expect.poll(() => jira.locator(PANEL).isVisible()).toBe(false);
    expect(await toggle()).toEqual({ visible: true });
    await expect.poll(() => jira.locator(PANEL).isVisible()).toBe(true);
    await page.close();
  });

  it('the review page lists the unclear ticket first and filters', async () => {
    const review = await harness.context.newPage();
    await review.goto(extensionPage('review.html'));
    const rows = review.getByTestId('ticket-row');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.nth(0).getAttribute('data-key')).toBe('SHOP-2');
    expect(await rows.nth(0).getAttribute('data-verdict')).toBe('unclear');
    await review.getByTestId('filter-text').fill('faktury');
    await expect.poll(() => rows.count()).toBe(1);
    await review.getByTestId('filter-reset').click();
    await expect.poll(() => rows.count()).toBe(5);
    await screenshot(review, 'review');
    await review.close();
  });

  it('records a health check with question 3 pre-filled, and exports it', async () => {
    const review = await harness.context.newPage();
    await review.setViewportSize({ width: 1280, height: 1900 });
    await review.goto(extensionPage('review.html#retro'));
    await review.getByTestId('session-team').fill('Kasa');
    await review.getByTestId('session-start').click();
    await review.getByTestId('retro-session').waitFor();
    expect(await review.getByTestId('question-3').inputValue()).toContain('SHOP-2 Improve the checkout page');
    for (const [statement, up, down] of [[1, 4, 1], [2, 5, 0], [3, 2, 3]] as const) {
      for (let i = 0; i < up; i++) await review.getByTestId(`statement-${statement}-up-plus`).click();
      for (let i = 0; i < down; i++) await review.getByTestId(`statement-${statement}-down-plus`).click();
    }
    await review.getByTestId('statement-3-comment').fill('Refactoring tickets rarely name a customer');
    await review.getByTestId('question-1').fill('Support tickets, a quarterly customer call');
    await review.getByTestId('action-add').click();
    await review.getByTestId('action-1-text').fill('Add “who benefits” to the refinement checklist');
    await review.getByTestId('action-1-owner').fill('Łucja');
    await review.locator('[data-testid="retro-session"] [data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    expect(await review.getByTestId('statement-1-share').textContent()).toContain('80 %');
    await expect.poll(() => review.getByTestId('session-item').count()).toBe(3);

    const [markdown] = await Promise.all([review.waitForEvent('download'), review.getByTestId('export-session-markdown').click()]);
    const text = readFileSync((await markdown.path())!, 'utf8');
    expect(text).toContain('| As a team, we have a direct dialogue with our customers. | 4 | 1 | 80 % |');
    expect(text).toContain('SHOP-2 Improve the checkout page');
    expect(text).toContain('Łucja');
    const [csv] = await Promise.all([review.waitForEvent('download'), review.getByTestId('export-session-csv').click()]);
    expect(readFileSync((await csv.path())!, 'utf8').charCodeAt(0)).toBe(0xfeff);
    const [storage] = await Promise.all([review.waitForEvent('download'), review.getByTestId('export-session-confluence').click()]);
    expect(readFileSync((await storage.path())!, 'utf8')).toContain('<ac:parameter ac:name="key">SHOP-2</ac:parameter>');

    await review.getByTestId('trend-chart').waitFor();
    await screenshot(review, 'retro');
    await review.close();
  });
});
