import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../demo/chromium';
import { type DemoJira, type RequestHandler, startDemoJira } from '../../demo/server';

/** The production code built with the demo origin in its manifest (`wxt build --mode demo`). */
export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3-demo');
export const SCREENSHOT_DIR = resolve(__dirname, '../../docs/screenshots');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  demo: DemoJira;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  extra?: RequestHandler[];
  locale?: string;
  /**
   * A demo Jira already running, for a second browser profile on the same origin (team sharing).
   * The harness then neither starts one (`extra` is ignored) nor closes it.
   */
  demo?: DemoJira;
}

/** Chromium with the built extension loaded and the demo Jira on a random loopback port. */
export async function launchHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build:demo" first`);
  }
  const demo = options.demo ?? (await startDemoJira({ extra: options.extra }));
  const profile = mkdtempSync(join(tmpdir(), 'cbc-e2e-'));
  const { context, extensionId } = await launchChromiumWithExtension({
    extensionDir: EXTENSION_DIR,
    profileDir: profile,
    headless: true,
    locale: options.locale,
  });
  return {
    context,
    extensionId,
    demo,
    async open(path) {
      const page = await context.newPage();
      await page.goto(demo.origin + path);
      return page;
    },
    async close() {
      await context.close();
      if (!options.demo) await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot for people to look at (docs/screenshots/NAME.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The panel's shadow host; Playwright's CSS locators pierce open shadow roots. */
export const PANEL = 'customer-benefit-panel [data-testid="benefit-panel"]';
