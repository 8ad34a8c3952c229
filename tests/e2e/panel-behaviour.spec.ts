import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

async function typeAndWaitSaved(page: Page, prompt: string, text: string): Promise<void> {
  await page.locator(`[data-testid="prompt-${prompt}"]`).fill(text);
  try {
    await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
  } catch (error) {
    // Say what the panel showed instead, so a failure here can be understood from the log alone.
    const state = await page.evaluate(() => {
      const host = document.querySelector('customer-benefit-panel');
      const status = host?.shadowRoot?.querySelector('[data-testid="save-status"]')?.textContent;
      return { hosts: document.querySelectorAll('customer-benefit-panel').length, connected: host?.isConnected, parent: host?.parentElement?.getAttribute('data-testid') ?? host?.parentElement?.tagName, status };
    });
    throw new Error(`No "Saved" after typing in ${prompt}: ${JSON.stringify(state)}`, { cause: error });
  }
}

async function panelKey(page: Page): Promise<string | null> {
  return page.locator('[data-testid="panel-key"]').textContent();
}

describe('the panel as a user works with it', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => harness?.close());

  it('saves as the user types and shows the answer again after a reload', async () => {
    const page = await harness.open('/browse/SHOP-2');
    await page.locator(PANEL).waitFor();
    await typeAndWaitSaved(page, 'customer', 'Shoppers paying on mobile');
    await typeAndWaitSaved(page, 'benefit', 'They finish checkout without zooming');
    await page.locator('[data-testid="verdict-unclear"]').check();
    await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="prompt-customer"]').inputValue()).toBe('Shoppers paying on mobile');
    expect(await page.locator('[data-testid="prompt-benefit"]').inputValue()).toBe('They finish checkout without zooming');
    expect(await page.locator('[data-testid="verdict-unclear"]').isChecked()).toBe(true);
    await page.close();
  });

  it('keeps words typed just before a reload or a full-page navigation (Data Center)', async () => {
    const page = await harness.open('/jira/browse/PAY-2');
    await page.locator(PANEL).waitFor();
    await page.locator('[data-testid="prompt-customer"]').fill('Typed a moment before reloading');
    await page.reload(); // well within the 400 ms pause before a save
    await expect.poll(() => page.locator('[data-testid="prompt-customer"]').inputValue()).toBe('Typed a moment before reloading');
    await page.locator('[data-testid="prompt-benefit"]').fill('Typed a moment before leaving');
    await page.click('#other-issues a[href="/jira/browse/PAY-1"]');
    await page.locator('[data-testid="panel-key"]').filter({ hasText: 'PAY-1' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid="prompt-benefit"]').inputValue()).toBe('Typed a moment before leaving');
    await page.close();
  });

  it('follows client-side navigation KEY-1 → KEY-2 → back with each issue’s own answers', async () => {
    const page = await harness.open('/browse/SHOP-1');
    await page.locator(PANEL).waitFor();
    await typeAndWaitSaved(page, 'customer', 'Returning shoppers');

    await page.click('a[href="/browse/SHOP-3"]');
    await expect.poll(() => panelKey(page)).toBe('SHOP-3');
    // At once, before Jira has rendered the new issue: no text from SHOP-1 may remain.
    expect(await page.locator('[data-testid="prompt-customer"]').inputValue()).toBe('');
    await expect.poll(() => page.locator('[data-testid="panel-summary"]').textContent()).toBe(
      'Customers cannot pay with Apple Pay on iOS 18',
    );
    await typeAndWaitSaved(page, 'customer', 'iPhone customers');

    await page.goBack();
    await expect.poll(() => panelKey(page)).toBe('SHOP-1');
    await expect.poll(() => page.locator('[data-testid="prompt-customer"]').inputValue()).toBe('Returning shoppers');
    await expect.poll(() => page.locator('[data-testid="panel-summary"]').textContent()).toBe('Save a card for one-step checkout');
    await page.goForward();
    await expect.poll(() => page.locator('[data-testid="prompt-customer"]').inputValue()).toBe('iPhone customers');
    expect(await page.locator('customer-benefit-panel').count()).toBe(1);
    await page.close();
  });

  it('opening and closing the board modal adds and removes the panel', async () => {
    const page = await harness.open('/jira/software/c/projects/SHOP/boards/1');
    await page.click('#card-SHOP-2 a');
    await page.locator(PANEL).waitFor();
    expect(await panelKey(page)).toBe('SHOP-2');
    await page.click('[data-close-modal]');
    await expect.poll(() => page.locator('customer-benefit-panel').count()).toBe(0);
    await page.close();
  });

  it('keeps exactly one panel, with typed text, when Jira re-renders the right-hand column', async () => {
    const page = await harness.open('/browse/SHOP-4');
    await page.locator(PANEL).waitFor();
    await page.locator('[data-testid="prompt-note"]').fill('typed before the re-render');
    await page.waitForFunction(() => Number(document.body.dataset.rerendered ?? 0) >= 1);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.locator('customer-benefit-panel').count()).toBe(1);
    const inNewColumn = await page.evaluate(
      () => document.querySelector('customer-benefit-panel')?.parentElement?.matches('[data-testid$="container-right"]') ?? false,
    );
    expect(inNewColumn).toBe(true);
    expect(await page.locator('[data-testid="prompt-note"]').inputValue()).toBe('typed before the re-render');
    await page.close();
  });

  it('does not fire Jira’s hotkeys while the user types in the panel', async () => {
    const page = await harness.open('/browse/SHOP-1');
    await page.locator(PANEL).waitFor();
    await page.locator('[data-testid="prompt-evidence"]').click();
    await page.keyboard.type('cjk. gg');
    expect(await page.locator('[data-testid="hotkey-log"]').textContent()).toBe('');
    await page.locator('h1').click();
    await page.keyboard.type('c');
    expect(await page.locator('[data-testid="hotkey-log"]').textContent()).toBe('c'); // the demo's hotkeys do work
    await page.close();
  });

  it('keeps focus and caret in the panel when Jira re-renders the column mid-typing', async () => {
    const page = await harness.open('/browse/SHOP-2');
    await page.locator(PANEL).waitFor();
    await page.waitForFunction(() => Number(document.body.dataset.rerendered ?? 0) >= 1); // the demo's own re-render is over
    const note = page.locator('[data-testid="prompt-note"]');
    await note.click();
    await page.keyboard.type('abc');
    await page.evaluate(() => {
      // What React does: a new column built from state, without our element in it.
      const column = document.querySelector('[data-testid="issue.views.issue-details.issue-layout.container-right"]')!;
      const fresh = column.cloneNode(true) as Element;
      fresh.querySelector('customer-benefit-panel')?.remove();
      column.replaceWith(fresh);
    });
    await page.keyboard.type('def');
    expect(await note.inputValue()).toBe('abcdef');
    expect(await page.locator('[data-testid="hotkey-log"]').textContent()).toBe('');
    await page.close();
  });

  it('renders a hostile summary as text', async () => {
    const page = await harness.open('/browse/SHOP-5');
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="panel-summary"]').textContent()).toBe(
      'Export orders <img src=x onerror="window.__cbcXss=1"> as CSV',
    );
    expect(await page.locator(`${PANEL} img`).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __cbcXss?: number }).__cbcXss)).toBeUndefined();
    await screenshot(page, 'panel-hostile-summary');
    await page.close();
  });

  it('collapses, and stays collapsed on the next issue', async () => {
    const page = await harness.open('/browse/SHOP-6');
    await page.locator(PANEL).waitFor();
    await page.locator('[data-testid="panel-toggle"]').click();
    await expect.poll(() => page.locator('[data-testid="prompt-customer"]').count()).toBe(0);
    expect(await page.locator('[data-testid="panel-toggle"]').getAttribute('aria-expanded')).toBe('false');
    await page.click('a[href="/browse/SHOP-1"]');
    await expect.poll(() => panelKey(page)).toBe('SHOP-1');
    expect(await page.locator('[data-testid="prompt-customer"]').count()).toBe(0);
    await page.locator('[data-testid="panel-toggle"]').press('Enter');
    await page.locator('[data-testid="prompt-customer"]').waitFor();
    await page.close();
  });
});
