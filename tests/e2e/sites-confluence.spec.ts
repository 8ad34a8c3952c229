import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoJira, startDemoJira } from '../../demo/server';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

const CHIP = 'cbc-benefit-chip [data-testid="benefit-chip"]';
const SPRINT_REVIEW = '/wiki/spaces/SHOP/pages/123/Sprint+review';

async function answer(page: Page, fields: { customer: string; benefit: string; verdict: 'clear' | 'unclear' }): Promise<void> {
  await page.locator(PANEL).waitFor();
  await page.locator('[data-testid="prompt-customer"]').fill(fields.customer);
  await page.locator('[data-testid="prompt-benefit"]').fill(fields.benefit);
  await page.locator(`[data-testid="verdict-${fields.verdict}"]`).check();
  await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
}

async function chipStates(page: Page): Promise<Record<string, string | null>> {
  const chips = page.locator(CHIP);
  const states: Record<string, string | null> = {};
  for (const chip of await chips.all()) states[(await chip.getAttribute('data-key'))!] = await chip.getAttribute('data-state');
  return states;
}

/** Jira's `serverInfo`, which the options page asks after adding a Jira site. */
function serverInfo(req: IncomingMessage, res: ServerResponse): boolean {
  if (!req.url?.startsWith('/jira/rest/api/2/serverInfo')) return false;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ baseUrl: `http://${req.headers.host}/jira`, version: '10.3.1', serverTitle: 'Demo Jira' }));
  return true;
}

describe('Confluence chips and added sites', () => {
  let harness: Harness;
  let second: DemoJira | null = null;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => {
    await second?.close();
    await harness?.close();
  });

  it('gives every Jira reference on a Confluence page a chip with the stored verdict', async () => {
    const one = await harness.open('/browse/SHOP-1');
    await answer(one, { customer: 'Returning shoppers', benefit: 'They pay in one step', verdict: 'clear' });
    await one.close();
    const two = await harness.open('/browse/SHOP-2');
    await answer(two, { customer: 'Users', benefit: 'Better card form', verdict: 'unclear' });
    await two.close();

    const page = await harness.open(SPRINT_REVIEW);
    await expect.poll(() => page.locator(CHIP).count()).toBe(5);
    expect(await chipStates(page)).toEqual({
      'SHOP-1': 'clear', // the Jira issue macro
      'SHOP-2': 'unclear', // a relative /browse/ link
      'SHOP-3': 'unchecked', // a smart link: one chip, not one for the card and one for its inner link
      'SHOP-4': 'unchecked', // an absolute link, never answered
      'SHOP-5': 'unchecked', // a macro with a key only
    });
    const clear = page.locator(`${CHIP}[data-key="SHOP-1"]`);
    expect(await clear.getAttribute('title')).toBe('SHOP-1: the customer benefit is clear\nCustomer: Returning shoppers\nBenefit: They pay in one step');
    expect(await clear.getAttribute('aria-label')).toContain('Customer: Returning shoppers');
    expect(await clear.textContent()).toBe('✓Clear');
    const unclear = page.locator(`${CHIP}[data-key="SHOP-2"]`);
    expect(await unclear.textContent()).toBe('?Unclear');
    expect(await unclear.getAttribute('title')).toContain('Customer: Users');
    expect(await page.locator(`${CHIP}[data-key="SHOP-4"]`).getAttribute('title')).toBe('SHOP-4: the customer benefit has not been checked yet');
    // Chips sit after the reference as our own element; Confluence's nodes are unchanged.
    expect(await page.locator('[data-jira-key="SHOP-1"] cbc-benefit-chip').count()).toBe(0);
    expect(await page.locator('[data-jira-key="SHOP-1"] + cbc-benefit-chip').count()).toBe(1);
    expect(await page.locator('[data-testid="comment-editor"] cbc-benefit-chip').count()).toBe(0);
    await screenshot(page, 'confluence-chips');

    // An answer changed elsewhere reaches the open page.
    const again = await harness.open('/browse/SHOP-2');
    await again.locator(PANEL).waitFor();
    await again.locator('[data-testid="verdict-clear"]').check();
    await again.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    await again.close();
    await expect.poll(async () => (await chipStates(page))['SHOP-2']).toBe('clear');

    // Confluence opens its editor in the page: every chip goes.
    await page.click('[data-testid="edit-page"]');
    await page.locator('[data-testid="confluence-editor"]').waitFor();
    await expect.poll(() => page.locator('cbc-benefit-chip').count()).toBe(0);
    await page.close();
  });

  it('puts no chips in the editor', async () => {
    const page = await harness.open('/wiki/spaces/SHOP/pages/edit-v2/123');
    await page.locator('[data-testid="confluence-editor"]').waitFor();
    // The view page gets its chips well within this time (see above); the editor must stay clean.
    await page.waitForTimeout(1_500);
    expect(await page.locator('cbc-benefit-chip').count()).toBe(0);
    await page.close();
  });

  it('stops at 500 chips on a page with more references', async () => {
    const page = await harness.open('/wiki/spaces/SHOP/pages/200/Release+notes');
    await expect.poll(() => page.locator('cbc-benefit-chip').count(), { timeout: 10_000 }).toBe(500);
    await page.waitForTimeout(500);
    expect(await page.locator('cbc-benefit-chip').count()).toBe(500);
    await page.close();
  });

  it('adds a self-hosted Jira on another origin from the options page and shows the panel there', async () => {
    // 127.0.0.2 is loopback on Linux and no content script of the demo build matches it: only adding
    // the site registers one. Its host permission is pre-granted (wxt.config.ts DEMO_PREGRANTED)
    // because headless Chromium cannot approve the permission prompt.
    second = await startDemoJira({ host: '127.0.0.2', extra: [serverInfo] });
    const before = await harness.context.newPage();
    await before.goto(`${second.origin}/jira/browse/PAY-1`);
    await before.waitForTimeout(1_000);
    expect(await before.locator('customer-benefit-panel').count()).toBe(0);
    await before.close();

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await options.locator('[data-testid="site-add-input"]').fill(`${second.origin}/jira/browse/PAY-1`);
    await options.locator('[data-testid="site-add-kind"]').selectOption('jira');
    await options.locator('[data-testid="site-add-submit"]').click();
    await options.locator('[data-testid="sites-section-notice"]').waitFor();
    expect(await options.locator('[data-testid="sites-section-notice"]').textContent()).toBe(`Added ${second.origin}/jira. Open a page there to see the extension.`);
    const row = options.locator('[data-testid="site-row"]');
    await expect.poll(() => row.locator('[data-testid="site-row-status"]').textContent()).toBe('Jira answered at this address.');
    await screenshot(options, 'options-sites');

    const page = await harness.context.newPage();
    await page.goto(`${second.origin}/jira/browse/PAY-1`);
    await page.locator(PANEL).waitFor();
    expect(await page.locator(PANEL).getAttribute('data-issue-key')).toBe('PAY-1');
    // The panel's stylesheet loads on the added origin too (web accessible there, see wxt.config.ts).
    const css = await page.evaluate(() => document.querySelector('customer-benefit-panel')?.shadowRoot?.querySelector('style')?.textContent?.length ?? 0);
    expect(css).toBeGreaterThan(1_000);
    await screenshot(page, 'panel-added-site');
    await page.close();
    await options.close();
  });
});
