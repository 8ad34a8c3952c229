import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

describe('the panel judges the ticket and helps the team write the benefit', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => harness?.close());

  it('finds the customer and benefit a story states, and fills the prompts in one click', async () => {
    const page = await harness.open('/browse/SHOP-1');
    await page.locator(PANEL).waitFor();
    const verdict = page.locator('[data-testid="analysis-verdict"]');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('clear');
    expect(await verdict.textContent()).toContain('Benefit looks clear');
    await page.locator('[data-testid="use-suggestion"]').click();
    expect(await page.locator('[data-testid="prompt-customer"]').inputValue()).toMatch(/returning shopper/i);
    expect(await page.locator('[data-testid="prompt-benefit"]').inputValue()).toMatch(/check out in one step/);
    await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    await screenshot(page, 'panel-cloud');
    await page.close();
  });

  it('flags a vague benefit, and the flags follow what the team types', async () => {
    const page = await harness.open('/browse/SHOP-2');
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="analysis-verdict"]').getAttribute('data-verdict')).toBe('unclear');
    expect(await page.locator('[data-testid^="flag-"]').count()).toBeGreaterThan(0);
    const flags = async (): Promise<string[]> =>
      page.locator('[data-testid^="flag-"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')!));
    expect(await flags()).toContain('flag-no-customer');
    await page.locator('[data-testid="prompt-customer"]').fill('Shoppers on small phones');
    await page.locator('[data-testid="prompt-benefit"]').fill('They can pay without zooming or scrolling sideways');
    await expect.poll(flags).not.toContain('flag-no-customer');
    await expect.poll(() => page.locator('[data-testid="analysis-verdict"]').getAttribute('data-verdict')).toBe('clear');
    await screenshot(page, 'panel-flags-follow-typing');
    await page.close();
  });

  it('shows flag messages in Polish for a Polish ticket when the interface is Polish', async () => {
    const polish = await launchHarness({ locale: 'pl' });
    try {
      const page = await polish.open('/jira/browse/PAY-3');
      await page.locator(PANEL).waitFor();
      await expect.poll(() => page.locator('[data-testid="analysis-verdict"]').textContent()).toContain('niejasną');
      expect(await page.locator('customer-benefit-panel h2').textContent()).toContain('Korzyść dla klienta');
      await screenshot(page, 'panel-polish');
      await page.close();
    } finally {
      await polish.close();
    }
  });
});
