import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfluenceRestMock } from '../../demo/confluence-rest-mock';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
};

const SPRINT_REVIEW = '/wiki/spaces/SHOP/pages/123/Sprint+review';

/** One earlier retro and a Confluence site, so the review page has a session to publish. */
function seed(origin: string): Record<string, unknown> {
  return {
    retroSessions: {
      version: 1,
      sessions: [{ id: 'pl-1', date: '2025-02-07', teamName: 'Kasa', createdAt: 1, updatedAt: 1, healthCheck: [{ up: 4, down: 1, comment: 'Rozmawiamy co tydzień' }, { up: 3, down: 2, comment: '' }, { up: 1, down: 4, comment: '' }], openAnswers: ['Ankiety, wsparcie', '', '', ''], actionItems: [] }],
    },
    sites: [{ kind: 'confluence', origin, contextPath: '/wiki', base: `${origin}/wiki`, addedAt: 1 }],
  };
}

describe('the interface in Polish (browser language pl)', () => {
  let harness: Harness;
  const mock = createConfluenceRestMock();
  const extensionPage = (path: string): string => `chrome-extension://${harness.extensionId}/${path}`;

  beforeAll(async () => {
    harness = await launchHarness({ locale: 'pl', extra: [mock.handle] });
    const probe = await harness.context.newPage();
    await probe.goto(extensionPage('options.html'));
    await probe.evaluate((items) => chrome.storage.local.set(items), seed(harness.demo.origin));
    await probe.close();
  });
  afterAll(async () => harness?.close());

  it('the panel speaks Polish, the analyzer’s flags included', async () => {
    const jira = await harness.open('/browse/SHOP-2');
    await jira.locator(PANEL).waitFor();
    expect(await jira.locator(`${PANEL} h2, ${PANEL} [data-testid="panel-title"]`).first().textContent()).toContain('Korzyść dla klienta');
    await expect.poll(() => jira.getByTestId('analysis-verdict').textContent()).toContain('Korzyść wygląda na niejasną');
    expect(await jira.getByTestId('flag-vague-benefit').textContent()).toContain('Korzyść jest zbyt ogólna');
    expect(await jira.locator(PANEL).textContent()).toContain('Ocena zespołu');
    await jira.locator('[data-testid="verdict-unclear"]').check();
    await jira.locator('[data-testid="save-status"]').filter({ hasText: 'Zapisano' }).waitFor();
  });

  it('the popup and the review page speak Polish', async () => {
    const popup = await harness.context.newPage();
    await popup.goto(extensionPage('popup.html'));
    await popup.getByTestId('open-review').filter({ hasText: 'Otwórz stronę przeglądu' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('pl');
    await popup.close();

    const review = await harness.context.newPage();
    await review.goto(extensionPage('review.html'));
    await review.locator('table.tickets tbody tr').first().waitFor();
    expect(await review.locator('h1').textContent()).toBe('Przegląd korzyści dla klienta');
    expect(await review.getByTestId('tab-retro').textContent()).toBe('Retrospektywa');
    expect(await review.locator('table.tickets').textContent()).toContain('Niejasna');
    await screenshot(review, 'review-polish');
    await review.close();
  });

  it('creates the retro page in Confluence through the open Confluence tab, and says why it could not', async () => {
    const confluence = await harness.open(SPRINT_REVIEW); // the Confluence tab the request runs in
    const review = await harness.context.newPage();
    await review.goto(extensionPage('review.html#retro'));
    await review.getByTestId('session-item').locator('.link-button').first().click();
    await review.getByTestId('confluence-publish-open').filter({ hasText: 'Utwórz stronę retro w Confluence' }).click();
    expect(await review.getByTestId('confluence-publish-title').inputValue()).toBe('Retro — Kasa — 2025-02-07');

    await review.getByTestId('confluence-publish-space').fill('NOPE');
    await review.getByTestId('confluence-publish-create').click();
    await review.getByTestId('confluence-publish-status').filter({ hasText: 'Nie znaleziono przestrzeni NOPE' }).waitFor();

    await review.getByTestId('confluence-publish-space').fill('SHOP');
    await review.getByTestId('confluence-publish-create').click();
    await review.getByTestId('confluence-publish-status').filter({ hasText: 'Utworzono stronę „Retro — Kasa — 2025-02-07”' }).waitFor();
    expect(mock.pages).toHaveLength(1);
    const [page] = mock.pages;
    expect(page!.headers).toEqual({ 'content-type': 'application/json', 'x-atlassian-token': 'no-check' });
    expect(page!.spaceKey).toBe('SHOP');
    expect(page!.storage).toMatch(/^<h3>.*<table><tbody>/s); // storage format, the page title not repeated
    expect(page!.storage).toContain('Rozmawiamy co tydzień');
    expect(await review.getByTestId('confluence-publish-status-link').getAttribute('href')).toMatch(new RegExp(`^${harness.demo.origin}/wiki/spaces/SHOP/pages/${page!.id}/Retro`));

    await review.getByTestId('confluence-publish').scrollIntoViewIfNeeded();
    await screenshot(review, 'retro-confluence');

    // The same title again: Confluence refuses, and the page says what to do.
    await review.getByTestId('confluence-publish-create').click();
    await review.getByTestId('confluence-publish-status').filter({ hasText: 'Wybierz inny tytuł' }).waitFor();

    // No tab of that site open (a Jira tab of the same origin would do, as it shares the session): the page says to open one.
    await confluence.close();
    for (const other of harness.context.pages()) if (other !== review && other.url().startsWith(harness.demo.origin)) await other.close();
    await review.getByTestId('confluence-publish-title').fill('Retro — Kasa — druga');
    await review.getByTestId('confluence-publish-create').click();
    await review.getByTestId('confluence-publish-status').filter({ hasText: 'Najpierw otwórz w karcie' }).waitFor();
    expect(mock.pages).toHaveLength(1);
    await review.close();
  });
});

describe('the options page’s language over an English browser', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness({ locale: 'en-US' });
  });
  afterAll(async () => harness?.close());

  async function panelTitle(page: Page): Promise<string | null> {
    return page.locator(PANEL).textContent();
  }

  it('switches the options page, an open panel and a reloaded one to Polish', async () => {
    const jira = await harness.open('/browse/SHOP-1');
    await jira.locator(PANEL).waitFor();
    expect(await panelTitle(jira)).toContain('Customer benefit');

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const select = options.getByTestId('language-select');
    await expect.poll(() => select.isEnabled()).toBe(true);
    expect(await select.inputValue()).toBe('auto');
    await select.selectOption('pl');
    // The options page reloads itself in the chosen language.
    await options.locator('h2', { hasText: 'Język' }).waitFor();
    expect(await options.getByTestId('language-select').inputValue()).toBe('pl');
    expect(await options.locator('html').getAttribute('lang')).toBe('pl');
    expect(await options.title()).toBe('Customer Benefit Check: ustawienia');
    await screenshot(options, 'options-language');

    // The open panel follows without a reload…
    await expect.poll(() => panelTitle(jira)).toContain('Korzyść dla klienta');
    // …and after one.
    await jira.reload();
    await jira.locator(PANEL).waitFor();
    await expect.poll(() => panelTitle(jira)).toContain('Korzyść dla klienta');
    expect(await panelTitle(jira)).toContain('Ocena zespołu');

    // Back to the browser's language.
    await options.getByTestId('language-select').selectOption('auto');
    await options.locator('h2', { hasText: 'Language' }).waitFor();
    await expect.poll(() => panelTitle(jira)).toContain('Customer benefit');
  });
});
