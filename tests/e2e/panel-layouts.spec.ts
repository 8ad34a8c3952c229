import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

describe('the panel appears beside the issue in each Jira layout', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness();
  });
  afterAll(async () => harness?.close());

  it('Cloud full page: top of the right-hand column', async () => {
    const page = await harness.open('/browse/SHOP-1');
    const panel = page.locator(PANEL);
    await panel.waitFor();
    expect(await panel.getAttribute('data-issue-key')).toBe('SHOP-1');
    const inRightColumn = await page.evaluate(() => {
      const host = document.querySelector('customer-benefit-panel');
      const column = document.querySelector('[data-testid="issue.views.issue-details.issue-layout.container-right"]');
      return host?.parentElement === column && column?.firstElementChild === host;
    });
    expect(inRightColumn).toBe(true);
    expect(await page.locator('[data-testid="panel-summary"]').textContent()).toBe('Save a card for one-step checkout');
    await screenshot(page, 'panel-cloud-full-page');
    await page.close();
  });

  it('Cloud board: inside the issue modal', async () => {
    const page = await harness.open('/jira/software/c/projects/SHOP/boards/1?selectedIssue=SHOP-3');
    await page.locator(PANEL).waitFor();
    const inModal = await page.evaluate(() =>
      !!document.querySelector('customer-benefit-panel')?.closest('[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]'),
    );
    expect(inModal).toBe(true);
    expect(await page.locator('[data-testid="panel-key"]').textContent()).toBe('SHOP-3');
    await screenshot(page, 'panel-board-modal');
    await page.close();
  });

  it('Cloud backlog: inside the side panel, after the header', async () => {
    const page = await harness.open('/jira/software/c/projects/SHOP/boards/1/backlog?selectedIssue=SHOP-4');
    await page.locator(PANEL).waitFor();
    const afterHeader = await page.evaluate(() => {
      const host = document.querySelector('customer-benefit-panel');
      return host?.previousElementSibling?.id === 'jira-issue-header' && !!host.closest('.side-panel');
    });
    expect(afterHeader).toBe(true);
    await screenshot(page, 'panel-backlog-side-panel');
    await page.close();
  });

  it('Data Center under /jira: top of #viewissuesidebar', async () => {
    const page = await harness.open('/jira/browse/PAY-1');
    await page.locator(PANEL).waitFor();
    const inSidebar = await page.evaluate(() => document.querySelector('#viewissuesidebar')?.firstElementChild?.tagName);
    expect(inSidebar).toBe('CUSTOMER-BENEFIT-PANEL');
    expect(await page.locator('[data-testid="panel-summary"]').textContent()).toBe('Require approval for refunds over 500 EUR');
    await screenshot(page, 'panel-data-center');
    await page.close();
  });

  it('unknown layout: a floating panel that says so and still works', async () => {
    const page = await harness.open('/browse/LAB-1');
    const notice = page.locator('[data-testid="panel-notice"]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toContain('not recognised');
    expect(await page.locator('customer-benefit-panel').getAttribute('data-floating')).toBe('');
    expect(await page.locator('[data-testid="panel-summary"]').textContent()).toBe('Try the panel on a layout it does not know');
    await page.locator('[data-testid="prompt-customer"]').fill('Lab testers');
    await page.locator('[data-testid="save-status"]').filter({ hasText: 'Saved' }).waitFor();
    await screenshot(page, 'panel-unknown-layout');
    await page.close();
  });
});
