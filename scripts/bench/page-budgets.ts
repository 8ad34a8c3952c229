import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../demo/chromium';
import { type DemoJira, startDemoJira } from '../../demo/server';

const PANEL = 'customer-benefit-panel [data-testid="benefit-panel"]';

async function withBrowser<T>(extensionDir: string, run: (context: BrowserContext, demo: DemoJira) => Promise<T>): Promise<T> {
  const demo = await startDemoJira();
  const profile = mkdtempSync(join(tmpdir(), 'cbc-bench-'));
  const { context } = await launchChromiumWithExtension({ extensionDir, profileDir: profile, headless: true });
  try {
    return await run(context, demo);
  } finally {
    await context.close();
    await demo.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** JS heap of the page's V8 isolate (page and content script share it) after a full garbage collection. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * 200 client-side navigations between issues: heap growth from the 10th to the 200th, and the number
 * of panels in the DOM at the end (must be exactly one).
 */
export async function benchNavigationMemory(extensionDir: string, withPanel = true): Promise<Record<string, string | number>> {
  return withBrowser(extensionDir, async (context, demo) => {
    const page = await context.newPage();
    await page.goto(`${demo.origin}/browse/SHOP-1`);
    if (withPanel) await page.locator(PANEL).waitFor();
    const keys = ['SHOP-2', 'SHOP-3', 'SHOP-4', 'SHOP-6', 'SHOP-1'];
    let heapAt10 = 0;
    for (let step = 1; step <= 200; step++) {
      const key = keys[step % keys.length]!;
      await page.click(`nav a[href="/browse/${key}"]`);
      await page.waitForFunction(
        ([expected, panel]) => {
          const host = document.querySelector('customer-benefit-panel');
          return (!panel || host?.shadowRoot?.querySelector(`[data-issue-key="${expected}"]`)) && document.title.includes(expected!);
        },
        [key, withPanel] as const,
      );
      if (step === 10) heapAt10 = await heapAfterGc(page);
    }
    await page.waitForTimeout(600); // let the demo's delayed re-render finish
    const heapAt200 = await heapAfterGc(page);
    const panels = await page.locator('customer-benefit-panel').count();
    return {
      'heap after 10 navigations': `${(heapAt10 / 1024 / 1024).toFixed(2)} MB`,
      'heap after 200 navigations': `${(heapAt200 / 1024 / 1024).toFixed(2)} MB`,
      'growth 10 → 200 (budget 1 MB)': `${((heapAt200 - heapAt10) / 1024).toFixed(0)} KB`,
      'panels in the DOM (must be 1)': panels,
    };
  });
}

/** Longest main-thread tasks while a 500-card board loads and re-renders all its cards 20 times. */
async function longTasksOnBigBoard(context: BrowserContext, demo: DemoJira): Promise<{ max: number; over50: number }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${demo.origin}/jira/software/c/projects/SHOP/boards/1?cards=500&selectedIssue=SHOP-1`);
  await page.waitForTimeout(1500);
  await page.evaluate(async () => {
    for (let round = 0; round < 20; round++) {
      for (const card of document.querySelectorAll('[data-testid="platform-board-kit.ui.card.card"]')) card.replaceWith(card.cloneNode(true));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  await page.close();
  return { max: Math.max(0, ...tasks), over50: tasks.filter((duration) => duration > 50).length };
}

/** The same big board with and without the extension, so the extension's share shows. */
export async function benchBigBoard(extensionDir: string, emptyExtensionDir: string): Promise<Record<string, string | number>> {
  const withExtension = await withBrowser(extensionDir, longTasksOnBigBoard);
  const without = await withBrowser(emptyExtensionDir, longTasksOnBigBoard);
  return {
    'longest task with the extension': `${withExtension.max.toFixed(0)} ms`,
    'tasks over 50 ms with the extension': withExtension.over50,
    'longest task without it': `${without.max.toFixed(0)} ms`,
    'tasks over 50 ms without it': without.over50,
  };
}
