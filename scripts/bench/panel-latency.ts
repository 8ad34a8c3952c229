import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumWithExtension } from '../../demo/chromium';
import { startDemoJira } from '../../demo/server';

const RIGHT_COLUMN = '[data-testid="issue.views.issue-details.issue-layout.container-right"]';

/**
 * Time from Jira inserting the panel's anchor (the right-hand column) to the panel standing in it,
 * rendered, measured in the page: remove the column, wait, insert a new one, watch for the panel.
 */
export async function benchPanelLatency(extensionDir: string, runs = 20): Promise<number[]> {
  const demo = await startDemoJira();
  const profile = mkdtempSync(join(tmpdir(), 'cbc-bench-'));
  const { context } = await launchChromiumWithExtension({ extensionDir, profileDir: profile, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`${demo.origin}/browse/SHOP-1`);
    await page.locator('customer-benefit-panel [data-testid="benefit-panel"]').waitFor();
    await page.waitForFunction(() => Number(document.body.dataset.rerendered ?? 0) >= 1); // the demo's own re-render is done
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(
        await page.evaluate(async (selector) => {
          const column = document.querySelector(selector)!;
          const parent = column.parentElement!;
          const fresh = column.cloneNode(false) as Element; // a new, empty column, as React would build it
          column.remove();
          await new Promise((resolve) => setTimeout(resolve, 50));
          return new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              const host = fresh.querySelector('customer-benefit-panel');
              if (host?.shadowRoot?.querySelector('[data-testid="benefit-panel"]')) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(fresh, { childList: true });
            const start = performance.now();
            parent.append(fresh);
          });
        }, RIGHT_COLUMN),
      );
    }
    return times;
  } finally {
    await context.close();
    await demo.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
