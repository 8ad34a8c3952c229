import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJiraRestMock } from '../../demo/jira-rest-mock';
import { DEMO_ISSUES } from '../../demo/issues';
import { type Harness, launchHarness, PANEL, screenshot } from './harness';

// The REST text differs from the page text, so the test can tell which one the panel shows.
const cloudRest = createJiraRestMock({
  flavour: 'cloud',
  fixtures: false,
  issues: DEMO_ISSUES.map((issue) => ({ ...issue, summary: `${issue.summary} (REST)` })),
});

describe('the panel reads the issue through Jira’s REST API, from the Jira page itself', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness({ extra: [cloudRest] });
  });
  afterAll(async () => harness?.close());

  it('shows the REST text and says so, with the request made same-origin as Jira wants it', async () => {
    cloudRest.reset();
    const page = await harness.open('/browse/SHOP-2');
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="panel-source"]').getAttribute('data-source')).toBe('rest');
    expect(await page.locator('[data-testid="panel-summary"]').textContent()).toBe('Improve the checkout page (REST)');
    const request = cloudRest.requests.find((entry) => entry.path === '/rest/api/3/issue/SHOP-2');
    expect(request?.method).toBe('GET');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.cookie ?? '').toBe(''); // no cookie in the demo, but the request came from the page:
    expect(request?.headers.referer).toContain('/browse/SHOP-2');
    await page.close();
  });

  it('falls back to the page text and says why when Jira answers 401', async () => {
    cloudRest.reset();
    cloudRest.failNext({ type: 'status', status: 401 }, { times: 5 });
    const page = await harness.open('/browse/SHOP-3');
    await page.locator(PANEL).waitFor();
    const source = page.locator('[data-testid="panel-source"]');
    await expect.poll(() => source.getAttribute('data-source')).toBe('page');
    expect(await source.textContent()).toMatch(/logged out|log in/i);
    await expect.poll(() => page.locator('[data-testid="panel-summary"]').textContent()).toBe('Customers cannot pay with Apple Pay on iOS 18');
    await screenshot(page, 'panel-rest-fallback');
    await page.close();
  });

  it('falls back when Jira answers with an HTML page instead of JSON', async () => {
    cloudRest.reset();
    cloudRest.failNext({ type: 'html' }, { times: 5 });
    const page = await harness.open('/browse/SHOP-4');
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="panel-source"]').getAttribute('data-source')).toBe('page');
    expect(await page.locator('[data-testid="panel-summary"]').textContent()).toBe('Refactor the cart service');
    await page.close();
  });

  it('reads Data Center issues through /jira/rest/api/2', async () => {
    const page = await harness.open('/jira/browse/PAY-2');
    await page.locator(PANEL).waitFor();
    await expect.poll(() => page.locator('[data-testid="panel-source"]').getAttribute('data-source')).toBe('rest');
    await page.close();
  });
});
