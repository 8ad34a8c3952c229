import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundle, overBudget, SIZE_BUDGETS } from '../../scripts/bench/sizes';

// Checks of the production builds (`npm run build`, `npm run build:firefox`); sizes are deterministic,
// so budgets are asserted here, while timings are only reported by `npm run bench`.
const root = resolve(__dirname, '../..');
const chrome = join(root, '.output/chrome-mv3');
const firefox = join(root, '.output/firefox-mv2');

function manifest(dir: string): Record<string, unknown> & { content_scripts?: { matches: string[] }[] } {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

describe('store-ready builds', () => {
  it('keep every size budget', () => {
    const sizes = measureBundle(chrome);
    expect(sizes.map((size) => size.file)).toEqual(expect.arrayContaining(Object.keys(SIZE_BUDGETS)));
    expect(overBudget(sizes)).toEqual([]);
  });

  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: ask for the minimum: no <all_urls>, content scripts on atlassian.net only, no demo origins', (_browser, dir) => {
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('localhost');
    const content = manifest(dir).content_scripts ?? [];
    for (const script of content) for (const match of script.matches) expect(match).toMatch(/^https:\/\/\*\.atlassian\.net\//);
    const granted = [...((manifest(dir).permissions as string[]) ?? []), ...((manifest(dir).host_permissions as string[]) ?? [])];
    expect(granted.sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('Firefox: declares its id and that it collects no data', () => {
    const gecko = (manifest(firefox).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('Firefox: passes addons-linter (web-ext lint) with no errors', () => {
    const linter = join(root, 'node_modules/addons-linter/bin/addons-linter');
    expect(existsSync(linter)).toBe(true);
    let output: string;
    try {
      output = execFileSync(process.execPath, [linter, '--output', 'json', firefox], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // exits non-zero when it finds errors
    }
    const report = JSON.parse(output) as { errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
  }, 120_000);

  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: a content security policy that allows only the extension’s own scripts', (_browser, dir) => {
    const csp = manifest(dir).content_security_policy as string | { extension_pages: string };
    const policy = typeof csp === 'string' ? csp : csp.extension_pages;
    expect(policy).toBe("script-src 'self'; object-src 'self'");
  });

  it('ships no remote code: no http(s) script sources in the extension pages', () => {
    for (const page of ['popup.html', 'options.html', 'review.html']) {
      const html = readFileSync(join(chrome, page), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src="https?:/);
    }
  });
});
