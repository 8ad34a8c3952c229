import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

interface HostileWindow {
  __cbcXss?: number;
}

/** The extension page's `chrome` global, as far as these tests use it. */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

describe('hostile input: the page stays responsive, nothing executes, nothing is lost, every failure says so', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => harness?.close());

  it('a 1 MB description with markup, scripts, right-to-left and zero-width characters', async () => {
    const page = await harness.open('/browse/SHOP-7');
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="analysis-verdict"]').count(), { timeout: 20_000 }).toBe(1);
    const summary = await page.locator('[data-testid="panel-summary"]').textContent();
    expect(summary).toContain('<script>window.__cbcXss=4</script>');
    expect(summary).toContain('\u202e');
    expect(await page.locator(`${PANEL} script, ${PANEL} b, ${PANEL} img`).count()).toBe(0);
    // Jira's own keyboard handling still answers at once.
    await page.locator('h1').click();
    await page.keyboard.type('j');
    expect(await page.locator('[data-testid="hotkey-log"]').textContent()).toBe('j');
    await page.locator('[data-testid="prompt-customer"]').fill('Testers of huge tickets');
    await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    expect(await page.evaluate(() => (window as HostileWindow).__cbcXss)).toBeUndefined();
    await screenshot(page, 'panel-hostile-ticket');
    await page.close();
  });

  it('storage filled with garbage: the panel still works and the options page counts what was set aside', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await options.evaluate(async (origin) => {
      await chrome.storage.local.set({
        [`answer:${origin}|SHOP-6`]: { version: 1, customer: 42, benefit: null },
        [`answer:${origin}|SHOP-9`]: '<script>alert(1)</script>',
        'answer:garbage': [1, 2, 3],
        settings: 'not settings',
      });
    }, harness.demo.origin);
    const page = await harness.open('/browse/SHOP-6');
    await page.locator(PANEL).waitFor();
    await page.locator('[data-testid="prompt-benefit"]').fill('Month-end closes a day sooner');
    await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    await options.reload();
    await expect.poll(() => options.locator('[data-testid="quarantine-count"]').textContent()).toMatch(/[1-9]/);
    await page.close();
    await options.close();
  });

  it('a hostile import file is rejected with a clear message and changes nothing', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    // Everything but the background's own sync bookkeeping, which ticks on by itself.
    const snapshot = (): Promise<string> =>
      options.evaluate(async () => {
        const { syncStatus: _ticking, ...rest } = await chrome.storage.local.get(null);
        return JSON.stringify(rest);
      });
    const before = await snapshot();
    const files = [
      { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('<html><script>alert(1)</script></html>') },
      { name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ __proto__: { polluted: true }, answers: 'x' })) },
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'x', blob: 'a'.repeat(3_000_000) })) },
    ];
    for (const file of files) {
      await options.locator('[data-testid="import-file"]').setInputFiles(file);
      await options.locator('[data-testid="import-error"]').waitFor();
      expect((await options.locator('[data-testid="import-error"]').textContent())!.length).toBeGreaterThan(10);
    }
    expect(await snapshot()).toBe(before);
    expect(await options.evaluate(() => ({} as { polluted?: boolean }).polluted)).toBeUndefined();
    await options.close();
  });
});
