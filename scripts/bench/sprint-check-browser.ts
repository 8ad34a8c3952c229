import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumWithExtension } from '../../demo/chromium';
import { createJiraRestMock } from '../../demo/jira-rest-mock';
import { startDemoJira } from '../../demo/server';

declare const chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };

const BOARD = '/jira/software/c/projects/SHOP/boards/1';

/**
 * The sprint check as a user runs it: 1,000 issues in pages of 100 through the real extension, the
 * Jira tab relaying every request. Reports the total time and the Jira page's long tasks meanwhile.
 */
export async function benchSprintCheckInBrowser(extensionDir: string): Promise<Record<string, string | number>> {
  const mock = createJiraRestMock({ flavour: 'cloud', generate: 1000, fixtures: false });
  const benchOnly = (req: IncomingMessage, res: ServerResponse): boolean =>
    /BENCH/.test(decodeURIComponent(req.url ?? '')) ? mock(req, res) : false;
  const demo = await startDemoJira({ extra: [benchOnly] });
  const profile = mkdtempSync(join(tmpdir(), 'cbc-bench-'));
  const { context, extensionId } = await launchChromiumWithExtension({ extensionDir, profileDir: profile, headless: true });
  try {
    const board = await context.newPage();
    await board.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __tasks: number[] }).__tasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
    });
    await board.goto(demo.origin + BOARD);
    await board.locator('#jira-frontend').waitFor();
    await board.waitForTimeout(1000);
    await board.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks.length = 0)); // page load is not ours to count
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/review.html`);
    const tabs = await popup.evaluate(() => chrome.tabs.query({}));
    const tabId = tabs.find((tab) => tab.url?.endsWith(BOARD))!.id;
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const jql = popup.getByTestId('sprint-check-jql');
    await jql.waitFor();
    await jql.fill('project = BENCH ORDER BY key ASC');
    const started = performance.now();
    await popup.getByTestId('sprint-check-start').click();
    await popup.waitForFunction(
      () => /Done/.test(document.querySelector('[data-testid="sprint-check-progress-text"]')?.textContent ?? ''),
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    const total = performance.now() - started;
    const progress = await popup.getByTestId('sprint-check-progress-text').textContent();
    const tasks = await board.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
    return {
      'issues checked': progress ?? '',
      'total (budget 10,000 ms)': `${total.toFixed(0)} ms`,
      'Jira page: longest task (budget 50 ms)': `${Math.max(0, ...tasks).toFixed(0)} ms`,
      'Jira page: tasks over 50 ms': tasks.filter((duration) => duration > 50).length,
      'requests relayed by the page': mock.requests.length,
    };
  } finally {
    await context.close();
    await demo.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
