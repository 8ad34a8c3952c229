import { existsSync } from 'node:fs';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium; Playwright cannot download its own browser here, and branded Chrome no longer side-loads. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export interface LaunchOptions {
  extensionDir: string;
  profileDir: string;
  headless: boolean;
  locale?: string;
}

/** Chromium with one unpacked extension loaded, in a persistent profile (extensions need one). */
export async function launchChromiumWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      // The sandbox has no network: without these Chromium floods it with requests.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return { context, extensionId: worker.url().split('/')[2]! };
}
