import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ISSUES } from '../../demo/issues';
import { createJiraRestMock } from '../../demo/jira-rest-mock';
import { type DemoJira, startDemoJira } from '../../demo/server';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

const PROPERTY_PATH = '/rest/api/3/issue/SHOP-1/properties/customer-benefit-check';
const USERS: Record<string, { accountId: string; displayName: string }> = {
  ana: { accountId: 'acc-ana', displayName: 'Ana Kowalska' },
  ben: { accountId: 'acc-ben', displayName: 'Ben Nowak' },
};

/** One Jira for both profiles; each profile is "logged in" as its own user through a cookie. */
const mock = createJiraRestMock({ flavour: 'cloud', issues: DEMO_ISSUES, fixtures: false });
function whoAmI(req: IncomingMessage, res: ServerResponse): boolean {
  if (!req.url?.startsWith('/rest/api/3/myself')) return false;
  const user = /(?:^|; )user=(\w+)/.exec(req.headers.cookie ?? '')?.[1] ?? 'ana';
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(USERS[user] ?? USERS.ana));
  return true;
}

async function openIssue(harness: Harness): Promise<Page> {
  const page = await harness.open('/browse/SHOP-1');
  await page.locator(PANEL).waitFor();
  await page.getByTestId('sharing-toggle').waitFor();
  return page;
}

async function type(page: Page, prompt: string, text: string): Promise<void> {
  await page.getByTestId(`prompt-${prompt}`).fill(text);
  await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
}

const sharingStatus = (page: Page, text: string | RegExp) => page.getByTestId('sharing-status').filter({ hasText: text });
const valueOf = (page: Page, prompt: string) => (): Promise<string> => page.getByTestId(`prompt-${prompt}`).inputValue();
const sharedValue = (): Record<string, unknown> | undefined => mock.properties('SHOP-1')['customer-benefit-check'] as Record<string, unknown> | undefined;
const SLOW = { timeout: 15_000, interval: 200 };

/** Issue 6: two browser profiles share one answer through the Jira issue, and a refusal loses nothing. */
describe('team sharing through Jira between two browser profiles', () => {
  let demo: DemoJira;
  let ana: Harness;
  let ben: Harness;
  beforeAll(async () => {
    demo = await startDemoJira({ extra: [whoAmI, mock] });
    ana = await launchHarness({ demo });
    ben = await launchHarness({ demo });
    await ana.context.addCookies([{ name: 'user', value: 'ana', url: demo.origin }]);
    await ben.context.addCookies([{ name: 'user', value: 'ben', url: demo.origin }]);
  });
  afterAll(async () => {
    await ana?.close();
    await ben?.close();
    await demo?.close();
  });

  it('writes nothing to Jira while sharing is off', async () => {
    mock.reset();
    const page = await openIssue(ana);
    expect(await page.getByTestId('sharing-toggle').isChecked()).toBe(false);
    await type(page, 'customer', 'Returning shoppers on mobile');
    await page.waitForTimeout(2_500); // longer than the sharing pause
    expect(mock.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(sharedValue()).toBeUndefined();
    await page.close();
  });

  it('A shares, B reads it with "Shared by", B edits, A sees B’s newer words', async () => {
    mock.reset();
    const pageA = await openIssue(ana);
    await pageA.getByTestId('sharing-toggle').check();
    await type(pageA, 'benefit', 'They pay in one step instead of three');
    await sharingStatus(pageA, /^Shared by Ana Kowalska, /).waitFor();
    await expect.poll(() => sharedValue()?.benefit, SLOW).toBe('They pay in one step instead of three');

    // Switching on shared the customer already written; the edit after it was shared 2 s later.
    const puts = mock.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => (request.body as { benefit?: string }).benefit)).toEqual(['', 'They pay in one step instead of three']);
    const put = puts.at(-1)!;
    expect(put.path).toBe(PROPERTY_PATH);
    expect(put.headers).toMatchObject({ 'content-type': 'application/json', 'x-atlassian-token': 'no-check' });
    expect(put.body).toMatchObject({
      version: 1,
      customer: 'Returning shoppers on mobile',
      benefit: 'They pay in one step instead of three',
      sharedBy: USERS.ana,
    });

    const pageB = await openIssue(ben);
    expect(await valueOf(pageB, 'customer')()).toBe('');
    await pageB.getByTestId('sharing-toggle').check();
    await expect.poll(valueOf(pageB, 'benefit'), SLOW).toBe('They pay in one step instead of three');
    expect(await valueOf(pageB, 'customer')()).toBe('Returning shoppers on mobile');
    await sharingStatus(pageB, /^Shared by Ana Kowalska, \d{1,2} \w{3} \d\d:\d\d$/).waitFor();

    await type(pageB, 'benefit', 'They pay with a saved card in one tap');
    await sharingStatus(pageB, /^Shared by Ben Nowak, /).waitFor();
    await expect.poll(() => sharedValue()?.sharedBy, SLOW).toEqual(USERS.ben);

    await pageA.reload();
    await pageA.locator(PANEL).waitFor();
    await expect.poll(valueOf(pageA, 'benefit'), SLOW).toBe('They pay with a saved card in one tap');
    await sharingStatus(pageA, /^Shared by Ben Nowak, /).waitFor();
    await pageA.getByTestId('sharing-replaced').waitFor(); // A's own words stay one click away
    await pageA.getByTestId('sharing').scrollIntoViewIfNeeded();
    await screenshot(pageA, 'team-sharing');
    await pageB.close();
    await pageA.close();
  });

  it('label write-back adds customer-benefit-unclear when the team says unclear', async () => {
    const page = await openIssue(ana);
    await page.getByTestId('sharing-label').check();
    await page.getByTestId('verdict-unclear').check();
    await expect.poll(() => mock.issue('SHOP-1')?.labels, SLOW).toContain('customer-benefit-unclear');
    const edit = mock.requests.findLast((request) => request.method === 'PUT' && request.path === '/rest/api/3/issue/SHOP-1');
    expect(edit?.body).toEqual({ update: { labels: [{ add: 'customer-benefit-unclear' }] } });
    await page.getByTestId('verdict-clear').check();
    await expect.poll(() => mock.issue('SHOP-1')?.labels, SLOW).not.toContain('customer-benefit-unclear');
    await page.close();
  });

  it('a user who cannot edit the issue is told so, and the answer stays in the browser', async () => {
    mock.setCanEdit(false);
    try {
      const page = await openIssue(ana);
      await type(page, 'note', 'Ask the payments team about saved cards');
      const refusal = page.getByRole('alert').filter({ hasText: 'Not shared: you cannot edit this issue in Jira. Your answer is kept in your browser.' });
      await refusal.waitFor();
      await page.getByTestId('sharing').scrollIntoViewIfNeeded();
      await screenshot(page, 'team-sharing-refused');
      expect(sharedValue()?.note).toBe('');
      await page.reload();
      await page.locator(PANEL).waitFor();
      await expect.poll(valueOf(page, 'note'), SLOW).toBe('Ask the payments team about saved cards');
      await page.close();
    } finally {
      mock.setCanEdit(true);
    }
  });
});
