/**
 * `npm start`: builds the extension with the demo origin, serves the demo Jira on 127.0.0.1 and opens
 * Chromium with the extension loaded on a demo issue.
 *   --headless             no window (machines without a display)
 *   --screenshot FILE      save a screenshot of the demo issue with its panel, then exit
 *   --port N               demo Jira port (default 8123, or a free one)
 *   --path /browse/SHOP-1  the demo page to open
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromiumWithExtension } from '../demo/chromium';
import { type DemoJira, startDemoJira } from '../demo/server';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string', default: '8123' },
    path: { type: 'string', default: '/browse/SHOP-1' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3-demo');

if (!values['skip-build']) {
  console.log('Building the extension (demo mode)…');
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'demo'], { cwd: root, stdio: 'inherit' });
}

const demo = await startDemoOnFreePort(Number(values.port));
console.log(`Demo Jira: ${demo.origin}/ (Cloud, board, backlog, Data Center and unknown layouts)`);

const headless = values.headless || !!values.screenshot || (!process.env.DISPLAY && process.platform === 'linux');
if (headless && !values.headless && !values.screenshot) console.log('No display found: running Chromium headless.');
const { context } = await launchChromiumWithExtension({
  extensionDir,
  profileDir: mkdtempSync(join(tmpdir(), 'cbc-start-')),
  headless,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demo.origin + values.path);
await page.locator('customer-benefit-panel [data-testid="benefit-panel"]').waitFor({ timeout: 15_000 });
console.log(`Chromium shows ${values.path} with the Customer benefit panel.`);

if (values.screenshot) {
  await page.screenshot({ path: resolve(values.screenshot) });
  console.log(`Screenshot saved to ${resolve(values.screenshot)}`);
  await context.close();
  await demo.close();
} else {
  console.log(headless ? 'Press Ctrl+C to stop the demo Jira.' : 'Close the browser window or press Ctrl+C to stop.');
  context.on('close', () => void demo.close().then(() => process.exit(0)));
}

async function startDemoOnFreePort(preferred: number): Promise<DemoJira> {
  try {
    return await startDemoJira({ port: preferred });
  } catch {
    return startDemoJira({ port: 0 }); // 8123 is taken: any free port
  }
}
