import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };
declare const axe: { run(context: unknown, options: object): Promise<{ violations: Violation[]; passes: unknown[] }> };

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's findings of serious or critical impact, as lines a person can act on. */
async function seriousFindings(page: Page, include?: string): Promise<string[]> {
  // Evaluated, not injected as a <script>: extension pages' CSP allows no inline scripts.
  await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(
    ([selector]) => axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] }),
    [include] as const,
  );
  expect(passes.length, 'axe checked something').toBeGreaterThan(10); // e.g. the shadow root was reached
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)} ${node.html}\n  ${node.failureSummary ?? ''}`));
}

/** A retro session and answers, so the review and retro sections have everything they can show. */
function seed(origin: string): Record<string, unknown> {
  const now = Date.now();
  const answer = (key: string, fields: object) => ({
    version: 2, site: origin, key, summary: `Summary of ${key}`, customer: '', benefit: '', evidence: '', note: '', verdict: null,
    createdAt: now, updatedAt: now, fieldUpdatedAt: {}, ...fields,
  });
  const answers = [
    answer('SHOP-1', { customer: 'Returning shoppers', benefit: 'Pay in one step', verdict: 'clear' }),
    answer('SHOP-4', { analysis: { verdict: 'unclear', score: 10, flags: ['internal-only', 'no-evidence'] } }),
  ];
  return {
    ...Object.fromEntries(answers.map((a) => [`answer:${a.site}|${a.key}`, a])),
    retroSessions: {
      version: 1,
      sessions: [{ id: 'a11y', date: '2025-02-07', teamName: 'Kasa', createdAt: 1, updatedAt: 1, healthCheck: [{ up: 3, down: 1, comment: '' }, { up: 2, down: 2, comment: '' }, { up: 1, down: 3, comment: '' }], openAnswers: ['', '', '', ''], actionItems: [{ text: 'Call two customers', owner: 'Ola', done: false }] }],
    },
    retroTicketShares: { a11y: { checked: 2, clear: 1 } },
    sites: [{ kind: 'confluence', origin, contextPath: '/wiki', base: `${origin}/wiki`, addedAt: 1 }],
  };
}

describe.each(['light', 'dark'] as const)('accessibility (axe-core), %s', (scheme) => {
  let harness: Harness;
  const extensionPage = (path: string): string => `chrome-extension://${harness.extensionId}/${path}`;

  async function open(path: string): Promise<Page> {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    return page;
  }

  beforeAll(async () => {
    harness = await launchHarness();
    const probe = await harness.context.newPage();
    await probe.goto(extensionPage('options.html'));
    await probe.evaluate((items) => chrome.storage.local.set(items), seed(harness.demo.origin));
    await probe.close();
  });
  afterAll(async () => harness?.close());

  it('the panel on a Jira Cloud issue, following Jira’s theme', async () => {
    const page = await open(`${harness.demo.origin}/browse/SHOP-2`);
    await page.evaluate((mode) => (document.documentElement.dataset.colorMode = mode), scheme);
    await page.locator(PANEL).waitFor();
    await page.locator('[data-testid="analysis"]').waitFor();
    await expect.poll(() => page.locator('customer-benefit-panel').getAttribute('data-theme')).toBe(scheme);
    if (scheme === 'dark') await screenshot(page, 'panel-dark');
    expect(await seriousFindings(page, 'customer-benefit-panel')).toEqual([]);
    await page.close();
  });

  it('the popup', async () => {
    const page = await open(extensionPage('popup.html'));
    await expect.poll(() => page.getByTestId('popup').getAttribute('aria-busy')).toBe('false');
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('the review page: the ticket table', async () => {
    const page = await open(extensionPage('review.html'));
    await page.locator('table.tickets tbody tr').first().waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('the review page: the retro with an open session and the Confluence form', async () => {
    const page = await open(extensionPage('review.html#retro'));
    await page.getByTestId('session-item').locator('.link-button').first().click();
    await page.getByTestId('confluence-publish-open').click();
    await page.getByTestId('confluence-publish-create').click(); // no space key: the error is shown too
    await page.getByTestId('confluence-publish-status').filter({ hasText: 'space' }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('the options page', async () => {
    const page = await open(extensionPage('options.html'));
    await page.getByTestId('language-select').waitFor();
    await page.getByTestId('sync-usage').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});
