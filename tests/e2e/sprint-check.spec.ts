import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ISSUES } from '../../demo/issues';
import { createJiraRestMock } from '../../demo/jira-rest-mock';
import { type Harness, launchHarness, screenshot } from './harness';

declare const chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };

/**
 * 250 generated Cloud issues (BENCH-1…, every third without a stated benefit), slow enough that the
 * progress can be seen; it answers only searches for BENCH, the demo's own mock answers the rest.
 */
const bench = createJiraRestMock({ flavour: 'cloud', generate: 250, latencyMs: 800, fixtures: false });
function benchOnly(req: IncomingMessage, res: ServerResponse): boolean {
  return /BENCH/.test(decodeURIComponent(req.url ?? '')) ? bench(req, res) : false;
}

const BOARD = '/jira/software/c/projects/SHOP/boards/1';
/** The demo's Cloud project; the mock ignores `sprint in openSprints()`, so the sprint is all of it. */
const SHOP = DEMO_ISSUES.filter((issue) => issue.key.startsWith('SHOP-')).length;

describe('check a whole sprint from the popup', () => {
  let harness: Harness;
  let boardTabId: number;
  let popup: Page;
  const extensionPage = (path: string): string => `chrome-extension://${harness.extensionId}/${path}`;

  beforeAll(async () => {
    harness = await launchHarness({ extra: [benchOnly] });
    const board = await harness.open(BOARD);
    await board.locator('#jira-frontend').waitFor();
    popup = await harness.context.newPage();
    await popup.goto(extensionPage('review.html'));
    const tabs = await popup.evaluate(() => chrome.tabs.query({}));
    boardTabId = tabs.find((tab) => tab.url?.endsWith(BOARD))!.id;
    await popup.setViewportSize({ width: 380, height: 900 });
    // Opened in a tab, the popup's "active tab" would be itself: ?tab= names the board's tab.
    await popup.goto(extensionPage(`popup.html?tab=${boardTabId}`));
  });
  afterAll(async () => harness?.close());

  const progressText = (): Promise<string | null> => popup.getByTestId('sprint-check-progress-text').textContent();

  it('checks the board’s open sprint: progress to N of N, unclear first, each linked to its issue', async () => {
    const jql = popup.getByTestId('sprint-check-jql');
    await expect.poll(() => jql.inputValue()).toBe('project = "SHOP" AND sprint in openSprints() ORDER BY Rank ASC');
    expect(await popup.getByTestId('sprint-check-suggestion').locator('option:checked').textContent()).toBe('Open sprint of SHOP');
    await popup.getByTestId('sprint-check-start').click();
    await expect.poll(progressText).toMatch(new RegExp(`^${SHOP} of ${SHOP} checked\\. Done\\. Unclear: \\d of ${SHOP}\\.$`));

    const results = popup.getByTestId('sprint-check-result');
    const verdicts = await results.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.verdict));
    expect(verdicts).toHaveLength(SHOP);
    expect(verdicts.indexOf('clear')).toBeGreaterThan(0);
    expect(verdicts.slice(verdicts.indexOf('clear'))).not.toContain('unclear'); // unclear first
    const first = results.first();
    expect(await first.locator('a').getAttribute('href')).toMatch(new RegExp(`^${harness.demo.origin}/browse/SHOP-\\d+$`));
    expect(await popup.getByRole('progressbar').getAttribute('value')).toBe(String(SHOP));
    await screenshot(popup, 'sprint-check');
  });

  it('the review page lists the unclear tickets nobody has answered yet, by the analyzer', async () => {
    const unclear = await popup
      .locator('[data-testid="sprint-check-result"][data-verdict="unclear"]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.key));
    expect(unclear.length).toBeGreaterThan(0);
    const review = await harness.context.newPage();
    await review.goto(extensionPage('review.html'));
    const rows = review.getByTestId('ticket-row');
    await expect.poll(() => rows.count()).toBe(SHOP);
    for (const key of unclear) {
      const row = review.locator(`[data-testid="ticket-row"][data-key="${key}"]`);
      expect(await row.getAttribute('data-verdict')).toBe('unclear');
      expect(await row.textContent()).toContain('by the analyzer');
    }
    await review.close();
  });

  it('250 issues: "n checked so far" while Cloud has no total, then N of N; a second run can be cancelled', async () => {
    await popup.bringToFront(); // a tab in the background gets no animation frames, and Playwright waits for them
    await popup.getByTestId('sprint-check-jql').fill('project = BENCH ORDER BY key ASC');
    expect(await popup.getByTestId('sprint-check-suggestion').inputValue()).toBe('custom');
    await popup.getByTestId('sprint-check-start').click();
    await expect.poll(progressText, { timeout: 5_000 }).toBe('100 checked so far. Checking…');
    expect(await popup.getByRole('progressbar').getAttribute('value')).toBeNull(); // indeterminate
    await expect.poll(progressText, { timeout: 10_000 }).toBe('250 of 250 checked. Done. Unclear: 83 of 250.');
    expect(await popup.getByTestId('sprint-check-result').count()).toBe(50);
    expect(await popup.getByTestId('sprint-check-result').first().getAttribute('data-verdict')).toBe('unclear');
    // Only search/jql with explicit fields: the legacy search (410 on Cloud) is never asked.
    const searches = bench.requests.filter((r) => r.path.includes('/search'));
    expect(new Set(searches.map((r) => r.path))).toEqual(new Set(['/rest/api/3/search/jql']));
    expect(searches[0]!.query.fields).toBe('summary,description,issuetype,labels,status');

    await popup.getByTestId('sprint-check-start').click();
    await expect.poll(progressText, { timeout: 5_000 }).toBe('100 checked so far. Checking…');
    await popup.getByTestId('sprint-check-cancel').click();
    await expect.poll(() => popup.getByTestId('sprint-check-progress').getAttribute('data-status'), { timeout: 3_000 }).toBe('cancelled');
    expect(await progressText()).toMatch(/checked so far\. Cancelled\. What was checked so far is saved\.$/);
  });
});
