import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL } from './harness';

async function typeAndWaitSaved(page: Page, prompt: string, text: string): Promise<void> {
  await page.locator(`[data-testid="prompt-${prompt}"]`).fill(text);
  await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
}

const valueOf = (page: Page, prompt: string) => (): Promise<string> => page.locator(`[data-testid="prompt-${prompt}"]`).inputValue();

/** Issue 4: two tabs on the same issue see each other's words live, and neither loses its own. */
describe('two tabs on the same issue', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => harness?.close());

  it('shows what is typed in one tab in the other, field by field', async () => {
    const tabA = await harness.open('/browse/SHOP-5');
    const tabB = await harness.open('/browse/SHOP-5');
    await tabA.locator(PANEL).waitFor();
    await tabB.locator(PANEL).waitFor();

    await typeAndWaitSaved(tabA, 'customer', 'Warehouse staff picking returns');
    await expect.poll(valueOf(tabB, 'customer')).toBe('Warehouse staff picking returns');

    await typeAndWaitSaved(tabB, 'benefit', 'They print return labels in one step');
    await expect.poll(valueOf(tabA, 'benefit')).toBe('They print return labels in one step');
    expect(await valueOf(tabA, 'customer')()).toBe('Warehouse staff picking returns');

    // Both tabs at once, different fields: both survive, in both tabs and after a reload.
    await Promise.all([typeAndWaitSaved(tabA, 'evidence', 'Label tickets halve'), typeAndWaitSaved(tabB, 'note', 'Ask the warehouse lead')]);
    await expect.poll(valueOf(tabA, 'note')).toBe('Ask the warehouse lead');
    await expect.poll(valueOf(tabB, 'evidence')).toBe('Label tickets halve');
    await tabA.reload();
    await tabA.locator(PANEL).waitFor();
    await expect.poll(valueOf(tabA, 'evidence')).toBe('Label tickets halve');
    expect(await valueOf(tabA, 'note')()).toBe('Ask the warehouse lead');
    expect(await valueOf(tabA, 'customer')()).toBe('Warehouse staff picking returns');
    await tabA.close();
    await tabB.close();
  });
});
